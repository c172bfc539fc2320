using System.Globalization;
using System.Text.Json;

namespace Framing.Cli.Tests;

public sealed class CoverageCommandTests
{
    private static readonly string[] Columns =
        ["group", "documents", "tokens", "covered_tokens", "coverage", "kind", "rank", "term", "count", "share"];

    private const string Corpus =
        """
        {"id": "1", "outlet": "a", "language": "en", "text": "Regime forces shelled the old market. Rebels held the old market bridge."}
        {"id": "2", "outlet": "b", "language": "en", "text": "The army entered the old town."}
        {"id": "3", "outlet": "c", "language": "en", "text": "The rebels."}

        """;

    private static long L(string s) => long.Parse(s, CultureInfo.InvariantCulture);

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void SampleCorpusHasTheColumnsAndTheCoverageOfScore()
    {
        var result = CliRunner.Run("coverage", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Join(",", Columns), result.OutLines[0]);
        var rows = Csv.Parse(result.Out);
        Assert.Equal(["al-minbar", "al-mirsad", "harbor-tribune", "northern-courier"], rows.Select(r => r["group"]).Distinct().ToArray());
        Assert.Contains("counted 24 documents in 4 groups", result.Error, StringComparison.Ordinal);

        var score = Csv.Parse(CliRunner.Run("score", "--format", "csv", "--bootstrap", "0").Out);
        foreach (var group in rows.GroupBy(r => r["group"]))
        {
            var scoreRow = score.First(r => r["group"] == group.Key);
            Assert.All(group, r => Assert.Equal(scoreRow["coverage"], r["coverage"]));
            Assert.All(group, r => Assert.Equal(scoreRow["tokens"], r["tokens"]));
            Assert.All(group, r => Assert.Equal(scoreRow["documents"], r["documents"]));
            Assert.All(group, r => Assert.Equal(D(r["coverage"]), L(r["covered_tokens"]) / (double)L(r["tokens"]), 5));
        }
    }

