namespace Framing.Cli.Tests;

/// <summary>
/// Standard output holds only the output asked for. A command line without its command (<c>framing</c>,
/// <c>framing lexicons</c>, …) asks for nothing: it is a usage error (exit 2) whose help goes to standard error, so that
/// <c>framing &gt; out.txt</c> leaves no help text in the file. Help asked for (<c>--help</c>) still goes to standard output.
/// </summary>
public sealed class BareCommandHelpTests
{
    [Theory]
    [InlineData("Usage: framing <command>")]
    [InlineData("framing lexicons list", "lexicons")]
    [InlineData("framing distribute slurm", "distribute")]
    [InlineData("framing scale wordscores", "scale")]
    public void AMissingCommandIsAUsageErrorWithItsHelpOnStandardError(string shown, params string[] args)
    {
        var bare = CliRunner.Run(args);
        var asked = CliRunner.Run([.. args, "--help"]);

        Assert.Equal(2, bare.ExitCode);
        Assert.Equal(string.Empty, bare.Out);
        Assert.Contains(shown, bare.Error, StringComparison.Ordinal);
        Assert.Equal(asked.Out, bare.Error);
        Assert.Equal(0, asked.ExitCode);
        Assert.Equal(string.Empty, asked.Error);
    }
}
