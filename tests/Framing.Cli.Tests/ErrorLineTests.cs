namespace Framing.Cli.Tests;

/// <summary>
/// Whatever the input puts in it, an error is one line of plain text: a line break, ESC or a bidi control in an
/// option's value or a file name is shown as \uXXXX, never sent to the terminal.
/// </summary>
public sealed class ErrorLineTests
{
    [Fact]
    public void AnEscapeSequenceInAnOptionValueIsShownNotSentToTheTerminal()
    {
        var result = CliRunner.Run("kwic", "--dimension", "\u001b[31mdim");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: unknown dimension '\\u001B[31mdim'", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.Error);
    }

    [Fact]
    public void ALineBreakOrABidiOverrideInAFileNameKeepsTheErrorOnOneLine()
    {
        var result = CliRunner.Run("score", "no\nsuch\u202Efile.jsonl");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal("framing: error: no\\u000Asuch\\u202Efile.jsonl: no such file or directory", line);
    }
}
