using System.Text;
using Framing.Scoring;
using Framing.Text;

namespace Framing.Tests.Scoring;

/// <summary>
/// Reported speech's searches for a semicolon (<see cref="AttributionSpans.SemicolonAfter"/>,
/// <see cref="AttributionSpans.LastSemicolon"/>) and for the last comma (<see cref="AttributionSpans.LastCommaGap"/>)
/// search the text of many gaps at once; they find the same token as a
/// search gap by gap (<see cref="GapByGap.HasSemicolonBefore"/>), on invented texts of words, numbers, dashes of
/// tatweel and every semicolon, for every range of tokens, and count as steps the tokens that search looks at (the
/// measure of <see cref="AttributionCostTests"/>).
/// </summary>
public sealed class SemicolonSearchTests
{
    private static readonly string[] Pieces =
    [
        "army", "قال", "الجيش", "3.5", "1,000", " ", " ", " ", "  ", "; ", ";", " ؛ ", "؛", "；", ", ", "، ", " ـ ", ": ",
        "\u200F", "'s", "(", ")", "\n", "2,5,7", "\uFF0C", " \uFE50", "\uFF64 ",
    ];

    /// <summary>Forty invented texts of <see cref="Pieces"/>, from a seeded generator, with their tokens.</summary>
    private static IEnumerable<(string Text, Token[] Tokens)> RandomTexts(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var builder = new StringBuilder();
            var pieces = random.Next(1, 40);
            for (var p = 0; p < pieces; p++)
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var text = builder.ToString();
            var tokenized = new TokenizedText();
            Tokenizer.Instance.Tokenize(text, tokenized);
            yield return (text, tokenized.Tokens.ToArray());
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void TheSearchesFindTheTokenAGapByGapSearchFinds(int seed)
    {
        foreach (var (text, tokens) in RandomTexts(seed))
        {
            for (var from = 0; from < tokens.Length; from++)
            {
                for (var to = from - 1; to < tokens.Length; to++)
                {
                    long steps = 0;
                    Assert.True(
                        FirstGapByGap(text, tokens, from, to, out var looked) == AttributionSpans.SemicolonAfter(tokens, text, from, to, ref steps),
                        $"first semicolon in [{from}, {to}] of \"{text}\"");
                    Assert.True(steps == looked, $"steps of the first semicolon in [{from}, {to}] of \"{text}\": {steps}, gap by gap {looked}");
                    steps = 0;
                    Assert.True(
                        LastGapByGap(text, tokens, from, to, out looked) == AttributionSpans.LastSemicolon(tokens, text, from, to, ref steps),
                        $"last semicolon in ({from}, {to}] of \"{text}\"");
                    Assert.True(steps == looked, $"steps of the last semicolon in ({from}, {to}] of \"{text}\": {steps}, gap by gap {looked}");
                }
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void TheCommaSearchFindsTheTokenAGapByGapSearchFinds(int seed)
    {
        // Commas inside numbers ("1,000", "2,5,7") are inside tokens: the search must go on before them.
        foreach (var (text, tokens) in RandomTexts(seed))
        {
            for (var first = 0; first < tokens.Length; first++)
            {
                for (var last = first - 1; last < tokens.Length; last++)
                {
                    long steps = 0;
                    Assert.True(
                        LastCommaGapByGap(text, tokens, first, last, out var looked) == AttributionSpans.LastCommaGap(tokens, text, first, last, ref steps),
                        $"last comma in ({first}, {last}] of \"{text}\"");
                    Assert.True(steps == looked, $"steps of the last comma in ({first}, {last}] of \"{text}\": {steps}, gap by gap {looked}");
                }
            }
        }
    }

    /// <summary>The last token in (first, last] with a comma before it, or -1; <paramref name="looked"/>: the tokens looked at.</summary>
    private static int LastCommaGapByGap(string text, ReadOnlySpan<Token> tokens, int first, int last, out long looked)
    {
        looked = 0;
        for (var t = last; t > first; t--)
        {
            looked++;
            if (GapByGap.HasCommaBefore(text, tokens, t))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>The first token in [from, to] with a semicolon before it, or -1; <paramref name="looked"/>: the tokens looked at.</summary>
    private static int FirstGapByGap(string text, ReadOnlySpan<Token> tokens, int from, int to, out long looked)
    {
        looked = 0;
        for (var t = from; t <= to; t++)
        {
            looked++;
            if (GapByGap.HasSemicolonBefore(text, tokens, t))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>The last token in (first, last] with a semicolon before it, or first; <paramref name="looked"/>: the tokens looked at.</summary>
    private static int LastGapByGap(string text, ReadOnlySpan<Token> tokens, int first, int last, out long looked)
    {
        looked = 0;
        for (var t = last; t > first; t--)
        {
            looked++;
            if (GapByGap.HasSemicolonBefore(text, tokens, t))
            {
                return t;
            }
        }

        return first;
    }
}
