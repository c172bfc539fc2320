using System.Text;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Text;

namespace Framing.Tests.Scoring;

/// <summary>
/// Finding actor names alone in quotation marks (scare quotes) costs time linear in the names and quotations: each name
/// searched every quotation of its chunk from the first, so a paragraph quoting a name thousands of times took quadratic
/// time ("\"opposition\" " x 160,000: 13 s). Counted in the quotations looked at, not timed.
/// </summary>
public sealed class ScareQuotesCostTests
{
    private const int Names = 5_000;

    [Theory]
    [InlineData("\"opposition\" ")]          // every name alone in quotation marks
    [InlineData("\u201Copposition\u201D and ")] // curly quotation marks, a word between
    [InlineData("opposition \"x\" ")]        // names outside quotations, quotations before each later name
    [InlineData("\u00AB\"opposition\"\u00BB ")] // nested: the inner quotation closes (and is listed) first
    public void StepsAreLinearInTheNamesAndQuotations(string unit)
    {
        var text = new StringBuilder().Insert(0, unit, Names).ToString();
        var matcher = Lexicon.Load("syria-conflict").Compile().MatcherFor("en")!;
        var rules = matcher.Context;
        var actor = Array.FindIndex(rules.Scares, s => s is not null);
        Assert.True(rules.ScareQuotes);
        var tokenized = new TokenizedText();
        Tokenizer.Instance.Tokenize(text, tokenized);
        var context = new DocumentContext();
        context.Reset(tokenized.TokenCount);
        var tokens = tokenized.Tokens;
        var names = 0;
        for (var t = 0; t < tokenized.TokenCount; t++)
        {
            if (text.AsSpan(tokens[t].Start, tokens[t].Length).SequenceEqual("opposition"))
            {
                context.AddMention(t, 1, actor, conjunction: false, preposition: false);
                names++;
            }
        }

        Assert.Equal(Names, names);
        var steps = ScareFinder.Compute(context, tokenized, text, rules);
        Assert.True(steps <= 4L * (tokenized.TokenCount + tokenized.Quotes.Length), $"{steps} steps for {tokenized.TokenCount} tokens and {tokenized.Quotes.Length} quotations");
    }
}
