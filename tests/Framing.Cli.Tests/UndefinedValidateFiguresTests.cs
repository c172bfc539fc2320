namespace Framing.Cli.Tests;

/// <summary>
/// <c>framing validate --entries</c>: an entry's rate per 1,000 tokens of a side whose documents have no tokens is
/// undefined, and so is its log-odds ratio: written empty (null in JSON) as every undefined figure is, not 0.
/// </summary>
public sealed class UndefinedValidateFiguresTests : IDisposable
{
    // Invented text: the outlets of side A ("gov") have only punctuation, those of side B use the lexicon's words.
    private const string Corpus =
        """
        {"id": "a1", "outlet": "quiet-1", "language": "en", "text": "!!! ..."}
        {"id": "a2", "outlet": "quiet-2", "language": "en", "text": "?? --"}
        {"id": "b1", "outlet": "noisy-1", "language": "en", "text": "Rebels held the bridge in Aleppo against regime forces."}
        {"id": "b2", "outlet": "noisy-2", "language": "en", "text": "The rebels crossed the river into Syria."}

        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void EntryRatesOfASideWithoutTokensAreEmpty()
    {
        var corpus = _temp.Write("corpus.jsonl", Corpus);
        var known = _temp.Write("known.csv", "outlet,leaning\nquiet-1,gov\nquiet-2,gov\nnoisy-1,opp\nnoisy-2,opp\n");
        var result = CliRunner.Run(
            "validate", corpus, "--lexicon", "syria-conflict", "--known", known, "--side-a", "gov", "--side-b", "opp",
            "--entries", "--format", "csv", "--bootstrap", "0", "-q");
        Assert.Equal(0, result.ExitCode);
        var rows = Csv.Parse(result.Out);
        var rebels = Assert.Single(rows, r => r["lang"] == "en" && r["pattern"] == "rebels");
        Assert.Equal(("0", "2"), (rebels["count_a"], rebels["count_b"]));
        Assert.Equal(string.Empty, rebels["rate_a"]);
        Assert.NotEqual(string.Empty, rebels["rate_b"]);
        Assert.All(rows, r => Assert.Equal(string.Empty, r["rate_a"]));
        Assert.All(rows, r => Assert.Equal(string.Empty, r["log_odds_ratio"])); // odds of a token of side A are undefined
    }

    [Fact]
    public void EntryRatiosOfASideWithoutTokensHaveNoInterval()
    {
        // With a bootstrap, an entry one side-B outlet uses drew replicates without that outlet, whose ratio was 0 by
        // the prior: an interval [0, 0] around a ratio that is undefined.
        var corpus = _temp.Write("corpus.jsonl", Corpus);
        var known = _temp.Write("known.csv", "outlet,leaning\nquiet-1,gov\nquiet-2,gov\nnoisy-1,opp\nnoisy-2,opp\n");
        var result = CliRunner.Run(
            "validate", corpus, "--lexicon", "syria-conflict", "--known", known, "--side-a", "gov", "--side-b", "opp",
            "--entries", "--format", "csv", "--bootstrap", "200", "-q");
        Assert.Equal(0, result.ExitCode);
        var rows = Csv.Parse(result.Out);
        Assert.Contains(rows, r => r["pattern"] == "regime forces" && r["count_b"] == "1");
        Assert.All(rows, r => Assert.Equal(("", "", ""), (r["log_odds_ratio"], r["ci_low"], r["ci_high"])));
        Assert.All(rows.Where(r => r["verdict"] is not ("unused" or "neutral") && r["outlets_b"] != "1"), r => Assert.Equal("a side has no tokens", r["note"]));
    }
}
