namespace Framing.Cli.Tests;

/// <summary>
/// The scope of syria-conflict from the command line: a document that names neither Syria nor a Syrian place nor
/// Assad is out of scope, counted in its group's documents and tokens but in none of its scores (invented text).
/// </summary>
public sealed class ScopeCommandTests : IDisposable
{
    private const string Corpus =
        """
        {"id": "s1", "outlet": "a", "text": "The terrorists shelled Aleppo, the army said."}
        {"id": "s2", "outlet": "a", "text": "The terrorists attacked a mosque in Sinai; the regime in Cairo mourned."}
        {"id": "s3", "outlet": "b", "text": "قال الجيش السوري إن الإرهابيين انسحبوا."}
        {"id": "s4", "outlet": "b", "text": "وقال مسؤول إن الإرهابيين هاجموا المسجد في العريش."}

        """;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void GroupRowsCountOutOfScopeDocumentsApart()
    {
        var corpus = _temp.Write("c.jsonl", Corpus);
        var result = CliRunner.Run("score", corpus, "--lexicon", "syria-conflict", "--format", "csv", "--bootstrap", "0", "-q");
        Assert.Equal(0, result.ExitCode);
        var rows = Csv.Parse(result.Out);
        foreach (var group in new[] { "a", "b" })
        {
            var armed = rows.Single(r => r["group"] == group && r["dimension"] == "armed-opposition");
            Assert.Equal(("2", "1"), (armed["documents"], armed["documents_out_of_scope"]));
            Assert.Equal(("1", "1"), (armed["count_a"], armed["out_of_scope_count_a"]));
        }

        var government = rows.Single(r => r["group"] == "a" && r["dimension"] == "government-forces");
        Assert.Equal(("0", "1"), (government["count_b"], government["out_of_scope_count_b"])); // "the regime" of the Sinai page
    }

