using Framing.Text;

namespace Framing.Tests.Text;

/// <summary><see cref="ContextText"/>: a context line never holds a character that breaks a line.</summary>
public sealed class ContextTextTests
{
    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("  padded \t", "padded")]
    [InlineData("a\r\nb", "a b")] // one line break, one space (was two)
    [InlineData("a\r\rb", "a  b")]
    [InlineData("a\n\rb", "a  b")]
    [InlineData("a\r\n\r\nb", "a  b")]
    [InlineData("a\u2028b\u2029c", "a b c")]
    [InlineData("a\u0085b\vc\fd", "a b c d")]
    [InlineData("\u2028edge\u2029", "edge")]
    public void EveryLineBreakOfTheTokenizerBecomesASpace(string text, string expected)
    {
        var line = ContextText.OneLine(text);
        Assert.Equal(expected, line);
        Assert.DoesNotContain(line, c => CharClass.IsLineBreak(c));
    }

    [Theory]
    [InlineData("the\0 rebels", "the  rebels")]
    [InlineData("a\tb", "a b")]
    [InlineData("a\u001B[31mred", "a [31mred")]
    [InlineData("bell\u0007 del\u007F c1\u009B", "bell  del  c1")]
    [InlineData("\0edge\0", "edge")]
    public void EveryControlCharacterBecomesASpace(string text, string expected)
    {
        // NUL ends a CSV cell early for R's read.csv; tab, ESC and the C1 controls misalign a table or drive a terminal.
        var line = ContextText.OneLine(text);
        Assert.Equal(expected, line);
        Assert.DoesNotContain(line, char.IsControl);
    }

    [Fact]
    public void LettersOfEveryScriptAndFormatCharactersAreKept()
    {
        // Not controls: Arabic letters, a right-to-left mark and a zero-width non-joiner stay as written.
        const string text = "قوات\u200Fالنظام a\u200Cb";
        Assert.Equal(text, ContextText.OneLine(text));
    }
}
