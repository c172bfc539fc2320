using System.Globalization;
using System.Text.Json;

namespace Framing.Cli.Tests;

public sealed class ScoreCommandTests
{
    private static readonly string[] GroupColumns =
    [
        "group", "dimension", "documents", "tokens", "pole_a", "pole_b", "count_a", "count_b", "weight_a", "weight_b",
        "score", "ci_low", "ci_high", "log_odds", "count_neutral", "rate_a", "rate_b", "coverage",
        "editorial_count_a", "editorial_count_b", "quoted_count_a", "quoted_count_b", "voice", "ci_note",
        "attributed_count_a", "attributed_count_b", "negated_count_a", "negated_count_b", "off_target_count_a", "off_target_count_b",
        "out_of_scope_count_a", "out_of_scope_count_b", "documents_out_of_scope",
    ];

    [Fact]
    public void SampleCorpusScoresEachOutletOnItsOwnSide()
    {
        var result = CliRunner.Run("score", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Join(",", GroupColumns), result.OutLines[0]);
        var rows = Csv.Parse(result.Out);
        Assert.Equal(16, rows.Count); // 4 outlets x (3 dimensions + 1 composite)
        double Score(string group, string dimension) =>
            double.Parse(rows.Single(r => r["group"] == group && r["dimension"] == dimension)["score"], CultureInfo.InvariantCulture);
        foreach (var dimension in new[] { "armed-opposition", "government-forces", "damascus-alignment" })
        {
            Assert.True(Score("al-mirsad", dimension) > 0, dimension);
            Assert.True(Score("northern-courier", dimension) > 0, dimension);
            Assert.True(Score("al-minbar", dimension) < 0, dimension);
            Assert.True(Score("harbor-tribune", dimension) < 0, dimension);
        }

        Assert.Contains("scored 24 documents in 4 groups", result.Error, StringComparison.Ordinal);
        Assert.Contains("rejected 0", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ScoreAndCountsAreConsistentInEveryRow()
    {
        var rows = Csv.Parse(CliRunner.Run("score", "--format", "csv").Out);
        foreach (var row in rows)
        {
            var wa = double.Parse(row["weight_a"], CultureInfo.InvariantCulture);
            var wb = double.Parse(row["weight_b"], CultureInfo.InvariantCulture);
            var countA = long.Parse(row["count_a"], CultureInfo.InvariantCulture);
            var countB = long.Parse(row["count_b"], CultureInfo.InvariantCulture);
            Assert.Equal(countA, long.Parse(row["editorial_count_a"], CultureInfo.InvariantCulture) + long.Parse(row["quoted_count_a"], CultureInfo.InvariantCulture) + long.Parse(row["attributed_count_a"], CultureInfo.InvariantCulture));
            Assert.Equal(countB, long.Parse(row["editorial_count_b"], CultureInfo.InvariantCulture) + long.Parse(row["quoted_count_b"], CultureInfo.InvariantCulture) + long.Parse(row["attributed_count_b"], CultureInfo.InvariantCulture));
            if (wa + wb == 0)
            {
                Assert.Equal(string.Empty, row["score"]);
                Assert.Equal(string.Empty, row["log_odds"]);
            }
            else
            {
                Assert.Equal((wa - wb) / (wa + wb), double.Parse(row["score"], CultureInfo.InvariantCulture), 5);
                Assert.Equal(Math.Log((wa + 0.5) / (wb + 0.5)), double.Parse(row["log_odds"], CultureInfo.InvariantCulture), 5);
            }
        }
    }

    [Fact]
    public void IntervalsContainTheScoreAndDependOnlyOnTheSeed()
    {
        var rows = Csv.Parse(CliRunner.Run("score", "--format", "csv").Out);
        var withInterval = 0;
        foreach (var row in rows.Where(r => r["ci_low"].Length > 0))
        {
            withInterval++;
            var low = double.Parse(row["ci_low"], CultureInfo.InvariantCulture);
            var high = double.Parse(row["ci_high"], CultureInfo.InvariantCulture);
            var score = double.Parse(row["score"], CultureInfo.InvariantCulture);
            Assert.InRange(low, -1, 1);
            Assert.InRange(high, -1, 1);
            Assert.True(low <= score + 1e-9 && score <= high + 1e-9, $"{row["group"]} {row["dimension"]}: {low} {score} {high}");
            Assert.Equal(string.Empty, row["ci_note"]);
        }

        Assert.True(withInterval >= 12, "most sample rows have an interval");
        Assert.Equal(CliRunner.Run("score", "--format", "csv").Out, CliRunner.Run("score", "--format", "csv", "--seed", "1").Out);
        Assert.NotEqual(CliRunner.Run("score", "--format", "csv").Out, CliRunner.Run("score", "--format", "csv", "--seed", "2").Out);
    }

    [Fact]
    public void SmallGroupsGetANoteInsteadOfAnInterval()
    {
        var rows = Csv.Parse(CliRunner.Run("score", "--format", "csv", "--min-documents", "7").Out);
        Assert.All(rows, r => Assert.Equal(string.Empty, r["ci_low"]));
        Assert.All(rows, r => Assert.Equal("too few documents for an interval (6 < 7)", r["ci_note"]));
        var none = Csv.Parse(CliRunner.Run("score", "--format", "csv", "--bootstrap", "0").Out);
        Assert.All(none, r => Assert.Equal(string.Empty, r["ci_high"]));
        Assert.Equal(2, CliRunner.Run("score", "--confidence", "95").ExitCode);
        Assert.Equal(2, CliRunner.Run("score", "--seed", "-3").ExitCode);
    }

    [Fact]
    public void HigherConfidenceGivesWiderIntervals()
    {
        var narrow = Csv.Parse(CliRunner.Run("score", "--format", "csv", "--confidence", "0.8").Out);
        var wide = Csv.Parse(CliRunner.Run("score", "--format", "csv", "--confidence", "0.99").Out);
        var wider = 0;
        for (var i = 0; i < narrow.Count; i++)
        {
            if (narrow[i]["ci_low"].Length == 0 || wide[i]["ci_low"].Length == 0)
            {
                continue;
            }

            var n = double.Parse(narrow[i]["ci_high"], CultureInfo.InvariantCulture) - double.Parse(narrow[i]["ci_low"], CultureInfo.InvariantCulture);
            var w = double.Parse(wide[i]["ci_high"], CultureInfo.InvariantCulture) - double.Parse(wide[i]["ci_low"], CultureInfo.InvariantCulture);
            Assert.True(w >= n - 1e-12);
            wider += w > n ? 1 : 0;
        }

        Assert.True(wider > 0);
    }

    [Fact]
    public void EditorialVoiceExcludesQuotedMatches()
    {
        var all = Csv.Parse(CliRunner.Run("score", "--format", "csv").Out);
        var editorial = Csv.Parse(CliRunner.Run("score", "--format", "csv", "--voice", "editorial").Out);
        var quotedTotal = all.Sum(r => long.Parse(r["quoted_count_a"], CultureInfo.InvariantCulture) + long.Parse(r["quoted_count_b"], CultureInfo.InvariantCulture));
        Assert.True(quotedTotal > 0, "the sample corpus quotes the other side");
        for (var i = 0; i < all.Count; i++)
        {
            Assert.Equal("editorial", editorial[i]["voice"]);
            Assert.Equal(all[i]["editorial_count_a"], editorial[i]["count_a"]);
            Assert.Equal(all[i]["editorial_count_b"], editorial[i]["count_b"]);
        }
    }

    [Fact]
    public void JsonOutputHasMetadataAndTypedRows()
    {
        var result = CliRunner.Run("score", "--format", "json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("starter", root.GetProperty("lexicon").GetProperty("id").GetString());
        Assert.Equal(24, root.GetProperty("documents_scored").GetInt64());
        Assert.Equal(0, root.GetProperty("documents_rejected").GetInt64());
        var rows = root.GetProperty("rows");
        Assert.Equal(16, rows.GetArrayLength());
        var first = rows[0];
        Assert.Equal(JsonValueKind.Number, first.GetProperty("tokens").ValueKind);
        Assert.Equal(JsonValueKind.Number, first.GetProperty("score").ValueKind);
        Assert.Equal(GroupColumns, first.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public void PerDocumentCsvHasOneRowPerDocumentAndDimension()
    {
        var result = CliRunner.Run("score", "--per-document", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("id,group,language,dimension,tokens,count_a,count_b,weight_a,weight_b,score", result.OutLines[0], StringComparison.Ordinal);
        var rows = Csv.Parse(result.Out);
        Assert.Equal(24 * 4, rows.Count); // three dimensions and the composite damascus-alignment
        Assert.Equal(24, rows.Select(r => r["id"]).Distinct().Count());
        Assert.All(rows.Where(r => r["group"].StartsWith("al-", StringComparison.Ordinal)), r => Assert.Equal("ar", r["language"]));
        Assert.All(rows.Where(r => !r["group"].StartsWith("al-", StringComparison.Ordinal)), r => Assert.Equal("en", r["language"]));

        // Per-document counts add up to the group counts, composites included.
        var groups = Csv.Parse(CliRunner.Run("score", "--format", "csv").Out);
        Assert.Equal(16, groups.Count);
        foreach (var g in groups)
        {
            foreach (var column in new[] { "count_a", "count_b", "count_neutral", "editorial_count_a", "quoted_count_b" })
            {
                var sum = rows.Where(r => r["group"] == g["group"] && r["dimension"] == g["dimension"]).Sum(r => long.Parse(r[column], CultureInfo.InvariantCulture));
                Assert.Equal(long.Parse(g[column], CultureInfo.InvariantCulture), sum);
            }

            var weightA = rows.Where(r => r["group"] == g["group"] && r["dimension"] == g["dimension"]).Sum(r => decimal.Parse(r["weight_a"], CultureInfo.InvariantCulture));
            Assert.Equal(decimal.Parse(g["weight_a"], CultureInfo.InvariantCulture), weightA);
        }

        // Each document's rows: its dimensions in lexicon order, then the composite.
        Assert.Equal(["armed-opposition", "government-forces", "territorial-change", "damascus-alignment"], rows.Take(4).Select(r => r["dimension"]).ToArray());
    }

    [Fact]
    public void PerDocumentJsonStreamsRowsAndCounts()
    {
        var result = CliRunner.Run("score", "--per-document", "--format", "json");
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(96, json.RootElement.GetProperty("rows").GetArrayLength());
        Assert.Equal(24, json.RootElement.GetProperty("documents_scored").GetInt64());
    }

    [Theory]
    [InlineData("table")]
    [InlineData("markdown")]
    public void HumanFormatsShowEveryGroup(string format)
    {
        var result = CliRunner.Run("score", "--format", format);
        Assert.Equal(0, result.ExitCode);
        foreach (var group in new[] { "al-minbar", "al-mirsad", "harbor-tribune", "northern-courier" })
        {
            Assert.Contains(group, result.Out, StringComparison.Ordinal);
        }

        if (format == "markdown")
        {
            Assert.StartsWith("| group | dimension |", result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ReadsJsonLinesFromStandardInput()
    {
        const string input = "{\"id\":\"1\",\"outlet\":\"x\",\"text\":\"The regime shelled the rebels.\"}\n{\"id\":\"2\",\"outlet\":\"y\",\"text\":\"Terrorists attacked the Syrian Arab Army.\"}\n";
        var result = CliRunner.RunWithInput(input, "score", "-", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var rows = Csv.Parse(result.Out);
        Assert.Equal("-1", rows.Single(r => r["group"] == "x" && r["dimension"] == "government-forces")["score"]);
        Assert.Equal("1", rows.Single(r => r["group"] == "y" && r["dimension"] == "armed-opposition")["score"]);
    }

    [Fact]
    public void TextFolderGroupsByFolderOrFile()
    {
        using var temp = new TempFolder();
        temp.Write("outlet-a/one.txt", "The regime forces advanced.");
        temp.Write("outlet-a/two.txt", "Rebels held the line.");
        temp.Write("outlet-b/three.txt", "The Syrian Arab Army liberated the district.");
        var byFolder = Csv.Parse(CliRunner.Run("score", temp.Path, "--by", "folder", "--format", "csv").Out);
        Assert.Equal(["outlet-a", "outlet-b"], byFolder.Select(r => r["group"]).Distinct().ToArray());
        Assert.Equal("2", byFolder.First(r => r["group"] == "outlet-a")["documents"]);
        var byFile = Csv.Parse(CliRunner.Run("score", temp.Path, "--by", "file", "--format", "csv").Out);
        Assert.Equal(3, byFile.Select(r => r["group"]).Distinct().Count());
    }

    [Fact]
    public void CsvManifestMapsFilesToFields()
    {
        using var temp = new TempFolder();
        temp.Write("texts/1.txt", "قوات النظام تقصف المعارضة.");
        temp.Write("texts/2.txt", "الجيش العربي السوري يلاحق الإرهابيين.");
        var manifest = temp.Write("manifest.csv", "file,camp\ntexts/1.txt,opposition\ntexts/2.txt,government\n");
        var result = CliRunner.Run("score", manifest, "--by", "camp", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var rows = Csv.Parse(result.Out);
        Assert.Equal("-1", rows.Single(r => r["group"] == "opposition" && r["dimension"] == "government-forces")["score"]);
        Assert.Equal("1", rows.Single(r => r["group"] == "government" && r["dimension"] == "armed-opposition")["score"]);
    }

    [Fact]
    public void OutputOptionWritesAFile()
    {
        using var temp = new TempFolder();
        var path = System.IO.Path.Combine(temp.Path, "out.csv");
        var result = CliRunner.Run("score", "--format", "csv", "-o", path, "-q");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(string.Empty, result.Error);
        Assert.Equal(17, File.ReadAllLines(path).Length);
    }

    [Fact]
    public void MarkdownAlignsEachColumnByWhatItHoldsNotByTheRowsOfTheRun()
    {
        // ci_low was right-aligned in a run with intervals and left-aligned in one without (every cell empty); an empty
        // corpus left-aligned every column.
        string Alignment(params string[] args) => CliRunner.RunWithInput("{\"id\":\"1\",\"outlet\":\"A\",\"text\":\"rebels\"}\n", ["score", .. args, "-f", "markdown", "-q"]).OutLines[1];

        var withIntervals = Alignment("-", "--min-documents", "1", "--bootstrap", "50");
        Assert.Equal(withIntervals, Alignment("-", "--bootstrap", "0"));
        Assert.Equal(withIntervals, CliRunner.RunWithInput(string.Empty, "score", "-", "--allow-empty", "-f", "markdown", "-q").OutLines[1]);
        Assert.Equal("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |", withIntervals);
    }

    [Fact]
    public void PerDocumentMarkdownAlignsEachColumnByWhatItHoldsNotByTheRowsOfTheRun()
    {
        // The per-document alignment row was inferred from the rows: an empty corpus left-aligned every column, and a
        // document without tokens (its score empty) left-aligned the score column, while a normal corpus right-aligned
        // tokens to score. Now the numeric columns are right-aligned in every run, as in the group rows.
        string Alignment(string input, params string[] args) => CliRunner.RunWithInput(input, ["score", "-", "--per-document", .. args, "-f", "markdown", "-q"]).OutLines[1];

        const string Expected = "| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |";
        Assert.Equal(Expected, Alignment("{\"id\":\"1\",\"outlet\":\"A\",\"text\":\"The rebels shelled the regime.\"}\n"));
        Assert.Equal(Expected, Alignment("{\"id\":\"1\",\"outlet\":\"A\",\"text\":\"!!! ???\"}\n"));
        Assert.Equal(Expected, Alignment(string.Empty, "--allow-empty"));
    }

    [Theory]
    [InlineData("score", "--per-document")]
    [InlineData("score", "--bootstrap", "0")]
    [InlineData("compare", "--bootstrap", "0")]
    public void MarkdownShowsControlAndBidiCharactersOfIdsAndGroupsAsTheTableDoes(params string[] command)
    {
        // Before, Markdown wrote an id's or group's ESC (an OSC sequence setting the terminal's title), BEL, DEL, NEL and
        // U+202E to standard output raw; the table format showed them as U+FFFD, as Markdown now does.
        const string Input = "{\"id\":\"a\\u001bcb\",\"outlet\":\"out\\u001b]0;pwned\\u0007x\",\"text\":\"The rebels shelled the town.\"}\n"
            + "{\"id\":\"del\\u007fnel\\u0085bidi\\u202ex\",\"outlet\":\"o\",\"text\":\"The regime shelled the town.\"}\n";
        var result = CliRunner.RunWithInput(Input, [command[0], "-", .. command[1..], "-f", "markdown", "-q"]);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("out\uFFFD\\]0;pwned\uFFFDx", result.Out, StringComparison.Ordinal);
        if (command.Contains("--per-document"))
        {
            Assert.Contains("| a\uFFFDcb |", result.Out, StringComparison.Ordinal);
            Assert.Contains("| del\uFFFDnel\uFFFDbidi\uFFFDx |", result.Out, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(result.Out, c => c != '\n' && Output.TerminalText.IsUnsafe(c));
    }
}