    [Fact]
    public void TheSummaryLineSaysHowManyDocumentsAreOutOfScope()
    {
        var corpus = _temp.Write("c.jsonl", Corpus);
        var result = CliRunner.Run("score", corpus, "--lexicon", "syria-conflict", "--format", "csv", "--bootstrap", "0");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("framing: scored 4 documents (2 out of the lexicon's scope: none of their matches counts) in 2 groups", result.Error, StringComparison.Ordinal);
        var starter = CliRunner.Run("score", corpus, "--format", "csv", "--bootstrap", "0");
        Assert.Contains("framing: scored 4 documents in 2 groups", starter.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MergeSaysHowManyDocumentsAreOutOfScopeAsScoreDoes()
    {
        var corpus = _temp.Write("c.jsonl", Corpus);
        var states = new List<string>();
        for (var i = 1; i <= 2; i++)
        {
            var state = Path.Combine(_temp.Path, $"s{i}.json");
            Assert.Equal(0, CliRunner.Run("score", corpus, "--lexicon", "syria-conflict", "--shard", $"{i}/2", "--save-state", state, "--bootstrap", "0", "-q", "-o", Path.Combine(_temp.Path, $"o{i}.csv")).ExitCode);
            states.Add(state);
        }

        var merged = CliRunner.Run("merge", states[0], states[1], "--format", "csv");
        Assert.Equal(0, merged.ExitCode);
        Assert.Contains("framing: merged 2 states: 4 documents (2 out of the lexicon's scope: none of their matches counts) in 2 groups", merged.Error, StringComparison.Ordinal);
        var whole = CliRunner.Run("score", corpus, "--lexicon", "syria-conflict", "--format", "csv", "--bootstrap", "0", "-q");
        Assert.Equal(whole.Out, merged.Out);
    }

    [Fact]
    public void KeynessLabelsTheLexiconsTermsWhateverTheScope()
    {
        var corpus = _temp.Write("c.jsonl", Corpus);
        var result = CliRunner.Run("keyness", corpus, "--lexicon", "syria-conflict", "--target", "a", "--min-count", "1", "--top", "100", "--format", "csv", "-q");
        Assert.Equal(0, result.ExitCode);
        var terrorists = Csv.Parse(result.Out).Single(r => r["term"] == "terrorists");
        Assert.Contains("armed-opposition/terrorism", terrorists["lexicon"], StringComparison.Ordinal);
    }

    [Fact]
    public void PerDocumentRowsSayWhichDocumentIsOutOfScope()
    {
        var corpus = _temp.Write("c.jsonl", Corpus);
        var result = CliRunner.Run("score", corpus, "--lexicon", "syria-conflict", "--per-document", "--format", "csv", "--bootstrap", "0", "-q");
        Assert.Equal(0, result.ExitCode);
        var rows = Csv.Parse(result.Out).Where(r => r["dimension"] == "armed-opposition").ToList();
        Assert.Equal(["0", "1", "0", "1"], rows.Select(r => r["out_of_scope"]));
        Assert.Equal(["1", "0", "1", "0"], rows.Select(r => r["count_a"]));
        Assert.Equal(["0", "1", "0", "1"], rows.Select(r => r["out_of_scope_count_a"]));
        Assert.Equal(["1", "", "1", ""], rows.Select(r => r["score"]));
    }

    [Fact]
    public void KwicShowsOutOfScopeMatchesByTheirStatus()
    {
        var corpus = _temp.Write("c.jsonl", Corpus);
        var result = CliRunner.Run("kwic", corpus, "--lexicon", "syria-conflict", "--status", "out-of-scope", "--format", "csv", "-q");
        Assert.Equal(0, result.ExitCode);
        var rows = Csv.Parse(result.Out);
        Assert.Equal(["s2", "s4"], rows.Select(r => r["id"]).Distinct());
        Assert.All(rows, r => Assert.Equal("out-of-scope", r["status"]));
        var counted = Csv.Parse(CliRunner.Run("kwic", corpus, "--lexicon", "syria-conflict", "--status", "counted", "--format", "csv", "-q").Out);
        Assert.Equal(["s1", "s3"], counted.Select(r => r["id"]).Distinct());
    }

    [Fact]
    public void ValidateGivesEachSidesShareOfDocumentsOutOfScope()
    {
        var corpus = _temp.Write("c.jsonl", Corpus + "{\"id\": \"s5\", \"outlet\": \"b\", \"text\": \"Rebels held Homs.\"}\n");
        var known = _temp.Write("known.csv", "outlet,leaning\na,gov\nb,opp\n");
        var result = CliRunner.Run("validate", corpus, "--lexicon", "syria-conflict", "--known", known, "--side-a", "gov", "--side-b", "opp", "--format", "csv", "--bootstrap", "0", "-q");
        Assert.Equal(0, result.ExitCode);
        var armed = Csv.Parse(result.Out).Single(r => r["dimension"] == "armed-opposition");
        Assert.Equal(("0.5", "0.333333"), (armed["out_of_scope_a"], armed["out_of_scope_b"]));
        Assert.Equal(("0.5", "0.333333"), (armed["no_match_a"], armed["no_match_b"])); // the out-of-scope documents are among them
    }

    [Fact]
    public void LexiconsShowNamesTheScope()
    {
        var result = CliRunner.Run("lexicons", "show", "syria-conflict");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"scope: a document must name one of \d+ ar words, \d+ en words for its matches to count", result.Out);
        var starter = CliRunner.Run("lexicons", "show", "starter");
        Assert.DoesNotContain("scope:", starter.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CoverageListsScopeWordsApartFromTheUnmatchedWords()
    {
        // "aleppo", "syrian" and "homs" were unmatched unigrams, at the top of what the lexicon seemed to lack.
        var corpus = _temp.Write("c.jsonl", Corpus + "{\"id\": \"s5\", \"outlet\": \"a\", \"text\": \"Aleppo mourned; Syrian rescuers searched Aleppo and Homs.\"}\n");
        var result = CliRunner.Run("coverage", corpus, "--lexicon", "syria-conflict", "--format", "csv", "-q");
        Assert.True(result.ExitCode == 0, result.Error);
        var rows = Csv.Parse(result.Out).Where(r => r["group"] == "a").ToList();
        Assert.DoesNotContain(rows, r => r["kind"] == "unigram" && r["term"] is "aleppo" or "syrian" or "homs");
        Assert.Equal(["aleppo", "homs", "syrian"], rows.Where(r => r["kind"] == "scope").Select(r => r["term"]));
        Assert.Equal(["1", "2", "3"], rows.Where(r => r["kind"] == "scope").Select(r => r["rank"]));
        Assert.Equal("3", rows.Single(r => r["kind"] == "scope" && r["term"] == "aleppo")["count"]);
        Assert.Contains(rows, r => r["kind"] == "unigram" && r["term"] == "mourned");
        Assert.Equal("scope", rows[^1]["kind"]); // after the bigrams

        var starter = Csv.Parse(CliRunner.Run("coverage", corpus, "--format", "csv", "-q").Out);
        Assert.DoesNotContain(starter, r => r["kind"] == "scope");
        Assert.Contains(starter, r => r["kind"] == "unigram" && r["term"] == "aleppo");
    }

    [Fact]
    public void TheReportListsScopeWordsInAColumnOfTheirOwn()
    {
        var corpus = _temp.Write("c.jsonl", Corpus);
        var html = CliRunner.Run("report", corpus, "--lexicon", "syria-conflict", "--bootstrap", "0", "-q").Out;
        Assert.Contains("<th>unmatched phrases</th><th>scope words</th></tr>", html, StringComparison.Ordinal);
        var starter = CliRunner.Run("report", corpus, "--bootstrap", "0", "-q").Out;
        Assert.Contains("<th>unmatched phrases</th></tr>", starter, StringComparison.Ordinal);
    }

    [Fact]
    public void ScopeIgnoreCountsEveryDocumentAndSaysSo()
    {
        // A corpus already about the war: the Sinai page's and the Arish page's labels count with --scope ignore.
        var corpus = _temp.Write("c.jsonl", Corpus);
        var result = CliRunner.Run("score", corpus, "--lexicon", "syria-conflict", "--scope", "ignore", "--format", "json", "--bootstrap", "0");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("\"scope\": \"ignored\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("framing: scored 4 documents (the lexicon's scope ignored: every document in scope) in 2 groups", result.Error, StringComparison.Ordinal);
        var rows = Csv.Parse(CliRunner.Run("score", corpus, "--lexicon", "syria-conflict", "--scope", "ignore", "--format", "csv", "--bootstrap", "0", "-q").Out);
        var armed = rows.Single(r => r["group"] == "a" && r["dimension"] == "armed-opposition");
        Assert.Equal(("2", "0", "0"), (armed["count_a"], armed["out_of_scope_count_a"], armed["documents_out_of_scope"]));

        var kwic = Csv.Parse(CliRunner.Run("kwic", corpus, "--lexicon", "syria-conflict", "--scope", "ignore", "--status", "out-of-scope", "--format", "csv", "-q").Out);
        Assert.Empty(kwic);
        var normal = CliRunner.Run("score", corpus, "--lexicon", "syria-conflict", "--format", "json", "--bootstrap", "0", "-q");
        Assert.DoesNotContain("\"scope\"", normal.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ScopeIgnoreWithALexiconWithoutScopeIsAUsageError()
    {
        var corpus = _temp.Write("c.jsonl", Corpus);
        var result = CliRunner.Run("score", corpus, "--scope", "ignore");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("framing: error: --scope ignore sets aside a lexicon's scope words, and lexicon 'starter' has none (no 'scope' section): every document is in scope already", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void StatesScoredWithoutScopeMergeOnlyWithoutScope()
    {
        var corpus = _temp.Write("c.jsonl", Corpus);
        var states = new List<string>();
        for (var i = 1; i <= 2; i++)
        {
            var state = Path.Combine(_temp.Path, $"s{i}.json");
            Assert.Equal(0, CliRunner.Run("score", corpus, "--lexicon", "syria-conflict", "--scope", "ignore", "--shard", $"{i}/2", "--save-state", state, "--bootstrap", "0", "-q", "-o", Path.Combine(_temp.Path, $"o{i}.csv")).ExitCode);
            states.Add(state);
        }

        var merged = CliRunner.Run("merge", states[0], states[1], "--scope", "ignore", "--format", "csv", "-q");
        Assert.True(merged.ExitCode == 0, merged.Error);
        Assert.Equal(CliRunner.Run("score", corpus, "--lexicon", "syria-conflict", "--scope", "ignore", "--format", "csv", "--bootstrap", "0", "-q").Out, merged.Out);
        // Another lexicon than the states': the message said to give the same lexicon with --lexicon, which it was.
        var without = CliRunner.Run("merge", states[0], states[1], "--format", "csv", "-q");
        Assert.Equal(2, without.ExitCode);
        Assert.Equal($"framing: error: {states[0]}: scored with --scope ignore (lexicon syria-conflict without its scope words); merge it with --scope ignore", Assert.Single(without.ErrorLines));

        var kept = Path.Combine(_temp.Path, "kept.json");
        Assert.Equal(0, CliRunner.Run("score", corpus, "--lexicon", "syria-conflict", "--save-state", kept, "--bootstrap", "0", "-q", "-o", Path.Combine(_temp.Path, "kept.csv")).ExitCode);
        var ignoring = CliRunner.Run("merge", kept, "--scope", "ignore", "--format", "csv", "-q");
        Assert.Equal($"framing: error: {kept}: scored with the lexicon's scope (lexicon syria-conflict); merge it without --scope ignore", Assert.Single(ignoring.ErrorLines));
    }

    [Fact]
    public void DistributeSlurmPassesScopeIgnoreToTheShardsAndTheMerge()
    {
        var corpus = _temp.Write("c.jsonl", Corpus);
        var result = CliRunner.Run("distribute", "slurm", corpus, "--shards", "2", "--out", Path.Combine(_temp.Path, "run"), "--dry-run", "--lexicon", "syria-conflict", "--scope", "ignore");
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.OutLines.Where(l => l.Contains("--scope ignore", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.Contains(" score ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" merge ", StringComparison.Ordinal));
    }
}
