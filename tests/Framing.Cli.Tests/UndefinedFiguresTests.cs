using System.Text.Json;

namespace Framing.Cli.Tests;

/// <summary>
/// A figure whose denominator is zero (a rate per 1,000 tokens or a coverage share of a group or document without
/// tokens) is undefined: written as <c>score</c> without a match is (empty in CSV, null in JSON, blank in the report),
/// never as 0.
/// </summary>
public sealed class UndefinedFiguresTests : IDisposable
{
    // Invented text: group "silent" has only punctuation (no token), group "loud" has words the lexicon knows.
    private const string Corpus =
        """
        {"id": "s1", "outlet": "silent", "language": "en", "text": "!!! ..."}
        {"id": "s2", "outlet": "silent", "language": "en", "text": "?? -- ..."}
        {"id": "l1", "outlet": "loud", "language": "en", "text": "Regime forces shelled the market. Rebels held the bridge."}
        {"id": "l2", "outlet": "loud", "language": "en", "text": "The terrorists fled the town."}

        """;

    private readonly TempFolder _temp = new();
    private readonly string _corpus;

    public UndefinedFiguresTests() => _corpus = _temp.Write("corpus.jsonl", Corpus);

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void GroupRowsWithoutTokensHaveNoRatesOrCoverage()
    {
        var result = CliRunner.Run("score", _corpus, "--lexicon", "syria-conflict", "--format", "csv", "--bootstrap", "0", "-q");
        Assert.Equal(0, result.ExitCode);
        var rows = Csv.Parse(result.Out);
        var silent = rows.Where(r => r["group"] == "silent").ToList();
        Assert.NotEmpty(silent);
        Assert.Contains(silent, r => r["dimension"] == "damascus-alignment"); // composite rows too
        Assert.All(silent, r => Assert.Equal(("0", "", "", ""), (r["tokens"], r["rate_a"], r["rate_b"], r["coverage"])));
        Assert.All(rows.Where(r => r["group"] == "loud"), r => Assert.NotEqual(string.Empty, r["coverage"]));

        using var json = JsonDocument.Parse(CliRunner.Run("score", _corpus, "--lexicon", "syria-conflict", "--format", "json", "--bootstrap", "0", "-q").Out);
        foreach (var row in json.RootElement.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("group").GetString() == "silent"))
        {
            Assert.Equal(JsonValueKind.Null, row.GetProperty("rate_a").ValueKind);
            Assert.Equal(JsonValueKind.Null, row.GetProperty("rate_b").ValueKind);
            Assert.Equal(JsonValueKind.Null, row.GetProperty("coverage").ValueKind);
        }
    }

    [Fact]
    public void MergedRowsWithoutTokensHaveNoRatesOrCoverage()
    {
        var state = Path.Combine(_temp.Path, "all.state");
        Assert.Equal(0, CliRunner.Run("score", _corpus, "--lexicon", "syria-conflict", "--save-state", state, "-q", "-o", Path.Combine(_temp.Path, "out.csv")).ExitCode);
        var merged = CliRunner.Run("merge", state, "--format", "csv", "-q");
        Assert.Equal(0, merged.ExitCode);
        var silent = Csv.Parse(merged.Out).Where(r => r["group"] == "silent").ToList();
        Assert.NotEmpty(silent);
        Assert.All(silent, r => Assert.Equal(("", "", ""), (r["rate_a"], r["rate_b"], r["coverage"])));
    }

    [Fact]
    public void DocumentRowsWithoutTokensHaveNoCoverage()
    {
        var result = CliRunner.Run("score", _corpus, "--lexicon", "syria-conflict", "--per-document", "--format", "csv", "-q");
        Assert.Equal(0, result.ExitCode);
        var rows = Csv.Parse(result.Out);
        Assert.All(rows.Where(r => r["group"] == "silent"), r => Assert.Equal(("0", ""), (r["tokens"], r["coverage"])));
        Assert.All(rows.Where(r => r["group"] == "loud"), r => Assert.NotEqual(string.Empty, r["coverage"]));

        using var json = JsonDocument.Parse(CliRunner.Run("score", _corpus, "--lexicon", "syria-conflict", "--per-document", "--format", "json", "-q").Out);
        Assert.All(
            json.RootElement.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("group").GetString() == "silent"),
            r => Assert.Equal(JsonValueKind.Null, r.GetProperty("coverage").ValueKind));
    }

    [Fact]
    public void CoverageOfAGroupWithoutTokensIsEmpty()
    {
        var result = CliRunner.Run("coverage", _corpus, "--lexicon", "syria-conflict", "--format", "csv", "-q");
        Assert.Equal(0, result.ExitCode);
        var silent = Assert.Single(Csv.Parse(result.Out), r => r["group"] == "silent");
        Assert.Equal(("0", "0", ""), (silent["tokens"], silent["covered_tokens"], silent["coverage"]));

        using var json = JsonDocument.Parse(CliRunner.Run("coverage", _corpus, "--lexicon", "syria-conflict", "--format", "json", "-q").Out);
        var row = json.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("group").GetString() == "silent");
        Assert.Equal(JsonValueKind.Null, row.GetProperty("coverage").ValueKind);
    }

    [Fact]
    public void ReportLeavesTheCoverageOfAGroupWithoutTokensBlank()
    {
        var result = CliRunner.Run("report", _corpus, "--lexicon", "syria-conflict", "--bootstrap", "0", "-q");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains(
            "<tr><td dir=\"auto\">silent</td><td class=\"num\">2</td><td class=\"num\">0</td><td class=\"num\"></td>",
            result.Out,
            StringComparison.Ordinal);
    }
}
