using System.Text;
using Framing.Text;

namespace Framing.Tests.Text;

/// <summary>Properties that hold for any input, checked on random strings from a fixed seed.</summary>
public sealed class TokenizerInvariantTests
{
    internal static readonly string[] Pieces =
    [
        // Arabic letters, diacritics, tatweel, digits and punctuation
        "ا", "ب", "ل", "و", "ف", "ه", "ي", "ال", "لل", "قال", "الإرهابيّين", "\u064B", "\u0651", "ـ", "٣", "۴", "٫", "٬", "،", "؟", "؛", "۔",
        // Latin letters, digits, punctuation
        "a", "Z", "é", "the", "Dr", "Mr", "U", "S", "e", "g", "J", "approx", "etc", "0", "5", "3.5", "1,000", ".", ",", "!", "?", "…", ":", ";", "-", "—", "(", ")", "[", "‼", "⁉",
        // quotation marks and apostrophes
        "«", "»", "“", "”", "„", "\"", "‹", "›", "‘", "’", "'", "ʼ", "「", "」",
        // spaces and line breaks
        " ", " ", " ", "\t", "\u00A0", "\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\v", "\f",
        // invisible characters, combining marks, surrogates
        "\u200C", "\u200D", "\u00AD", "\u2060", "\u200E", "\u200F", "\u061C", "\u0301", "\u20DD", "\uD800", "\uDBFF", "\uDC00", "\uDFFF",
        "😀", "𝐀", "𝟏", "𠀀", "\uFFFD", "\0",
    ];

    [Fact]
    public void RandomTextsSatisfyTheInvariants()
    {
        var random = new Random(12345);
        var output = new TokenizedText();
        long tokens = 0, sentences = 0, closed = 0, unclosed = 0, huge = 0;
        var maxDepth = 0;
        for (var round = 0; round < 2000; round++)
        {
            var text = RandomText(random, round);
            try
            {
                Tokenizer.Instance.Tokenize(text, output);
                CheckInvariants(text, output);
                tokens += output.TokenCount;
                sentences += output.SentenceCount;
                foreach (var quote in output.Quotes)
                {
                    _ = quote.IsClosed ? closed++ : unclosed++;
                    maxDepth = Math.Max(maxDepth, quote.Depth);
                }

                foreach (var token in output.Tokens)
                {
                    huge += token.Length >= 100_000 ? 1 : 0;
                }
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                throw new InvalidOperationException($"round {round}: {Escape(text)}", ex);
            }
            catch (Xunit.Sdk.XunitException ex)
            {
                throw new Xunit.Sdk.XunitException($"round {round}: {Escape(text)}\n{ex.Message}");
            }
        }

        // The random texts exercise what the invariants are about.
        Assert.True(tokens > 20_000, $"{tokens} tokens");
        Assert.True(sentences > 5_000, $"{sentences} sentences");
        Assert.True(closed > 500, $"{closed} closed quotations");
        Assert.True(unclosed > 1_000, $"{unclosed} unclosed quotations");
        Assert.True(maxDepth >= 4, $"maximum depth {maxDepth}");
        Assert.Equal(4, huge);
    }

    [Fact]
    public void HugeTokensAreSingleTokens()
    {
        var arabic = new string('ب', 100_000);
        var latin = new string('x', 100_000);
        var text = "«" + arabic + "» " + latin + ". ب";
        var tokenized = new TokenizedText();
        Tokenizer.Instance.Tokenize(text, tokenized);

        Assert.Equal(3, tokenized.TokenCount);
        Assert.Equal(new Token(1, 100_000, 0, 1), tokenized.Tokens[0]);
        Assert.Equal(new Token(100_003, 100_000, 0, 0), tokenized.Tokens[1]);
        Assert.Equal(new Token(200_005, 1, 1, 0), tokenized.Tokens[2]);
        Assert.Equal([new QuotedSpan(0, 100_002, 1, true)], tokenized.Quotes.ToArray());
        CheckInvariants(text, tokenized);
    }

