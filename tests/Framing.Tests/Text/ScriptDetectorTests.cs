using Framing.Text;

namespace Framing.Tests.Text;

public sealed class ScriptDetectorTests
{
    [Fact]
    public void ArabicTextIsArabic()
    {
        const string text = "قال المتحدث إن الإرهابيين هاجموا المدينة.";
        Assert.Equal(1.0, ScriptDetector.ArabicLetterShare(text));
        Assert.Equal("ar", ScriptDetector.Default.Detect(text));
    }

    [Fact]
    public void EnglishTextIsEnglish()
    {
        const string text = "The spokesman said the terrorists attacked the city.";
        Assert.Equal(0.0, ScriptDetector.ArabicLetterShare(text));
        Assert.Equal("en", ScriptDetector.Default.Detect(text));
    }

    [Theory]
    [InlineData("abcd ابجد", 4, 8)]
    [InlineData("abc ابجد", 4, 7)]
    [InlineData("abcde ابجد", 4, 9)]
    [InlineData("Reuters: قال", 3, 10)]
    [InlineData("123 !!! ابج", 3, 3)] // digits and punctuation are not letters
    [InlineData("١٢٣ abc", 0, 3)] // Arabic-Indic digits are not letters
    [InlineData("بَ a", 1, 2)] // a vowel mark is not a letter
    [InlineData("پچژگ", 4, 4)] // Persian letters
    [InlineData("ﻻ ﺑ abc", 2, 5)] // presentation forms
    [InlineData("Привет ابج", 3, 9)]
    [InlineData("αβγ ابج", 3, 6)]
    [InlineData("\uD835 ابج", 3, 3)] // a lone surrogate is not a letter
    public void ShareIsArabicLettersOverAllLetters(string text, int arabic, int letters)
    {
        Assert.Equal((double)arabic / letters, ScriptDetector.ArabicLetterShare(text), 12);
    }

    [Theory]
    [InlineData("۱۲۳ abc", 0, 3)] // Extended Arabic-Indic (Persian) digits are digits, not letters
    [InlineData("ب\u0670ab", 1, 3)] // superscript alef is a combining mark
    [InlineData("ب\u08F0ab", 1, 3)] // so is U+08F0 (open fathatan)
    [InlineData("ب\uFDFCab", 1, 3)] // the rial sign is a currency symbol
    public void ArabicBlockCharactersThatAreNotLettersDoNotCount(string text, int arabic, int letters)
    {
        Assert.Equal((double)arabic / letters, ScriptDetector.ArabicLetterShare(text), 12);
    }

    [Fact]
    public void LettersOutsideTheBasicPlaneCount()
    {
        // Three mathematical bold letters (surrogate pairs) and three Arabic letters.
        Assert.Equal(0.5, ScriptDetector.ArabicLetterShare("𝐀𝐁𝐂 ابج"), 12);
        Assert.Equal("en", new ScriptDetector(0.6).Detect("𝐀𝐁𝐂 ابج"));
    }

    [Fact]
    public void TextsWithoutLettersFallBack()
    {
        Assert.Equal(0.0, ScriptDetector.ArabicLetterShare(""));
        Assert.Equal(0.0, ScriptDetector.ArabicLetterShare("123 ... ١٢٣ ؟ ، «»"));
        Assert.Equal("en", ScriptDetector.Default.Detect(""));
        Assert.Equal("en", ScriptDetector.Default.Detect("٢٠٢٤ ... !!"));
        Assert.Equal("en", ScriptDetector.Default.Detect("۱۹۹۰"));

        var french = new ScriptDetector(fallbackLanguage: "fr");
        Assert.Equal("fr", french.Detect("123"));
        Assert.Equal("fr", french.Detect("Bonjour"));
        Assert.Equal("ar", french.Detect("مرحبا"));
    }

