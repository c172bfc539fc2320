using Framing.Text;

namespace Framing.Tests.Text;

/// <summary><see cref="ContextText"/>: a context line never holds a character that breaks a line.</summary>
public sealed class ContextTextTests
{
    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("  padded \t", "padded")]
    [InlineData("a\r\nb", "a  b")]
    [InlineData("a\u2028b\u2029c", "a b c")]
    [InlineData("a\u0085b\vc\fd", "a b c d")]
    [InlineData("\u2028edge\u2029", "edge")]
    public void EveryLineBreakOfTheTokenizerBecomesASpace(string text, string expected)
    {
        var line = ContextText.OneLine(text);
        Assert.Equal(expected, line);
        Assert.DoesNotContain(line, c => CharClass.IsLineBreak(c));
    }
}