    [Fact]
    public void TokenizingTwiceGivesTheSameResult()
    {
        var random = new Random(12345);
        var first = new TokenizedText();
        var second = new TokenizedText();
        for (var round = 0; round < 200; round++)
        {
            var text = RandomText(random, round + 1);
            Tokenizer.Instance.Tokenize(text, first);
            Tokenizer.Instance.Tokenize("«unrelated» text.\nTo dirty the buffers", second);
            Tokenizer.Instance.Tokenize(text, second);

            Assert.True(first.Tokens.SequenceEqual(second.Tokens));
            Assert.True(first.Sentences.SequenceEqual(second.Sentences));
            Assert.True(first.Quotes.SequenceEqual(second.Quotes));
        }
    }

    private static string RandomText(Random random, int round)
    {
        var builder = new StringBuilder();
        var pieces = random.Next(0, 120);
        for (var p = 0; p < pieces; p++)
        {
            builder.Append(Pieces[random.Next(Pieces.Length)]);
        }

        if (round % 500 == 0)
        {
            // A few huge tokens.
            builder.Insert(random.Next(builder.Length + 1), new string(round % 1000 == 0 ? 'ل' : 'k', 100_000));
        }

        return builder.ToString();
    }

    private static void CheckInvariants(string text, TokenizedText output)
    {
        var tokens = output.Tokens;
        var sentences = output.Sentences;
        var quotes = output.Quotes;

        // Tokens: inside the text, non-empty, increasing and non-overlapping, maximal runs of word characters.
        var previousEnd = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            Assert.True(token.Length > 0, $"token {i} is empty");
            Assert.True(token.Start >= previousEnd, $"token {i} at {token.Start} overlaps the previous one ending at {previousEnd}");
            Assert.True(token.End <= text.Length, $"token {i} ends at {token.End} after the text");
            Assert.True(CharClass.IsWordAt(text, token.Start, out _), $"token {i} does not start with a word character");
            Assert.False(char.IsLowSurrogate(text[token.Start]), $"token {i} starts inside a surrogate pair");
            Assert.False(char.IsHighSurrogate(text[token.End - 1]), $"token {i} ends inside a surrogate pair");
            // A digit next to an Arabic letter ends a word (CharClass.IsDigitLetterBoundary).
            if (token.Start > 0 && !char.IsLowSurrogate(text[token.Start - 1]) && !CharClass.IsDigitLetterBoundary(text[token.Start - 1], text[token.Start]))
            {
                Assert.False(CharClass.IsWordAt(text, token.Start - 1, out _), $"token {i} is not maximal on the left");
            }

            if (token.End < text.Length && !CharClass.IsDigitLetterBoundary(text[token.End - 1], text[token.End]))
            {
                Assert.False(CharClass.IsWordAt(text, token.End, out _), $"token {i} is not maximal on the right");
            }

            for (var j = token.Start + 1; j < token.End; j++)
            {
                Assert.False(CharClass.IsDigitLetterBoundary(text[j - 1], text[j]), $"token {i} holds a digit next to an Arabic letter");
            }

            for (var j = token.Start; j < token.End; j++)
            {
                var c = text[j];
                Assert.False(CharClass.IsLineBreak(c), $"token {i} contains a line break");
                Assert.False(c is '«' or '»' or '“' or '”' or '„' or '"' or '‹' or '›' or '「' or '」' or ' ', $"token {i} contains '{c}'");

                // ‘ is typed for an apostrophe: inside a word it is one, never at a token's edge (a quotation mark).
                Assert.False(c == '‘' && (j == token.Start || j == token.End - 1), $"token {i} starts or ends with '‘'");
            }

            Assert.True(token.QuoteDepth >= 0);
            previousEnd = token.End;
        }

