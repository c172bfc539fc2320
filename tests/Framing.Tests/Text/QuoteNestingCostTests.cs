using System.Text;
using Framing.Text;

namespace Framing.Tests.Text;

/// <summary>
/// Following quotation marks costs time linear in the marks, however deep quotations nest: each « that closed no » … »
/// searched every open quotation, so a paragraph of many unclosed « took quadratic time ("« " x 320,000: 45 s).
/// Counted in the open quotations looked at, not timed.
/// </summary>
public sealed class QuoteNestingCostTests
{
    private const int Marks = 5_000;

    [Theory]
    [InlineData("\u00AB ")]                 // « never closed: each tries to close a reversed » … » first
    [InlineData("\u00AB \u201D ")]          // and a ” that closes nothing and opens no word
    [InlineData("\u00AB x \" ")]            // straight quotes inside: is one open further out?
    [InlineData("\u00AB \u203A \u300D ")]   // closing marks of kinds never opened
    public void StepsAreLinearInTheMarks(string unit)
    {
        var text = new StringBuilder().Insert(0, unit, Marks).ToString();
        var tokenized = new TokenizedText();
        Tokenizer.Instance.Tokenize(text, tokenized);
        Assert.True(tokenized.OpenQuotes.Steps <= 4L * text.Length, $"{tokenized.OpenQuotes.Steps} steps for {text.Length} characters");
    }

    [Fact]
    public void DeepNestingStillClosesAndEndsEveryQuotation()
    {
        // Closing the outermost « closes every quotation opened inside it; those left open end with the paragraph.
        var text = "\u00AB " + new StringBuilder().Insert(0, "\u201C a ", Marks) + "\u00BB b \u201C c";
        var tokenized = new TokenizedText();
        Tokenizer.Instance.Tokenize(text, tokenized);
        Assert.Equal(Marks + 2, tokenized.Quotes.Length);
        Assert.Equal(1, tokenized.Quotes.ToArray().Count(q => q.IsClosed));
        Assert.Equal(0, tokenized.Tokens[^2].QuoteDepth);
        Assert.Equal(1, tokenized.Tokens[^1].QuoteDepth);
    }
}
