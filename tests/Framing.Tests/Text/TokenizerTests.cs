using Framing.Text;
using static Framing.Tests.Text.TokenizerTestSupport;

namespace Framing.Tests.Text;

public sealed class TokenizerTests
{
    [Fact]
    public void EnglishWordsAreTokensWithOriginalOffsets()
    {
        const string text = "The rebels attacked the town.";
        var tokenized = Tokenize(text);

        Assert.Equal(["The", "rebels", "attacked", "the", "town"], Surfaces(text, tokenized));
        Assert.Equal(new Token(4, 6, 0, 0), tokenized.Tokens[1]);
        Assert.Equal(new Token(24, 4, 0, 0), tokenized.Tokens[4]);
        Assert.Equal(28, tokenized.Tokens[4].End);
    }

    [Fact]
    public void ArabicWordsAreTokens()
    {
        const string text = "قال المتحدث إن القوات تقدمت.";
        var tokenized = Tokenize(text);

        Assert.Equal(["قال", "المتحدث", "إن", "القوات", "تقدمت"], Surfaces(text, tokenized));
        Assert.Equal(new Token(4, 7, 0, 0), tokenized.Tokens[1]);
    }

    [Fact]
    public void MixedArabicAndEnglishText()
    {
        const string text = "قالت Reuters إن ٣ جنود قتلوا (AFP).";
        Assert.Equal(["قالت", "Reuters", "إن", "٣", "جنود", "قتلوا", "AFP"], Surfaces(text));
    }

    [Fact]
    public void LettersOfDifferentScriptsWithoutSeparatorFormOneToken()
    {
        const string text = "ABCابج x";
        Assert.Equal(["ABCابج", "x"], Surfaces(text));
    }

    [Theory]
    [InlineData("قال الإرهابيّون: لا", "الإرهابيّون")] // shadda
    [InlineData("مُحَمَّدٌ رَسُولُ", "مُحَمَّدٌ")] // full vocalization
    [InlineData("قالت وكالةُ الأنباء", "وكالةُ")]
    [InlineData("الجيـــش السوري", "الجيـــش")] // tatweel
    [InlineData("قال لل\u200Cارهابيين", "لل\u200Cارهابيين")] // ZWNJ inside a word
    [InlineData("او می\u200Cخواهد", "می\u200Cخواهد")] // Persian ZWNJ
    [InlineData("x ab\u200Dcd y", "ab\u200Dcd")] // ZWJ
    [InlineData("the Ira\u00ADnian side", "Ira\u00ADnian")] // soft hyphen
    [InlineData("a wo\u2060rd", "wo\u2060rd")] // word joiner
    [InlineData("قال ال\u200Fجيش", "ال\u200Fجيش")] // RLM inside a word
    [InlineData("قال ال\u061Cجيش", "ال\u061Cجيش")] // Arabic letter mark inside a word
    [InlineData("un cafe\u0301 noir", "cafe\u0301")] // decomposed acute accent
    [InlineData("\u05D3\u05D5\u05D1\u05E8 \u05E6\u05D4\u05F4\u05DC \u05D0\u05DE\u05E8", "\u05E6\u05D4\u05F4\u05DC")] // Hebrew gershayim in an acronym (before: two tokens)
    [InlineData("\u05E9\u05DC \u05D2\u05F3\u05D5\u05E8\u05D2 \u05D4\u05D5\u05D0", "\u05D2\u05F3\u05D5\u05E8\u05D2")] // geresh
    [InlineData("ring a\u20DD here", "a\u20DD")] // enclosing mark
    [InlineData("Ω ²³ ½", "²³")] // other numbers
    public void TokenOffsetsMapBackToTheOriginalText(string text, string expected)
    {
        var tokenized = Tokenize(text);
        var surfaces = Surfaces(text, tokenized);
        var index = Array.IndexOf(surfaces, expected);

        Assert.True(index >= 0, $"'{expected}' not among [{string.Join(" | ", surfaces)}]");
        var token = tokenized.Tokens[index];
        Assert.Equal(text.IndexOf(expected, StringComparison.Ordinal), token.Start);
        Assert.Equal(expected.Length, token.Length);
    }

