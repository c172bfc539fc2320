using System.Globalization;
using System.Text;

namespace Framing.Cli.Tests;

public sealed class CompareCommandTests
{
    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    /// <summary>
    /// Three outlets, 20 documents each, one sentence per document, so the government-forces counts are known:
    /// x: 2 state, 18 regime; y: 15 state, 5 regime; z: 9 state, 9 regime (and 2 documents without matches).
    /// </summary>
    private static string Corpus()
    {
        var b = new StringBuilder();
        var n = 0;
        void Add(string outlet, string text, int times)
        {
            for (var i = 0; i < times; i++)
            {
                b.Append("{\"id\":\"").Append(n++).Append("\",\"outlet\":\"").Append(outlet).Append("\",\"text\":\"").Append(text).Append("\"}\n");
            }
        }

        Add("x", "Government forces advanced.", 2);
        Add("x", "The regime advanced.", 18);
        Add("y", "Government forces advanced.", 15);
        Add("y", "The regime advanced.", 5);
        Add("z", "Government forces advanced.", 9);
        Add("z", "The regime advanced.", 9);
        Add("z", "Nothing happened today.", 2);
        return b.ToString();
    }

    private static List<Dictionary<string, string>> Run(params string[] extra)
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", Corpus());
        var result = CliRunner.Run(["compare", path, "--format", "csv", "--permutations", "499", .. extra]);
        Assert.True(result.ExitCode == 0, result.Error);
        return Csv.Parse(result.Out);
    }

    [Fact]
    public void CountTestsAndEffectSizesMatchR()
    {
        var rows = Run();
        var xy = rows.Single(r => r["dimension"] == "government-forces" && r["group_1"] == "x" && r["group_2"] == "y");
        Assert.Equal("2", xy["count_a_1"]);
        Assert.Equal("18", xy["count_b_1"]);

        // R: chisq.test(matrix(c(2,15,18,5),2)) -> X-squared 14.7314578005115, p 1.23960649710194e-04
        Assert.Equal("Pearson chi-square with Yates' continuity correction", xy["count_test"]);
        Assert.Equal(14.7314578005115, D(xy["statistic"]), 5);
        Assert.Equal(1.23960649710194e-04, D(xy["p_counts"]), 8);

        // R: fisher.test(matrix(c(2,15,18,5),2)) -> odds ratio 0.04159801137466042, CI 0.00350829201276576 0.26206596948735938
        Assert.Equal(0.041598, D(xy["odds_ratio"]), 6);
        Assert.Equal(0.00350829, D(xy["or_ci_low"]), 7);
        Assert.Equal(0.262066, D(xy["or_ci_high"]), 6);

        // R: 2*asin(sqrt(2/20)) - 2*asin(sqrt(15/20)) -> -1.45089399359991
        Assert.Equal(-1.450894, D(xy["cohens_h"]), 6);

        // Scores: x = (2 - 18) / 20 = -0.8, y = (15 - 5) / 20 = 0.5 (weights: government forces 0.5 in the starter lexicon)
        Assert.Equal(D(xy["score_1"]) - D(xy["score_2"]), D(xy["difference"]), 6);
        Assert.True(D(xy["diff_ci_low"]) <= D(xy["difference"]) && D(xy["difference"]) <= D(xy["diff_ci_high"]));
        Assert.True(D(xy["diff_ci_high"]) < 0, "x leans to regime much more than y");

        // R: m <- matrix(c(2,15,9, 18,5,9), ncol=2); y <- chisq.test(m)
        //    -> X-squared 17.3651442307692, df 2, p 1.69514495540967e-04; Cramér's V 0.547173682171884
        var omnibus = rows.Single(r => r["dimension"] == "government-forces" && r["comparison"] == "omnibus");
        Assert.Equal("Pearson chi-square", omnibus["count_test"]);
        Assert.Equal(17.3651442307692, D(omnibus["statistic"]), 5);
        Assert.Equal("2", omnibus["df"]);
        Assert.Equal(1.69514495540967e-04, D(omnibus["p_counts"]), 8);
        Assert.Equal(0.547174, D(omnibus["cramers_v"]), 6);
    }

    [Fact]
    public void PermutationPValuesAreValidAndAdjustedUpward()
    {
        var rows = Run().Where(r => r["comparison"] == "pair" && r["p_permutation"].Length > 0).ToList();
        Assert.Equal(3, rows.Count(r => r["dimension"] == "government-forces"));
        foreach (var r in rows)
        {
            var p = D(r["p_permutation"]);
            Assert.InRange(p, 1.0 / 500, 1);
            Assert.True(D(r["p_permutation_adj"]) >= p - 1e-12);
            Assert.Equal("holm", r["adjust"]);
        }

        var xy = rows.Single(r => r["dimension"] == "government-forces" && r["group_1"] == "x" && r["group_2"] == "y");
        Assert.True(D(xy["p_permutation"]) < 0.01, "18 of 20 vs 5 of 20 documents differ clearly");
        var yz = rows.Single(r => r["dimension"] == "government-forces" && r["group_1"] == "y" && r["group_2"] == "z");
        Assert.True(D(yz["p_permutation"]) > D(xy["p_permutation"]));
    }

    [Fact]
    public void ResultsDependOnSeedNotOnParallelism()
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", Corpus());
        var one = CliRunner.Run("compare", path, "--format", "csv", "--permutations", "300", "--parallel", "1").Out;
        var four = CliRunner.Run("compare", path, "--format", "csv", "--permutations", "300", "--parallel", "4").Out;
        var otherSeed = CliRunner.Run("compare", path, "--format", "csv", "--permutations", "300", "--seed", "9").Out;
        Assert.Equal(one, four);
        Assert.NotEqual(one, otherSeed);
    }

    [Fact]
    public void PermutationPValuesDoNotDependOnDocumentOrderOrParallelism()
    {
        // More than 16 documents with matches per pair, so the p-values come from random permutations; each document's
        // place in a permutation is drawn from its id and the seed, so shuffled lines give the same bytes.
        using var temp = new TempFolder();
        var lines = Corpus().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var path = temp.Write("c.jsonl", string.Join('\n', lines) + "\n");
        string[] options = ["--format", "csv", "--permutations", "300", "--pairs", "vs-rest"];
        var expected = CliRunner.Run(["compare", path, .. options]);
        Assert.True(expected.ExitCode == 0, expected.Error);
        Assert.Contains(Csv.Parse(expected.Out), r => r["p_permutation"].Length > 0 && r["p_permutation"] != "1");
        for (var seed = 1; seed <= 3; seed++)
        {
            var shuffled = (string[])lines.Clone();
            new Random(seed).Shuffle(shuffled);
            var shuffledPath = temp.Write($"shuffled-{seed}.jsonl", string.Join('\n', shuffled) + "\n");
            Assert.Equal(expected.Out, CliRunner.Run(["compare", shuffledPath, .. options, "--parallel", seed.ToString(CultureInfo.InvariantCulture)]).Out);
        }

        // The same holds for every pair.
        string[] all = ["--format", "csv", "--permutations", "300"];
        var reversed = temp.Write("reversed.jsonl", string.Join('\n', lines.Reverse()) + "\n");
        Assert.Equal(CliRunner.Run(["compare", path, .. all]).Out, CliRunner.Run(["compare", reversed, .. all, "--parallel", "2"]).Out);
    }

    [Fact]
    public void PairsOptionSelectsComparisons()
    {
        var one = Run("--pairs", "x,z");
        Assert.All(one.Where(r => r["comparison"] != "omnibus"), r => Assert.Equal(("x", "z"), (r["group_1"], r["group_2"])));
        var rest = Run("--pairs", "vs-rest", "--adjust", "BH");
        Assert.Equal(["x", "y", "z"], rest.Where(r => r["dimension"] == "armed-opposition" && r["comparison"] == "vs-rest").Select(r => r["group_1"]).ToArray());
        Assert.All(rest.Where(r => r["comparison"] == "vs-rest"), r => Assert.Equal("rest", r["group_2"]));
        Assert.All(rest, r => Assert.Equal("BH", r["adjust"]));
    }

    [Theory]
    [InlineData("--pairs", "x,nope")]
    [InlineData("--pairs", "x")]
    [InlineData("--adjust", "magic")]
    [InlineData("--permutations", "0")]
    public void BadOptionsAreUsageErrors(string option, string value)
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", Corpus());
        var result = CliRunner.Run("compare", path, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("framing: error: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void OneGroupIsAnInputError()
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", "{\"id\":1,\"outlet\":\"a\",\"text\":\"rebels\"}\n");
        var result = CliRunner.Run("compare", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("at least two groups", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void SampleCorpusTableShowsEveryDimension()
    {
        var result = CliRunner.Run("compare", "--permutations", "200");
        Assert.Equal(0, result.ExitCode);
        foreach (var dimension in new[] { "armed-opposition", "government-forces", "territorial-change", "damascus-alignment" })
        {
            Assert.Contains(dimension, result.Out, StringComparison.Ordinal);
        }
    }
}

public sealed class ComparePermutationExactnessTests
{
    [Fact]
    public void SmallCorporaGetTheExactPermutationPValue()
    {
        // 3 documents against 2: C(5, 2) = 10 ways to split the labels, and only the observed split separates the
        // two framings completely, so the exact two-sided p-value is 1/10.
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl",
            "{\"id\":\"1\",\"outlet\":\"gov\",\"text\":\"The Syrian Arab Army fought terrorists.\"}\n" +
            "{\"id\":\"2\",\"outlet\":\"gov\",\"text\":\"Terrorists fled from the Syrian Arab Army.\"}\n" +
            "{\"id\":\"3\",\"outlet\":\"gov\",\"text\":\"Government forces hit the terrorists.\"}\n" +
            "{\"id\":\"4\",\"outlet\":\"opp\",\"text\":\"The regime shelled the rebels.\"}\n" +
            "{\"id\":\"5\",\"outlet\":\"opp\",\"text\":\"Rebels repelled regime forces.\"}\n");
        var rows = Csv.Parse(CliRunner.Run("compare", path, "--format", "csv", "--min-documents", "2", "--adjust", "none").Out);
        var row = rows.Single(r => r["dimension"] == "armed-opposition" && r["comparison"] == "pair");
        Assert.Equal("0.1", row["p_permutation"]);
        Assert.Equal("0.1", row["p_permutation_adj"]);
        Assert.Equal("2", row["difference"]); // gov - opp = 1 - (-1), group_1 is gov (ordinal order)
        Assert.NotEqual(string.Empty, row["diff_ci_low"]);
    }

    [Fact]
    public void AnUnknownPairGroupIsOneLineThatListsAtMostTwentyGroupsShownSafely()
    {
        using var temp = new TempFolder();
        var lines = new System.Text.StringBuilder();
        var names = new List<string> { "a-line\nbreak", "a-esc\u001b[31m", "a" + new string('x', 100) }; // sorted before g01
        names.AddRange(Enumerable.Range(1, 22).Select(i => "g" + i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var (name, i) in names.Select((n, i) => (n, i)))
        {
            lines.Append(System.Text.Json.JsonSerializer.Serialize(new { id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), outlet = name, text = "the rebels and the regime" })).Append('\n');
        }

        var result = CliRunner.Run("compare", temp.Write("c.jsonl", lines.ToString()), "--pairs", "nope,g01");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: --pairs: no group 'nope' in the corpus (groups: ", line, StringComparison.Ordinal);
        Assert.Contains("line\\u000Abreak", line, StringComparison.Ordinal);
        Assert.Contains("esc\\u001B[31m", line, StringComparison.Ordinal);
        Assert.Contains("a" + new string('x', 59) + "…,", line, StringComparison.Ordinal);
        Assert.EndsWith(" and 5 more)", line, StringComparison.Ordinal);
        Assert.DoesNotContain(line, char.IsControl);
    }

    [Fact]
    public void ARunWhereNoAdjustedPermutationPValueCanBeSmallIsWarnedOfAndTheReportSaysSo()
    {
        // The sample's outlets have 6 documents each: an exact test of 924 splits gives at least 2/924, and Holm across
        // 24 comparisons at least 0.052, so no pair could ever be marked as differing, whatever the data; the report said
        // only "no clear difference" (0 of 28 pairs on a corpus of 8 clearly opposed outlets at the default settings).
        var all = CliRunner.Run("compare", "-f", "csv", "-q");
        Assert.Equal(0, all.ExitCode);
        var warning = Assert.Single(all.ErrorLines);
        Assert.StartsWith("framing: warning: no p_permutation_adj can fall below 0.05 here, whatever the data: the smallest permutation p-value any of the 24 comparisons can give is 0.0021645", warning, StringComparison.Ordinal);
        Assert.Contains("at least 0.0519481", warning, StringComparison.Ordinal);
        Assert.DoesNotContain(all.OutLines.Skip(1), l => l.Split(',')[16] is { Length: > 0 } p && double.Parse(p, System.Globalization.CultureInfo.InvariantCulture) < 0.05);

        // One pair: 4 comparisons (one per dimension and composite), 4 × 2/924 = 0.009: no warning.
        var pair = CliRunner.Run("compare", "--pairs", "al-minbar,al-mirsad", "-f", "csv", "-q");
        Assert.Empty(pair.ErrorLines);

        var page = CliRunner.Run("report", "--bootstrap", "50", "-q").Out;
        Assert.Contains("<strong>No comparison can be marked differs on this page</strong>, whatever the data: the smallest permutation p-value any of the 24 comparisons can give is 0.0021645", page, StringComparison.Ordinal);
        Assert.DoesNotContain("No comparison can be marked", CliRunner.Run("report", "--bootstrap", "50", "--pairs", "al-minbar,al-mirsad", "-q").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void OutletsThatNumberTheirArticlesAlikeAreResampledApart()
    {
        // Two outlets with the same eight documents under the same ids 1…8 (each outlet numbering its own articles):
        // keyed by the id alone, each document drew the same bootstrap weight in both outlets, every replicate's
        // difference was 0, and the interval [0, 0] claimed a certainty no resample of independent groups gives.
        string[] texts =
        [
            "The terrorists attacked the town.", "Rebels shelled the regime forces.", "The army advanced.",
            "Opposition fighters and terrorists clashed.", "The regime bombed the rebels.", "Terrorists fled.", "Quiet day.",
            "The rebels held the line.",
        ];
        using var temp = new TempFolder();
        var lines = new[] { "A", "B" }.SelectMany(outlet => texts.Select((text, i) => $"{{\"id\":\"{i + 1}\",\"outlet\":\"{outlet}\",\"text\":\"{text}\"}}"));
        var path = temp.Write("c.jsonl", string.Join("\n", lines) + "\n");
        var row = Csv.Parse(CliRunner.Run("compare", path, "--format", "csv", "-q").Out)
            .Single(r => r["dimension"] == "armed-opposition" && r["comparison"] == "pair");
        Assert.Equal("0", row["difference"]);
        Assert.True(double.Parse(row["diff_ci_low"], System.Globalization.CultureInfo.InvariantCulture) < -0.5, row["diff_ci_low"]);
        Assert.True(double.Parse(row["diff_ci_high"], System.Globalization.CultureInfo.InvariantCulture) > 0.5, row["diff_ci_high"]);
    }
}
