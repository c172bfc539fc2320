using Framing.Cli.Output;

namespace Framing.Cli.Tests;

/// <summary>
/// Output files are opened without an exclusive lock, so that two runs writing to the same target at the same time
/// (the common <c>-o /dev/null</c>) both work.
/// </summary>
public sealed class OutputFileTests
{
    [Fact]
    public void AnOutputFileThatAnotherWriterHoldsCanStillBeWritten()
    {
        using var temp = new TempFolder();
        var target = Path.Combine(temp.Path, "scores.csv");
        using (OutputFile.Create(target))
        {
            // Another framing writing to the same file at this moment.
            var result = CliRunner.Run("score", "--format", "csv", "-q", "-o", target);
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(string.Empty, result.Error);
        }

        Assert.StartsWith("group,dimension,", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void SavedStatesAndBaselinesCanBeWrittenWhileAnotherWriterHoldsTheFile()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", "{\"id\":\"a\",\"outlet\":\"x\",\"text\":\"The terrorists attacked.\"}\n");
        var state = Path.Combine(temp.Path, "state.json");
        var baseline = Path.Combine(temp.Path, "baseline.json");
        using (OutputFile.Create(state))
        using (OutputFile.Create(baseline))
        {
            Assert.Equal(0, CliRunner.Run("score", corpus, "-q", "--save-state", state, "-o", Path.Combine(temp.Path, "a.txt")).ExitCode);
            Assert.Equal(0, CliRunner.Run("check", corpus, "-q", "--save-baseline", baseline).ExitCode);
        }

        Assert.Contains("\"format\": \"framing-state\"", File.ReadAllText(state), StringComparison.Ordinal);
        Assert.Contains("\"documents_scored\": 1", File.ReadAllText(baseline), StringComparison.Ordinal);
    }

    [Fact]
    public void OpeningTruncatesAnExistingFile()
    {
        using var temp = new TempFolder();
        var target = temp.Write("old.txt", "a much longer previous content than what follows");
        using (var stream = OutputFile.Create(target))
        {
            stream.Write("new"u8);
        }

        Assert.Equal("new", File.ReadAllText(target));
    }
}