        // Sentences: non-empty, contiguous, covering every token; token sentence indices follow them.
        var expectedFirst = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            var sentence = sentences[s];
            Assert.True(sentence.TokenCount > 0, $"sentence {s} is empty");
            Assert.Equal(expectedFirst, sentence.FirstToken);
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[sentence.FirstToken + sentence.TokenCount - 1].End, sentence.End);
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                Assert.Equal(s, tokens[t].Sentence);
            }

            expectedFirst += sentence.TokenCount;
        }

        Assert.Equal(tokens.Length, expectedFirst);

        // Between two tokens of one sentence there is no line break and no terminator other than an abbreviation's
        // full stop; between two sentences there is a terminator or a line break.
        for (var i = 1; i < tokens.Length; i++)
        {
            Assert.True(tokens[i].Sentence - tokens[i - 1].Sentence is 0 or 1, $"sentence index jumps at token {i}");
            var gap = text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End);
            var hasBreak = false;
            var hasOtherTerminator = false;
            foreach (var c in gap)
            {
                hasBreak |= CharClass.IsLineBreak(c);
                hasOtherTerminator |= CharClass.IsSentenceTerminator(c) && c != '.';
            }

            if (tokens[i].Sentence == tokens[i - 1].Sentence)
            {
                Assert.False(hasBreak || hasOtherTerminator, $"tokens {i - 1} and {i} share a sentence across a boundary");
                if (gap.Contains('.'))
                {
                    Assert.True(gap[0] == '.' && gap.LastIndexOf('.') == 0, $"tokens {i - 1} and {i}: unexpected full stops");
                    Assert.True(Abbreviations.IsAbbreviation(text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length)));
                }
            }
            else
            {
                Assert.True(hasBreak || hasOtherTerminator || gap.Contains('.'), $"tokens {i - 1} and {i} are in different sentences without a boundary");
            }
        }

        // Quoted spans: inside the text, depth at least 1, ordered, within one paragraph, starting at a quotation mark.
        for (var q = 0; q < quotes.Length; q++)
        {
            var quote = quotes[q];
            Assert.True(quote.Start >= 0 && quote.Start < quote.End && quote.End <= text.Length, $"quote {q}: {quote}");
            Assert.True(quote.Depth >= 1, $"quote {q}: {quote}");
            Assert.True(text[quote.Start] is '«' or '»' or '“' or '”' or '„' or '"' or '‹' or '‘' or '「', $"quote {q} starts at '{text[quote.Start]}'");
            Assert.DoesNotContain(tokens.ToArray(), t => t.Start < quote.Start && quote.Start < t.End);
            if (quote.IsClosed)
            {
                Assert.True(text[quote.End - 1] is '«' or '»' or '“' or '”' or '"' or '›' or '’' or '」', $"quote {q} ends at '{text[quote.End - 1]}'");
            }

            foreach (var c in text.AsSpan(quote.Start, quote.End - quote.Start))
            {
                Assert.False(CharClass.IsLineBreak(c), $"quote {q} crosses a line break");
            }

            if (q > 0)
            {
                Assert.True(quotes[q - 1].Start < quote.Start, $"quotes {q - 1} and {q} are out of order");
            }

            // The depth is one more than the number of quotations around the opening mark.
            var around = 0;
            foreach (var other in quotes)
            {
                if (other.Start < quote.Start && quote.Start < other.End)
                {
                    around++;
                    Assert.True(quote.End <= other.End, $"quote {q} {quote} ends after the quote {other} around it");
                }
            }

            Assert.Equal(around + 1, quote.Depth);
        }

        // A token's quote depth is the number of quoted spans around it.
        foreach (var token in tokens)
        {
            var around = 0;
            foreach (var quote in quotes)
            {
                if (quote.Start < token.Start && token.Start < quote.End)
                {
                    around++;
                    Assert.True(token.End <= quote.End, $"token {token} runs past the end of quote {quote}");
                }
            }

            Assert.Equal(around, token.QuoteDepth);
        }
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Length > 400 ? text[..400] : text)
        {
            if (c < 0x20 || c > 0x7E)
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