    [Theory]
    [InlineData("دمشق ـ سانا", "دمشق|سانا")]                  // a tatweel written as a dash
    [InlineData("الجيش ـــــ بدعم", "الجيش|بدعم")]
    [InlineData("حرر \u064E\u0651 البلدة", "حرر|البلدة")]      // stray diacritics
    [InlineData("cafe \u0301 bar", "cafe|bar")]               // a stray combining accent
    [InlineData("cafe \u0300 bar", "cafe|bar")]               // U+0300, the first combining mark, is checked too
    [InlineData("\uFE70\u0640", "")]                           // an isolated fathatan form and a tatweel
    [InlineData("دمشق \uFE7F سانا", "دمشق|سانا")]             // U+FE7F, the last of the isolated harakat forms
    [InlineData("لـ الجيش ـ٣", "لـ|الجيش|ـ٣")]                  // a letter or a digit makes a word
    public void RunsOfOnlyTatweelAndMarksAreNotTokens(string text, string expected)
    {
        Assert.Equal(expected.Split('|', StringSplitOptions.RemoveEmptyEntries), Surfaces(text));
    }

    [Fact]
    public void JoinersAtTheEdgesOfAWordAreNotPartOfIt()
    {
        Assert.Equal(["word", "next"], Surfaces("word\u200C next"));
        Assert.Equal(["abc"], Surfaces("\u00ADabc\u00AD"));
        Assert.Equal(["a"], Surfaces("a\u200D😀"));
        Assert.Equal(["a"], Surfaces("a\u200C\u200C"));
        Assert.Equal(["a", "b"], Surfaces("a''b")); // two apostrophes in a row are a quotation mark
        Assert.Equal(["a", "b"], Surfaces("a\u200C''b"));
    }

    [Theory]
    [InlineData("ter\u200E\u200Frorists")]          // an RLM and an LRM
    [InlineData("ter\u200C\u200Drorists")]          // a ZWNJ and a ZWJ
    [InlineData("ter\u202Arorists")]                // a bidi embedding (LRE, the first of its range) …
    [InlineData("ter\u202Brorists")]                // … another (RLE) …
    [InlineData("ter\u202E\u202Crorists")]          // … an override and its end
    [InlineData("ter\u2067ror\u2069ists")]           // bidi isolates
    [InlineData("ter\u2066rorists")]                // the first of them (LRI)
    [InlineData("ter\uFEFFrorists")]                // a zero-width no-break space (the old word joiner)
    [InlineData("ter\u200F'rorists")]               // invisible characters and one apostrophe
    public void InvisibleCharactersInsideAWordKeepItOneToken(string text)
    {
        // Before: one joiner at most, and no embedding, isolate or U+FEFF, so these split the word ("ter", "rorists")
        // although the normalizers remove them, and the word never matched.
        Assert.Equal([text], Surfaces(text));
    }

    [Fact]
    public void EmojiSeparateTokensAndOffsetsCountBothSurrogates()
    {
        const string text = "😀rebels😀 attack";
        var tokenized = Tokenize(text);

        Assert.Equal(["rebels", "attack"], Surfaces(text, tokenized));
        Assert.Equal(2, tokenized.Tokens[0].Start);
        Assert.Equal(11, tokenized.Tokens[1].Start);
    }

    [Fact]
    public void EmojiBetweenLettersSplitsTheWord()
    {
        const string text = "a😀b";
        var tokenized = Tokenize(text);

        Assert.Equal(["a", "b"], Surfaces(text, tokenized));
        Assert.Equal(new Token(3, 1, 0, 0), tokenized.Tokens[1]);
    }

    [Fact]
    public void EmojiZwjSequencesProduceNoTokens()
    {
        Assert.Empty(Surfaces("👨\u200D👩\u200D👧 🇸🇾"));
    }

    [Fact]
    public void SupplementaryPlaneLettersAreWordCharactersOfTwoCodeUnits()
    {
        const string text = "𝐀𝐁𝐂 said x𝐀y 𠀀";
        var tokenized = Tokenize(text);

        Assert.Equal(["𝐀𝐁𝐂", "said", "x𝐀y", "𠀀"], Surfaces(text, tokenized));
        Assert.Equal(new Token(0, 6, 0, 0), tokenized.Tokens[0]);
        Assert.Equal(7, tokenized.Tokens[1].Start);
        Assert.Equal(4, tokenized.Tokens[2].Length);
        Assert.Equal(2, tokenized.Tokens[3].Length);
    }

    [Fact]
    public void ACombiningMarkAfterASpaceStartsAToken()
    {
        const string text = "x \u0301y";
        Assert.Equal(["x", "\u0301y"], Surfaces(text));
    }

