namespace Framing.Cli.Tests;

/// <summary>The summary line each command writes to standard error counts in words that agree with the count: "1
/// document", "1 group", "1 match", never "1 documents".</summary>
public sealed class SummaryLineTests
{
    private const string OneDocument = "{\"id\":\"d1\",\"outlet\":\"a\",\"text\":\"The rebels held the town.\"}\n";

    [Fact]
    public void ScoreOfOneDocumentSaysOneDocumentInOneGroup()
    {
        using var temp = new TempFolder();
        var path = temp.Write("one.jsonl", OneDocument);
        var result = CliRunner.Run("score", path, "--format", "csv", "--bootstrap", "0");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"framing: scored 1 document in 1 group from {path}; rejected 0", result.ErrorLines[^1]);
    }

    [Fact]
    public void KwicOfOneMatchSaysOneMatchFromOneDocument()
    {
        using var temp = new TempFolder();
        var path = temp.Write("one.jsonl", OneDocument);
        var result = CliRunner.Run("kwic", path, "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.Single(Csv.Parse(result.Out));
        Assert.StartsWith("framing: 1 match shown from 1 document of ", result.ErrorLines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void CoverageAndMergeOfOneStateSayTheSingular()
    {
        using var temp = new TempFolder();
        var path = temp.Write("one.jsonl", OneDocument);
        var coverage = CliRunner.Run("coverage", path, "--format", "csv");
        Assert.Equal(0, coverage.ExitCode);
        Assert.Contains("framing: counted 1 document in 1 group from ", coverage.ErrorLines[^1], StringComparison.Ordinal);

        var state = System.IO.Path.Combine(temp.Path, "one.state.json");
        Assert.Equal(0, CliRunner.Run("score", path, "--save-state", state, "-q").ExitCode);
        var merged = CliRunner.Run("merge", state, "--format", "csv");
        Assert.Equal(0, merged.ExitCode);
        Assert.Equal("framing: merged 1 state: 1 document in 1 group; rejected 0", merged.ErrorLines[^1]);
    }

    [Fact]
    public void TwoDocumentsStayPlural()
    {
        using var temp = new TempFolder();
        var path = temp.Write("two.jsonl", OneDocument + OneDocument.Replace("d1", "d2", StringComparison.Ordinal).Replace("\"a\"", "\"b\"", StringComparison.Ordinal));
        var result = CliRunner.Run("score", path, "--format", "csv", "--bootstrap", "0");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"framing: scored 2 documents in 2 groups from {path}; rejected 0", result.ErrorLines[^1]);
    }
}