    [Fact]
    public void TheDefaultThresholdIsInclusive()
    {
        Assert.Equal(0.5, ScriptDetector.Default.ArabicShareThreshold);
        Assert.Equal("en", ScriptDetector.Default.FallbackLanguage);
        Assert.Equal("ar", ScriptDetector.Default.Detect("abcd ابجد"));
        Assert.Equal("ar", ScriptDetector.Default.Detect("abc ابجد"));
        Assert.Equal("en", ScriptDetector.Default.Detect("abcde ابجد"));
    }

    [Fact]
    public void CustomThresholds()
    {
        var strict = new ScriptDetector(0.6);
        Assert.Equal(0.6, strict.ArabicShareThreshold);
        Assert.Equal("en", strict.Detect("abcd ابجد"));
        Assert.Equal("ar", strict.Detect("ab ابج"));

        var all = new ScriptDetector(1.0);
        Assert.Equal("ar", all.Detect("ابج ١٢٣"));
        Assert.Equal("en", all.Detect("ابج a"));

        var any = new ScriptDetector(1e-9);
        Assert.Equal("ar", any.Detect(new string('a', 10_000) + "ب"));
        Assert.Equal("en", any.Detect("abc"));
    }

    [Fact]
    public void LongTextsAreJudgedOnWindowsSpreadAcrossThem()
    {
        // 5,000 English characters, then 95,000 Arabic ones: the windows see mostly Arabic.
        var text = new string('e', 5_000) + string.Concat(Enumerable.Repeat("الجيش ", 95_000 / 6));
        Assert.Equal("ar", ScriptDetector.Default.Detect(text));

        // The reverse: a short Arabic opening does not make an English text Arabic.
        var english = string.Concat(Enumerable.Repeat("ابجد ", 200)) + new string('e', 100_000);
        Assert.Equal("en", ScriptDetector.Default.Detect(english));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(1.0000001)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void RejectsThresholdsOutsideZeroToOne(double threshold)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new ScriptDetector(threshold));
        Assert.Equal("arabicShareThreshold", ex.ParamName);
    }

    [Fact]
    public void RejectsNullFallback()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new ScriptDetector(0.5, null!));
        Assert.Equal("fallbackLanguage", ex.ParamName);
    }

    /// <summary>
    /// The block-wise count (sixteen, then eight code units at a time) equals the one-by-one count on texts mixing every kind of
    /// character it treats apart: ASCII letters and non-letters, basic Arabic letters, other Arabic-block characters
    /// (marks, the Arabic comma, extended letters, presentation forms), Latin-1 and CJK letters, surrogate pairs that
    /// are letters (including Arabic mathematical letters) or not, and lone surrogates, at every offset of a block.
    /// </summary>
    [Fact]
    public void BlockCountingEqualsCountingOneByOne()
    {
        string[] pieces =
        [
            "a", "Z", " ", "3", "@", "[", "`", "{", "\u007F", "ب", "\u0621", "\u064A", "\u0640", "\u064B", "\u060C", "\u0620",
            "\u067E", "\u06CC", "\uFEB5", "\uFDF2", "\u0660", "é", "\u00A0", "ß", "中", "\u201C", "\U0001D400", "\U0001EE01",
            "\U0001F600", "\uD800", "\uDC00", "\u0671", "\u066E", "\u06A4", "\u06D2", "\u06D5", "\u06EE", "\u0750", "\u08A0",
        ];
        var random = new Random(20261203);
        for (var trial = 0; trial < 3000; trial++)
        {
            var builder = new System.Text.StringBuilder();
            var length = random.Next(0, 60);
            for (var k = 0; k < length; k++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            var text = builder.ToString();
            Assert.Equal(ScriptDetector.CountLettersScalar(text), ScriptDetector.CountLetters(text));
        }
    }

    [Fact]
    public void BlockCountingSeesEveryKindOfCharacter()
    {
        // 8 ASCII letters, then a block with an Arabic comma, a mark and 6 basic Arabic letters, then a surrogate pair
        // that is a letter straddling two blocks, then a tail shorter than a block.
        var text = "abcdefgh" + "\u060C\u064Bبتثجحخ" + "1234567\U0001D400xyz";
        Assert.Equal(new LetterCounts(8L + 6 + 1 + 3, 6L, 0L), ScriptDetector.CountLetters(text));
        Assert.Equal(ScriptDetector.CountLettersScalar(text), ScriptDetector.CountLetters(text));
    }

    // Invented sentences. Persian: ی and ک for every yeh and kaf, پ and گ; Arabic: the basic letters only.
    private const string PersianSentence = "گزارشگران می گویند که پناهجویان پیش از ظهر به شهر رسیدند.";
    private const string ArabicSentence = "قال المتحدث إن القوات دخلت المدينة بعد ظهر اليوم.";

    [Fact]
    public void PersianTextIsArabicScriptWithNonArabicLetters()
    {
        var detector = new ScriptDetector { OtherArabicScriptLanguage = "fa" };

        Assert.Equal(DetectedScript.OtherArabicScript, ScriptDetector.Default.DetectScript(PersianSentence));
        Assert.Equal(DetectedScript.Arabic, ScriptDetector.Default.DetectScript(ArabicSentence));
        Assert.Equal(DetectedScript.Other, ScriptDetector.Default.DetectScript("The spokesman said so."));
        // The default detector names no such language: Persian stays "ar", as before.
        Assert.Equal("ar", ScriptDetector.Default.Detect(PersianSentence));
        Assert.Equal("fa", detector.Detect(PersianSentence));
        Assert.Equal("ar", detector.Detect(ArabicSentence));
    }

    [Fact]
    public void LongPersianTextIsToldApartFromItsWindows()
    {
        var text = string.Join(' ', Enumerable.Repeat(PersianSentence, 40));
        Assert.True(text.Length > 1024);
        Assert.Equal(DetectedScript.OtherArabicScript, ScriptDetector.Default.DetectScript(text));
        Assert.Equal(DetectedScript.Arabic, ScriptDetector.Default.DetectScript(string.Join(' ', Enumerable.Repeat(ArabicSentence, 40))));
    }

    [Theory]
    [InlineData(100, 1, false)] // one foreign letter is never enough
    [InlineData(198, 2, true)]  // 2 of 200 Arabic-script letters: 1 %, the threshold
    [InlineData(199, 2, false)] // 2 of 201: below 1 %
    [InlineData(400, 5, true)]
    public void NonArabicLettersCountFromOnePercentOfTheArabicScriptLetters(int arabicLetters, int nonArabicLetters, bool otherScript)
    {
        // Basic letters in words of five, then ڤ (the Arabic writing of v in a foreign name) as the non-Arabic letter.
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < arabicLetters; i++)
        {
            builder.Append((char)('\u0628' + (i % 18))).Append(i % 5 == 4 ? " " : "");
        }

        for (var i = 0; i < nonArabicLetters; i++)
        {
            builder.Append(" \u06A4");
        }

        var text = builder.ToString();
        Assert.True(text.Length <= 1024);
        Assert.Equal(otherScript ? DetectedScript.OtherArabicScript : DetectedScript.Arabic, ScriptDetector.Default.DetectScript(text));
    }

    [Theory]
    [InlineData("\uFEB3\uFEE0\uFEE4\uFEEA \uFE8D\uFEDF\uFEE4\uFEAA\uFEF3\uFEE8\uFE94")] // presentation forms, as in text taken from a PDF
    [InlineData("\u0671\u0644\u0652\u062D\u064E\u0645\u0652\u062F\u064F \u0671\u0644\u0644\u0651\u064E\u0647")]     // alef wasla, as in a quoted verse
    [InlineData("\u066E\u0633\u0645 \u066F\u0627\u0644")]                                            // the archaic dotless beh and qaf
    public void ArabicWrittenInLettersOutsideTheBasicOnesStaysArabic(string text)
    {
        Assert.Equal(DetectedScript.Arabic, ScriptDetector.Default.DetectScript(text));
    }
}