    [Fact]
    public void LoneSurrogatesAreSeparators()
    {
        Assert.Equal(["ab", "cd"], Surfaces("ab\uD800cd"));
        Assert.Equal(["ab", "cd"], Surfaces("ab\uDC00cd"));
        Assert.Equal(["ab"], Surfaces("ab\uD800"));
        Assert.Equal(["a"], Surfaces("\uD800a"));
        Assert.Empty(Surfaces("\uDC00\uD800"));

        var tokenized = Tokenize("\uD800a");
        Assert.Equal(new Token(1, 1, 0, 0), tokenized.Tokens[0]);
    }

    [Theory]
    [InlineData("Assad's forces", "Assad's|forces")]
    [InlineData("they don't know", "they|don't|know")]
    [InlineData("Assad’s forces", "Assad’s|forces")]
    [InlineData("the Qurʼan says", "the|Qurʼan|says")]
    [InlineData("the 90's", "the|90's")]
    [InlineData("rebels' positions", "rebels|positions")]
    [InlineData("rebels’ positions", "rebels|positions")]
    [InlineData("rebels' ", "rebels")]
    [InlineData("'tis so", "tis|so")]
    [InlineData("’tis so", "tis|so")]
    [InlineData("a''b", "a|b")]
    [InlineData("a' b", "a|b")]
    [InlineData("Assad‘s forces", "Assad‘s|forces")] // the characters typed for an apostrophe join a word as it does
    [InlineData("they don´t know", "they|don´t|know")]
    [InlineData("they don`t know", "they|don`t|know")]
    [InlineData("Assad′s forces", "Assad′s|forces")]
    [InlineData("Assad＇s forces", "Assad＇s|forces")]
    [InlineData("al-Qaʿida and ʿAli", "al|Qaʿida|and|Ali")]
    [InlineData("Hawaiʻi", "Hawaiʻi")]
    [InlineData("the ‘rebels’ said", "the|rebels|said")]
    [InlineData("the `rebels` said", "the|rebels|said")]
    [InlineData("a‘’b", "a|b")]
    public void ApostrophesStayInsideWordsOnly(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Surfaces(text));
    }

    [Fact]
    public void ModifierLetterApostropheIsNotAWordCharacterOnItsOwn()
    {
        // U+02BC is listed with ' and ’ as an apostrophe that joins two word characters; like them it must not be
        // kept at the end or the start of a token.
        Assert.Equal(["rebels", "positions"], Surfaces("rebelsʼ positions"));
        Assert.Equal(["tis"], Surfaces("ʼtis"));
        Assert.Empty(Surfaces("ʼ"));
    }

    [Theory]
    [InlineData("Iranian-backed militias", "Iranian|backed|militias")]
    [InlineData("pro\u2011government", "pro|government")] // non-breaking hyphen
    [InlineData("2010–2012", "2010|2012")] // en dash
    [InlineData("war—again", "war|again")] // em dash
    [InlineData("موالية-لإيران", "موالية|لإيران")]
    [InlineData("-5 degrees", "5|degrees")]
    public void HyphensAndDashesSeparateTokens(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Surfaces(text));
    }

    [Theory]
    [InlineData("3.5 percent", "3.5|percent")]
    [InlineData("1,000 people", "1,000|people")]
    [InlineData("٣٫٥ بالمئة", "٣٫٥|بالمئة")]
    [InlineData("١٬٠٠٠ شخص", "١٬٠٠٠|شخص")]
    [InlineData("1,000,000.25 dollars", "1,000,000.25|dollars")]
    [InlineData("12.5%", "12.5")]
    [InlineData("v2.0 released", "v2.0|released")]
    [InlineData("rose 3. Then", "rose|3|Then")]
    [InlineData("3, 4", "3|4")]
    [InlineData("3..5", "3|5")]
    [InlineData("a.b", "a|b")]
    [InlineData("a,1", "a|1")]
    [InlineData("1.a", "1|a")]
    [InlineData("1,", "1")]
    [InlineData("٣،٥", "٣|٥")] // the Arabic comma is not a number separator
    public void NumberSeparatorsJoinOnlyDigits(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Surfaces(text));
    }

    [Theory]
    [InlineData("قتل ١٠إرهابيين في حلب", "قتل|١٠|إرهابيين|في|حلب")]        // Arabic-Indic digits glued to the word after them
    [InlineData("قتل 10إرهابيين في حلب", "قتل|10|إرهابيين|في|حلب")]        // ASCII digits
    [InlineData("قتل ۱۰إرهابيين في حلب", "قتل|۱۰|إرهابيين|في|حلب")]        // extended (Persian) digits
    [InlineData("قتل إرهابيين١٠ في حلب", "قتل|إرهابيين|١٠|في|حلب")]        // digits glued to the word before them
    [InlineData("في عام ٢٠١١م بدأت", "في|عام|٢٠١١|م|بدأت")]
    [InlineData("قتل ١٬٠٠٠مسلح", "قتل|١٬٠٠٠|مسلح")]                        // a number with a separator
    [InlineData("قتل ١٠إرهابيينَ", "قتل|١٠|إرهابيينَ")]                      // a diacritic stays on its word
    [InlineData("قتل ١٠ﺇﺭﻫﺎﺑﻴﻴﻦ", "قتل|١٠|ﺇﺭﻫﺎﺑﻴﻴﻦ")]                        // presentation forms are letters too
    [InlineData("لـ الجيش ـ٣", "لـ|الجيش|ـ٣")]                              // tatweel is not a letter: ـ٣ stays one word
    [InlineData("F16 jets and 1990s G20 3rd", "F16|jets|and|1990s|G20|3rd")] // next to a Latin letter a digit stays in the word
    public void DigitsNextToAnArabicLetterEndTheWord(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Surfaces(text));

        // The same in a text long enough for the tokenizer's block scan (thirty-two units at a time), at every offset.
        for (var pad = 0; pad < 40; pad += 7)
        {
            var padded = new string('ب', pad) + " كلمة كلمة كلمة كلمة كلمة كلمة " + text + " كلمة كلمة كلمة كلمة كلمة كلمة كلمة";
            var surfaces = Surfaces(padded);
            Assert.Equal(expected.Split('|'), surfaces.Skip(pad == 0 ? 6 : 7).Take(expected.Split('|').Length));
        }
    }

    [Fact]
    public void NumberSeparatorsJoinSupplementaryPlaneDigits()
    {
        // Mathematical digits (U+1D7CF, U+1D7D3) are decimal digits written as surrogate pairs.
        Assert.Equal(["𝟏.𝟓", "km"], Surfaces("𝟏.𝟓 km"));
    }

    [Fact]
    public void EmptyAndPunctuationOnlyTextsHaveNoTokensSentencesOrQuotes()
    {
        foreach (var text in new[] { "", " ", "... !!! ؟ ، - — ()", "\n\r\n", "😀" })
        {
            var tokenized = Tokenize(text);
            Assert.Equal(0, tokenized.TokenCount);
            Assert.Equal(0, tokenized.SentenceCount);
            Assert.Equal(0, tokenized.QuoteCount);
        }
    }

    [Fact]
    public void RejectsNullOutput()
    {
        Assert.Throws<ArgumentNullException>(() => Tokenizer.Instance.Tokenize("abc", null!));
    }

    [Fact]
    public void ReusedOutputIsClearedFirst()
    {
        var output = new TokenizedText();
        Tokenizer.Instance.Tokenize("«one two». Three four! «five", output);
        Assert.Equal(5, output.TokenCount);
        Assert.Equal(3, output.SentenceCount);
        Assert.Equal(2, output.QuoteCount);

        Tokenizer.Instance.Tokenize("x", output);
        Assert.Equal(1, output.TokenCount);
        Assert.Equal(1, output.SentenceCount);
        Assert.Equal(0, output.QuoteCount);
        Assert.Equal(new Token(0, 1, 0, 0), output.Tokens[0]);
        Assert.Equal(new SentenceSpan(0, 1, 0, 1), output.Sentences[0]);
    }

    [Fact]
    public void ClearEmptiesTheContainer()
    {
        var output = Tokenize("«a» b. c");
        output.Clear();

        Assert.Equal(0, output.TokenCount);
        Assert.Equal(0, output.SentenceCount);
        Assert.Equal(0, output.QuoteCount);
        Assert.True(output.Tokens.IsEmpty);
        Assert.True(output.Sentences.IsEmpty);
        Assert.True(output.Quotes.IsEmpty);
    }

    [Fact]
    public void BuffersGrowBeyondTheirInitialSizes()
    {
        // 1,000 sentences of one quoted word each: more than the initial 256 tokens, 32 sentences and 8 quotes.
        var text = string.Concat(Enumerable.Range(0, 1000).Select(i => $"«w{i}». "));
        var tokenized = Tokenize(text);

        Assert.Equal(1000, tokenized.TokenCount);
        Assert.Equal(1000, tokenized.SentenceCount);
        Assert.Equal(1000, tokenized.QuoteCount);
        for (var i = 0; i < 1000; i++)
        {
            var token = tokenized.Tokens[i];
            Assert.Equal("w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), text.Substring(token.Start, token.Length));
            Assert.Equal(i, token.Sentence);
            Assert.Equal(1, token.QuoteDepth);
            Assert.Equal(new QuotedSpan(token.Start - 1, token.End + 1, 1, true), tokenized.Quotes[i]);
        }
    }

    [Fact]
    public void ConcurrentTokenizationWithSeparateOutputsAgrees()
    {
        const string text = "قال «المتحدث» إن ٣٫٥ بالمئة. Dr. Smith said \"no\".\nNext line";
        var expected = Tokenize(text);
        var expectedTokens = expected.Tokens.ToArray();
        var failures = 0;
        Parallel.For(0, 64, _ =>
        {
            var output = new TokenizedText();
            for (var round = 0; round < 50; round++)
            {
                Tokenizer.Instance.Tokenize(text, output);
                if (!output.Tokens.SequenceEqual(expectedTokens) || output.SentenceCount != expected.SentenceCount)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });

        Assert.Equal(0, failures);
    }

    /// <summary>
    /// Every BMP code unit in the middle of a long word: the word goes on through it exactly when it is a word character
    /// or an in-word joiner (the letters around it are word characters), in Latin and Arabic words, at 16 positions.
    /// </summary>
    [Fact]
    public void EveryCodeUnitInsideALongWordEndsItOrNotAsItsClassSays()
    {
        var output = new TokenizedText();
        var buffer = new char[20];
        foreach (var letter in new[] { 'a', 'K', '\u0628', '\u0651' })
        {
            for (var c = 0; c <= 0xFFFF; c++)
            {
                var unit = (char)c;
                if (char.IsSurrogate(unit))
                {
                    continue;
                }

                var position = 1 + (c % 16);
                buffer.AsSpan().Fill(letter);
                buffer[0] = 'x';
                buffer[position] = unit;
                Tokenizer.Instance.Tokenize(buffer, output);
                var first = output.Tokens[0];
                var joins = CharClass.IsBmpWordCharacter(unit) || CharClass.IsInWordJoiner(unit);

                // A digit between Arabic letters is a word of its own: the first word ends before it (or, right after the
                // Latin x, after it).
                var expected = !joins ? position
                    : CharClass.IsDigitLetterBoundary(unit, letter) ? (position == 1 ? 2 : position)
                    : buffer.Length;
                Assert.True(first.Start == 0, $"U+{c:X4} after '{letter}'");
                Assert.True(first.Length == expected, $"U+{c:X4} at {position} after '{letter}': token of {first.Length}");
            }
        }
    }

    /// <summary>
    /// A text given as a slice of a longer buffer gives the tokens of the same characters alone, for every end of the
    /// slice: the word scan, which reads eight units at a time, stops at the slice's end although letters follow it.
    /// </summary>
    [Fact]
    public void ASliceOfALongerBufferIsTokenizedAsTheSameTextAlone()
    {
        var buffer = "ab cdefghijklmnopqrstuvwxyz قالت القواتالسوريةوالمعارضة abcdefghijklmnopqrstuvwxyzabcdefghijklmnop".ToCharArray();
        var output = new TokenizedText();
        for (var length = 0; length <= buffer.Length; length++)
        {
            var alone = new string(buffer, 0, length);
            var expected = Surfaces(alone);
            Tokenizer.Instance.Tokenize(buffer.AsSpan(0, length), output);
            Assert.True(output.TokenCount == expected.Length, $"slice of {length}: {output.TokenCount} tokens, expected {expected.Length}");
            for (var t = 0; t < expected.Length; t++)
            {
                var token = output.Tokens[t];
                Assert.True(token.End <= length, $"slice of {length}: token {t} ends at {token.End}");
                Assert.Equal(expected[t], alone.Substring(token.Start, token.Length));
            }
        }
    }
}
