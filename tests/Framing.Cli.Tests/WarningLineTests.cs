namespace Framing.Cli.Tests;

/// <summary>
/// Warnings, notes and summary lines are written as errors are: whatever a file name, an outlet name, an id or a field
/// of a record puts in them, each stays one line of plain text, a line break, ESC or a bidi control shown as \uXXXX.
/// </summary>
public sealed class WarningLineTests
{
    // A line break, a terminal escape sequence (clear the screen) and a right-to-left override.
    // A bidi override inside the name: first or last, it makes a group or id a rejected record of its own.
    private const string Hostile = "x\n\u001b[2J\u202Ey";
    private const string HostileJson = "x\\n\\u001b[2J\\u202ey";
    private const string Shown = "x\\u000A\\u001B[2J\\u202Ey";

    [Fact]
    public void ASkippedRecordWarningShowsAFieldNameAsPlainText()
    {
        using var folder = new TempFolder();
        var corpus = folder.Write("c.jsonl",
            "{\"id\":\"d1\",\"outlet\":\"a\",\"text\":\"the rebels took the town\"}\n"
            + $"{{\"id\":\"d2\",\"outlet\":\"a\",\"text\":\"the town\",\"{HostileJson}\":1,\"{HostileJson}\":2}}\n");

        var result = CliRunner.Run("score", corpus, "--skip-invalid", "-f", "csv");

        Assert.Equal(0, result.ExitCode);
        AssertPlain(result.Error);
        Assert.Contains($"framing: warning: skipped {corpus}:2: duplicate field \"{Shown}\"", result.ErrorLines);
    }

    [Fact]
    public void ADriftWarningShowsAnOutletNameAsPlainText()
    {
        using var folder = new TempFolder();
        var before = folder.Write("before.jsonl", "{\"id\":\"d1\",\"outlet\":\"a\",\"text\":\"the rebels took the town\"}\n");
        var after = folder.Write("after.jsonl", $"{{\"id\":\"d1\",\"outlet\":\"{HostileJson}\",\"text\":\"the rebels took the town\"}}\n");
        var baseline = Path.Combine(folder.Path, "baseline.json");
        Assert.Equal(0, CliRunner.Run("check", before, "--save-baseline", baseline).ExitCode);

        var result = CliRunner.Run("check", after, "--baseline", baseline, "--save-baseline", Path.Combine(folder.Path, "new.json"));

        Assert.Equal(0, result.ExitCode);
        AssertPlain(result.Error);
        var warning = Assert.Single(result.ErrorLines, l => l.StartsWith("framing: warning: ", StringComparison.Ordinal));
        Assert.Contains($"is a group of the corpus ('{Shown}')", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void ASummaryLineShowsAFileNameAsPlainText()
    {
        using var folder = new TempFolder();
        var corpus = folder.Write(Hostile + ".jsonl", "{\"id\":\"d1\",\"outlet\":\"a\",\"text\":\"the rebels took the town\"}\n");

        var result = CliRunner.Run("score", corpus, "--bootstrap", "0");

        Assert.Equal(0, result.ExitCode);
        AssertPlain(result.Error);
        var summary = Assert.Single(result.ErrorLines);
        Assert.EndsWith($"{Shown}.jsonl; rejected 0", summary, StringComparison.Ordinal);
    }

    private static void AssertPlain(string error)
    {
        Assert.DoesNotContain('\u001b', error);
        Assert.DoesNotContain('\u202E', error);
        Assert.All(error.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.StartsWith("framing: ", l, StringComparison.Ordinal));
    }
}
