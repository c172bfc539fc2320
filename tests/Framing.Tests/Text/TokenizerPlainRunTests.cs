using System.Text;
using Framing.Text;

namespace Framing.Tests.Text;

/// <summary>
/// The tokenizer reads runs of spaces and plain words in a loop of its own; its output is exactly that of the general
/// loop alone (<see cref="Tokenizer.WithoutPlainRunsForTest"/>): tokens, sentences and quotations, on random texts of
/// every kind of character, on texts of mostly plain words (long runs), and into a buffer that must grow mid-run.
/// </summary>
public sealed class TokenizerPlainRunTests
{
    private static readonly string[] Words = ["قال", "الجيش", "السوري", "إن", "army", "said", "rebels", "ـ", "\u0651", "٣", "5", "كتب"];

    private static readonly string[] Between = [" ", " ", " ", " ", "  ", ", ", ". ", "، ", "\n", " «", "» ", "'s ", " (", ") ", "-", "3.5 ", " \u200C", "\u00A0"];

    [Fact]
    public void RandomTextsGiveTheSameOutputAsTheGeneralLoop() =>
        AssertSameOnRandomTexts(seed: 4242, rounds: 3000, oneTokenBufferEvery: 3, random =>
        {
            var builder = new StringBuilder();
            var pieces = random.Next(0, 100);
            for (var p = 0; p < pieces; p++)
            {
                builder.Append(TokenizerInvariantTests.Pieces[random.Next(TokenizerInvariantTests.Pieces.Length)]);
            }

            return builder.ToString();
        });

    [Fact]
    public void TextsOfMostlyPlainWordsGiveTheSameOutputAsTheGeneralLoop() =>
        AssertSameOnRandomTexts(seed: 777, rounds: 3000, oneTokenBufferEvery: 2, random =>
        {
            var builder = new StringBuilder();
            var words = random.Next(0, 80);
            for (var w = 0; w < words; w++)
            {
                builder.Append(Words[random.Next(Words.Length)]);
                builder.Append(random.Next(4) == 0 ? Between[random.Next(Between.Length)] : " ");
            }

            return builder.ToString();
        });

    [Fact]
    public void WordsOfEveryLengthAcrossBlockEdgesGiveTheSameOutputAsTheGeneralLoop() =>
        // The plain run is read thirty-two units at a time: words of 1 to 70 units (crossing block edges, longer than a
        // block), made of the units at the edges of the ranges it tells apart (ASCII letters and the units around them,
        // U+061F..U+066A, tatweel and harakat, which may not start a word, Arabic-Indic digits, other Arabic letters and
        // Latin-1), mostly between single spaces, in texts of every length around a block.
        AssertSameOnRandomTexts(seed: 1616, rounds: 6000, oneTokenBufferEvery: 4, random =>
        {
            const string Units = "aAzZ@[`{0ـًٌَّٰءابتغيؠ؟٠٩٪پکیéß'\u200C";
            var builder = new StringBuilder();
            var words = random.Next(0, 30);
            for (var w = 0; w < words; w++)
            {
                var length = random.Next(2) == 0 ? random.Next(1, 9) : random.Next(1, 71);
                var plain = random.Next(3) != 0; // most words only of letters that may start one
                for (var k = 0; k < length; k++)
                {
                    builder.Append(plain ? "abzZقالجيشءي"[random.Next(12)] : Units[random.Next(Units.Length)]);
                }

                builder.Append(random.Next(6) == 0 ? Between[random.Next(Between.Length)] : " ");
            }

            var text = builder.ToString();
            return text[..random.Next(text.Length + 1)];
        });

    /// <summary>
    /// Compares the two tokenizers on <paramref name="rounds"/> texts made by <paramref name="text"/> from one seeded
    /// generator; every <paramref name="oneTokenBufferEvery"/>-th text goes into a buffer of one token, which must grow
    /// inside a run (the default one does not).
    /// </summary>
    private static void AssertSameOnRandomTexts(int seed, int rounds, int oneTokenBufferEvery, Func<Random, string> text)
    {
        var random = new Random(seed);
        for (var round = 0; round < rounds; round++)
        {
            AssertSame(text(random), round % oneTokenBufferEvery == 0 ? 1 : 256);
        }
    }

    private static void AssertSame(string text, int capacity)
    {
        var fast = new TokenizedText(capacity);
        var general = new TokenizedText(capacity);
        Tokenizer.Instance.Tokenize(text, fast);
        Tokenizer.WithoutPlainRunsForTest().Tokenize(text, general);
        Assert.True(general.Tokens.SequenceEqual(fast.Tokens), $"tokens of \"{text}\"");
        Assert.True(general.Sentences.SequenceEqual(fast.Sentences), $"sentences of \"{text}\"");
        Assert.True(general.Quotes.SequenceEqual(fast.Quotes), $"quotations of \"{text}\"");
    }
}
