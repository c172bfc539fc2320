using Framing.Cli.Commands.Distribute;

namespace Framing.Cli.Tests.Distribute;

/// <summary>
/// <c>--framing-command</c> is written at the start of script lines, before a subcommand and its arguments. A command
/// that would break those lines (an unclosed quote, a final backslash, a comment) is refused; every other one is
/// accepted. Bash is the judge: each case is put before <c> score x</c>, as the scripts do, and bash must read
/// <c>score</c> and <c>x</c> as the last two words exactly when the command is accepted.
/// </summary>
public sealed class FramingCommandTests
{
    public static TheoryData<string, string?> Commands => new()
    {
        { string.Empty, null },
        { "a", null },
        { "'a b'", null },
        { "\"a b\"", null },
        { "a\\ b", null },
        { "\"it's\"", null },
        { "'say \"hi\"'", null },
        { "$'it\\'s'", null },
        { "\"a\\\"b\"", null },
        { "x#y", null },
        { "'#'", null },
        { "\"#\"", null },
        { "\\#", null },
        { "a\\\\", null },
        { "'a", "a single quote is never closed" },
        { "\"a", "a double quote is never closed" },
        { "\"a\\\"", "a double quote is never closed" },
        { "$'a\\'", "a single quote is never closed" },
        { "a\\", "it ends with a backslash" },
        { "#x", "comment out the rest of the line" },
        { "a #x", "comment out the rest of the line" },
        { "a\t#x", "comment out the rest of the line" },
        { "a;#x", "comment out the rest of the line" },
        { "`echo a`", null },
        { "\"`echo a`\"", null },
        { "$(echo a)", null },
        { "\"$(echo 'a b')\"", null },
        { "$(echo ')')", null },
        { "$(echo \"a)\")", null },
        { "$((1+2))", null },
        { "${HOME}", null },
        { "\"${HOME}\"", null },
        { "a}", null },
        { "\"a)\"", null },
        { "'`'", null },
        { "\\`", null },
        { "a`", "a backquote is never closed" },
        { "\"`\"", "is never closed" }, // the quote after the backquote opens inside the substitution
        { "dotnet `x", "a backquote is never closed" },
        { "$(", "'$(' is never closed" },
        { "dotnet $(pwd", "'$(' is never closed" },
        { "\"$(pwd\"", "is never closed" },
        { "$(echo #)", "comment out the rest of the line" },
        { "(a", "'(' or '$(' is never closed" },
        { "a)", "a ')' closes nothing" },
        { "${HOME", "'${' is never closed" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void TheProblemIsFoundExactlyWhenBashWouldNotRunTheSubcommand(string words, string? problem)
    {
        var found = ShellQuote.CommandProblem(words);
        if (problem is null)
        {
            Assert.Null(found);
        }
        else
        {
            Assert.Contains(problem, found, StringComparison.Ordinal);
        }

        var result = Shell.Bash(["-c", "printf '%s\\0' " + words + " score x"]);
        var printed = result.Out.Split('\0');
        var bashRunsTheSubcommand = result.ExitCode == 0 && printed.Length >= 3 && printed[^3] == "score" && printed[^2] == "x";
        Assert.Equal(problem is null, bashRunsTheSubcommand);
    }

    [Theory]
    [InlineData("dotnet '/opt/my framing/Framing.Cli.dll", "a single quote is never closed")]
    [InlineData("framing #latest", "comment out the rest of the line")]
    [InlineData("framing\\", "it ends with a backslash")]
    [InlineData("dotnet `x", "a backquote is never closed")]
    [InlineData("dotnet $(", "'$(' is never closed")]
    public void DistributeRefusesACommandTheScriptsCouldNotRun(string command, string problem)
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"x\"}\n");
        var output = Path.Combine(temp.Path, "o");
        var result = CliRunner.Run("distribute", "slurm", corpus, "--shards", "2", "--out", output, "--framing-command", command, "--dry-run");
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: --framing-command must be shell words that the script can run, but ", line, StringComparison.Ordinal);
        Assert.Contains(problem, line, StringComparison.Ordinal);
        Assert.EndsWith($": '{command}'", line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void AQuotedPathWithSpacesIsAccepted()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"x\"}\n");
        var result = CliRunner.Run("distribute", "slurm", corpus, "--shards", "2", "--out", Path.Combine(temp.Path, "o"), "--framing-command", "dotnet '/opt/my framing/Framing.Cli.dll'", "--dry-run");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("dotnet '/opt/my framing/Framing.Cli.dll' score ", result.Out, StringComparison.Ordinal);
    }
}
