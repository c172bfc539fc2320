using System.Text.Json;

namespace Framing.Cli.Tests.Report;

/// <summary>What the report's text says agrees with what it shows, and compare's JSON says how its intervals were made.</summary>
public sealed class ReportTextTests
{
    [Fact]
    public void WithoutABootstrapThePageDescribesNoIntervalLines()
    {
        // Before, the scores section said "the line is its 95% document-bootstrap interval" with no line drawn.
        var without = CliRunner.Run("report", "--bootstrap", "0", "--permutations", "10", "-q");
        Assert.Equal(0, without.ExitCode);
        Assert.DoesNotContain("document-bootstrap interval", without.Out, StringComparison.Ordinal);
        Assert.Contains("No score has an interval here: no bootstrap (--bootstrap 0); every dot is hollow.", without.Out, StringComparison.Ordinal);

        var with = CliRunner.Run("report", "--bootstrap", "50", "--permutations", "10", "-q");
        Assert.Equal(0, with.ExitCode);
        Assert.Contains("the line is its 95% document-bootstrap interval", with.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TheContextLinesShowFiveWordsEachSideAsKwicDoes()
    {
        Assert.Equal(5, Framing.Reports.ReportOptions.Default.ContextWindow);
        var kwic = CliRunner.Run("kwic", "--help");
        Assert.Contains("[default: 5]", kwic.Out.Split('\n').Single(l => l.TrimStart().StartsWith("--window", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void ThePageSaysHowManyDocumentsAreOutOfTheLexiconsScope()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", """
            {"id": "1", "outlet": "a", "text": "The terrorists shelled Aleppo."}
            {"id": "2", "outlet": "a", "text": "The terrorists attacked a mosque in Sinai."}
            {"id": "3", "outlet": "b", "text": "Rebels held the hills near Idlib."}

            """);
        var html = CliRunner.Run("report", corpus, "--lexicon", "syria-conflict", "--bootstrap", "0", "--permutations", "10", "-q");
        Assert.Equal(0, html.ExitCode);
        Assert.Contains("3 documents scored (1 out of the lexicon's scope: none of their matches counts) in 2 groups", html.Out, StringComparison.Ordinal);
        var starter = CliRunner.Run("report", corpus, "--bootstrap", "0", "--permutations", "10", "-q");
        Assert.Contains("3 documents scored in 2 groups", starter.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CompareTablesNameEachRowsComparison()
    {
        // Without the column, an outlet named "rest" read "rest vs rest" under --pairs vs-rest, and one named "*" looked
        // like an omnibus row.
        var result = CliRunner.Run("compare", "--format", "markdown", "--pairs", "vs-rest", "--bootstrap", "20", "--permutations", "20", "-q");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.StartsWith("| dimension | comparison | group_1 | group_2 |", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("| armed-opposition | vs-rest | al-minbar | rest |", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("| armed-opposition | omnibus |", StringComparison.Ordinal));
    }

    [Fact]
    public void CompareJsonRecordsItsReplicatesAndMinimumDocuments()
    {
        var result = CliRunner.Run("compare", "--format", "json", "--bootstrap", "300", "--min-documents", "4", "--permutations", "20", "-q");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(300, json.RootElement.GetProperty("replicates").GetInt64());
        Assert.Equal(4, json.RootElement.GetProperty("min_documents").GetInt64());
    }
}