    [Fact]
    public void TermsAreRankedByCountThenTermOrdinalWithinGroupAndKind()
    {
        var rows = Csv.Parse(CliRunner.Run("coverage", "--format", "csv", "--top", "1000", "--lexicon", "syria-conflict").Out);
        Assert.Contains(rows, r => r["kind"] == "unigram");
        Assert.Contains(rows, r => r["kind"] == "bigram");
        foreach (var block in rows.GroupBy(r => (r["group"], r["kind"])))
        {
            var list = block.ToList();
            Assert.Equal(Enumerable.Range(1, list.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)), list.Select(r => r["rank"]));
            for (var i = 1; i < list.Count; i++)
            {
                var (previous, current) = (L(list[i - 1]["count"]), L(list[i]["count"]));
                Assert.True(previous > current || (previous == current && string.CompareOrdinal(list[i - 1]["term"], list[i]["term"]) < 0), $"{block.Key}: rank {i + 1}");
            }

            Assert.All(list, r => Assert.Equal(L(r["count"]) / (double)L(r["tokens"]), D(r["share"]), 5));
            Assert.All(list, r => Assert.Equal(block.Key.Item2 == "bigram" ? 1 : 0, r["term"].Count(c => c == ' ')));
        }
    }

    [Fact]
    public void TopAndNgramsSelectTheRows()
    {
        var top3 = Csv.Parse(CliRunner.Run("coverage", "--format", "csv", "--top", "3").Out);
        Assert.Equal(4 * 2 * 3, top3.Count);
        var unigrams = Csv.Parse(CliRunner.Run("coverage", "--format", "csv", "--ngrams", "1").Out);
        Assert.All(unigrams, r => Assert.Equal("unigram", r["kind"]));
        Assert.Equal(4 * 20, unigrams.Count);
        var bigrams = Csv.Parse(CliRunner.Run("coverage", "--format", "csv", "--ngrams", "2", "--top", "5").Out);
        Assert.All(bigrams, r => Assert.Equal("bigram", r["kind"]));
        Assert.Equal(4 * 5, bigrams.Count);
    }

    [Fact]
    public void StopwordsAreLeftOutUnlessNone()
    {
        var builtin = Csv.Parse(CliRunner.Run("coverage", "--format", "csv", "--top", "1000", "--ngrams", "1").Out);
        Assert.DoesNotContain(builtin, r => r["term"] is "the" or "of" or "في" or "من");
        var none = Csv.Parse(CliRunner.Run("coverage", "--format", "csv", "--top", "1000", "--ngrams", "1", "--stopwords", "none").Out);
        Assert.Contains(none, r => r["group"] == "harbor-tribune" && r["term"] == "the" && r["rank"] == "1");
        Assert.Contains(none, r => r["group"] == "al-minbar" && r["term"] == "في");
    }

    [Fact]
    public void StopwordKeywordsAreTakenInAnyCaseAndAFileNamedLikeOneByItsFolder()
    {
        // Before: --stopwords BUILTIN was read as a file name ("cannot read the stopword list BUILTIN"), while every
        // choice (--measure CHI2) is taken in any case.
        var builtin = CliRunner.Run("coverage", "--format", "json", "--top", "1000", "--ngrams", "1", "--stopwords", "BUILTIN");
        Assert.True(builtin.ExitCode == 0, builtin.Error);
        Assert.Equal(CliRunner.Run("coverage", "--format", "json", "--top", "1000", "--ngrams", "1").Out, builtin.Out);
        var none = CliRunner.Run("coverage", "--format", "csv", "--top", "1000", "--ngrams", "1", "--stopwords", "None");
        Assert.True(none.ExitCode == 0, none.Error);
        Assert.Contains(Csv.Parse(none.Out), r => r["group"] == "harbor-tribune" && r["term"] == "the" && r["rank"] == "1");

        using var folder = new TempFolder();
        var named = folder.Write("builtin", "the\n");
        var own = CliRunner.Run("coverage", "--format", "json", "--top", "1000", "--ngrams", "1", "--stopwords", named);
        Assert.True(own.ExitCode == 0, own.Error);
        Assert.Equal(named, JsonDocument.Parse(own.Out).RootElement.GetProperty("stopwords").GetString());
    }

    [Fact]
    public void TotalIsRefusedWhenAGroupHasItsName()
    {
        // A group named (all) and the whole corpus's rows read alike: the total could not be told from the group.
        using var folder = new TempFolder();
        var corpus = folder.Write("c.jsonl", "{\"id\":\"1\",\"outlet\":\"(all)\",\"text\":\"the market bridge\"}\n{\"id\":\"2\",\"outlet\":\"b\",\"text\":\"the old road\"}\n");

        var total = CliRunner.Run("coverage", corpus, "--format", "csv", "--total");
        var groups = CliRunner.Run("coverage", corpus, "--format", "csv");

        Assert.Equal(2, total.ExitCode);
        Assert.Equal($"framing: error: {corpus}: a group is named (all), the name --total gives the whole corpus: leave out --total, or rename the group", Assert.Single(total.ErrorLines));
        Assert.Empty(total.Out);
        Assert.Equal(0, groups.ExitCode);
        Assert.Contains(groups.OutLines, l => l.StartsWith("(all),", StringComparison.Ordinal));
    }

    [Fact]
    public void ExactRowsOfASmallCorpusWithTotal()
    {
        using var folder = new TempFolder();
        var corpus = folder.Write("c.jsonl", Corpus);
        var result = CliRunner.Run("coverage", corpus, "--format", "csv", "--total", "--top", "3");
        Assert.Equal(0, result.ExitCode);
        var lines = result.OutLines.Skip(1).ToArray();
        Assert.Equal(
            [
                "a,1,12,3,0.25,unigram,1,market,2,0.166667",
                "a,1,12,3,0.25,unigram,2,old,2,0.166667",
                "a,1,12,3,0.25,unigram,3,bridge,1,0.0833333",
                "a,1,12,3,0.25,bigram,1,old market,2,0.166667",
                "a,1,12,3,0.25,bigram,2,market bridge,1,0.0833333",
                "b,1,6,0,0,unigram,1,army,1,0.166667",
                "b,1,6,0,0,unigram,2,entered,1,0.166667",
                "b,1,6,0,0,unigram,3,old,1,0.166667",
                "b,1,6,0,0,bigram,1,army entered,1,0.166667",
                "b,1,6,0,0,bigram,2,old town,1,0.166667",
                "c,1,2,1,0.5,,,,,", // every token is a stopword or covered: one row keeps the group's coverage
                "(all),3,20,4,0.2,unigram,1,old,3,0.15",
                "(all),3,20,4,0.2,unigram,2,market,2,0.1",
                "(all),3,20,4,0.2,unigram,3,army,1,0.05",
                "(all),3,20,4,0.2,bigram,1,old market,2,0.1",
                "(all),3,20,4,0.2,bigram,2,army entered,1,0.05",
                "(all),3,20,4,0.2,bigram,3,market bridge,1,0.05",
            ],
            lines);
    }

    [Fact]
    public void AStopwordFileAndMinLengthApply()
    {
        using var folder = new TempFolder();
        var corpus = folder.Write("c.jsonl", Corpus);
        var stopwords = folder.Write("stop.txt", "# my list\nmarket\n\nTOWN\n");
        var rows = Csv.Parse(CliRunner.Run("coverage", corpus, "--format", "csv", "--stopwords", stopwords, "--min-length", "4").Out);
        Assert.Equal(
            ["a unigram bridge", "a unigram held", "a unigram shelled", "b bigram army entered", "b unigram army", "b unigram entered", "c  "],
            rows.Select(r => r["group"] + " " + r["kind"] + " " + r["term"]).Order(StringComparer.Ordinal).ToArray());

        // The file replaces the built-in list: "the" counts.
        var three = Csv.Parse(CliRunner.Run("coverage", corpus, "--format", "csv", "--stopwords", stopwords, "--min-length", "3").Out);
        Assert.Equal("2", three.Single(r => r["group"] == "a" && r["kind"] == "unigram" && r["term"] == "the")["count"]);
        Assert.Equal("2", three.Single(r => r["group"] == "a" && r["kind"] == "bigram" && r["term"] == "the old")["count"]);
        Assert.DoesNotContain(three, r => r["term"].Contains("market", StringComparison.Ordinal) || r["term"].Contains("town", StringComparison.Ordinal));
    }

    [Fact]
    public void JsonHasMetadataAndRows()
    {
        var result = CliRunner.Run("coverage", "--format", "json", "--top", "2");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("starter", root.GetProperty("lexicon").GetProperty("id").GetString());
        Assert.Equal("builtin", root.GetProperty("stopwords").GetString());
        Assert.Equal(24, root.GetProperty("documents_scored").GetInt64());
        Assert.Equal(0, root.GetProperty("documents_rejected").GetInt64());
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(4 * 2 * 2, rows.Count);
        Assert.Equal(Columns, rows[0].EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(JsonValueKind.Number, rows[0].GetProperty("coverage").ValueKind);
        Assert.Equal(1, rows[0].GetProperty("rank").GetInt64());
    }

    [Fact]
    public void AGroupWithoutUnmatchedTermsHasEmptyTextCellsAndMissingFigures()
    {
        // Before: kind and term were null in JSON, where README says an empty text cell is "" (as learn and kwic write).
        using var folder = new TempFolder();
        var corpus = folder.Write("c.jsonl", "{\"id\":\"1\",\"outlet\":\"v\",\"text\":\"terrorists\"}\n");
        var result = CliRunner.Run("coverage", corpus, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(("", ""), (row.GetProperty("kind").GetString(), row.GetProperty("term").GetString()));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null, JsonValueKind.Null), (row.GetProperty("rank").ValueKind, row.GetProperty("count").ValueKind, row.GetProperty("share").ValueKind));
    }

    [Fact]
    public void TableIsCompactAndWritesToAFile()
    {
        var table = CliRunner.Run("coverage", "--top", "1");
        Assert.Equal(0, table.ExitCode);
        Assert.StartsWith("group ", table.OutLines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("covered_tokens", table.OutLines[0], StringComparison.Ordinal);
        Assert.Contains("term", table.OutLines[0], StringComparison.Ordinal);

        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "out.csv");
        var result = CliRunner.Run("coverage", "--format", "csv", "-o", path, "-q");
        Assert.Equal((0, string.Empty, string.Empty), (result.ExitCode, result.Out, result.Error));
        Assert.StartsWith(string.Join(",", Columns) + "\n", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void OutputIsTheSameUnderEveryCulture()
    {
        var invariant = CliRunner.Run("coverage", "--format", "csv").Out;
        var saved = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "tr-TR", "ar-SA", "de-DE" })
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                Assert.Equal(invariant, CliRunner.Run("coverage", "--format", "csv").Out);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void HelpDocumentsTheColumns()
    {
        var result = CliRunner.Run("coverage", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage: framing coverage", result.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:", result.Out, StringComparison.Ordinal);
        Assert.All(Columns, c => Assert.Contains(c, result.Out, StringComparison.Ordinal));
        Assert.Contains("coverage", CliRunner.Run("--help").Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coverage", "--ngrams", "3")]
    [InlineData("coverage", "--ngrams", "1..3")]
    [InlineData("coverage", "--ngrams", "x")]
    [InlineData("coverage", "--top", "0")]
    [InlineData("coverage", "--top", "many")]
    [InlineData("coverage", "--min-length", "-1")]
    [InlineData("coverage", "--format", "xml")]
    [InlineData("coverage", "--lexicon", "no-such-lexicon")]
    [InlineData("coverage", "--by", "no-such-field")]
    [InlineData("coverage", "--unknown-option")]
    [InlineData("coverage", "no-such-corpus.jsonl")]
    [InlineData("coverage", "--stopwords", "no-such-stopwords.txt")]
    public void BadOptionsExitTwo(params string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("framing: error: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void ABadStopwordLineIsReportedWithItsFileAndLine()
    {
        using var folder = new TempFolder();
        var stopwords = folder.Write("stop.txt", "# my list\nthe\nin the\n");
        var result = CliRunner.Run("coverage", "--stopwords", stopwords);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {stopwords}:3: a stopword line holds one word, not 'in the'", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void BadRecordsStopOrAreSkipped()
    {
        using var folder = new TempFolder();
        var corpus = folder.Write("c.jsonl", "{\"id\": \"1\", \"outlet\": \"a\", \"text\": \"Old market.\"}\n{not json\n");
        var stopped = CliRunner.Run("coverage", corpus);
        Assert.Equal(2, stopped.ExitCode);
        Assert.Matches(@"^framing: error: .*c\.jsonl:2: ", Assert.Single(stopped.ErrorLines));

        var skipped = CliRunner.Run("coverage", corpus, "--skip-invalid", "--format", "csv");
        Assert.Equal(0, skipped.ExitCode);
        Assert.Contains("rejected 1", skipped.Error, StringComparison.Ordinal);
        Assert.Equal(["unigram market", "unigram old", "bigram old market"], Csv.Parse(skipped.Out).Select(r => r["kind"] + " " + r["term"]).ToArray());
    }
}
