using Framing.Corpus;
using Framing.Lexicons;
using Framing.Reports;
using Framing.Statistics.Comparisons;

namespace Framing.Cli.Tests;

/// <summary>
/// <c>--bootstrap 0</c> means no intervals in <c>compare</c> and <c>report</c> as in <c>score</c> (before, both drew
/// 2,000 replicates for the differences anyway), and the omnibus row's counts are the totals its test adds up.
/// </summary>
public sealed class CompareWithoutBootstrapTests
{
    [Fact]
    public void CompareWithBootstrapZeroHasNoIntervalsAndTheSameTests()
    {
        var none = Csv.Parse(CliRunner.Run("compare", "--bootstrap", "0", "--permutations", "200", "--format", "csv", "-q").Out);
        var some = Csv.Parse(CliRunner.Run("compare", "--permutations", "200", "--format", "csv", "-q").Out);

        var pairs = none.Where(r => r["comparison"] == "pair" && r["difference"].Length > 0).ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, r => Assert.Equal((string.Empty, string.Empty), (r["diff_ci_low"], r["diff_ci_high"])));
        Assert.All(pairs, r => Assert.Contains("no bootstrap", r["note"], StringComparison.Ordinal));
        Assert.Contains(some, r => r["diff_ci_low"].Length > 0);

        // Only the intervals and their note differ: scores, tests and effect sizes are the same.
        string[] kept = ["dimension", "group_1", "group_2", "difference", "p_permutation_adj", "p_counts_adj", "cohens_h", "cramers_v"];
        Assert.Equal(some.Select(r => string.Join("|", kept.Select(c => r[c]))), none.Select(r => string.Join("|", kept.Select(c => r[c]))));
    }

    [Fact]
    public void AReportWithoutReplicatesHasNoDifferenceIntervals()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Report.ReportCorpus.RenamedSample());
        ReportModel Build(int replicates) =>
            new ReportBuilder(Lexicon.Load("starter"), ReportOptions.Default with { Replicates = replicates, Permutations = 50 })
                .Build(CorpusReaderFactory.Open(corpus).Read(), d => d.GetField("outlet") ?? string.Empty, "corpus", "0.0.0");

        var none = Build(0).Comparisons.Where(r => r.Kind == ComparisonKind.Pair).ToList();
        var some = Build(200).Comparisons.Where(r => r.Kind == ComparisonKind.Pair).ToList();

        Assert.All(none, r => Assert.Null(r.DifferenceLower));
        Assert.Contains(some, r => r.DifferenceLower is not null);
        Assert.Equal(some.Select(r => (r.Difference, r.PPermutationAdjusted)), none.Select(r => (r.Difference, r.PPermutationAdjusted)));
    }

    [Fact]
    public void TheOmnibusRowCountsEveryGroupsMatches()
    {
        var rows = Csv.Parse(CliRunner.Run("compare", "--pairs", "vs-rest", "--bootstrap", "0", "--permutations", "50", "--format", "csv", "-q").Out);
        foreach (var dimension in rows.Select(r => r["dimension"]).Distinct())
        {
            var groups = rows.Where(r => r["dimension"] == dimension && r["comparison"] == "vs-rest").ToList();
            var omnibus = rows.Single(r => r["dimension"] == dimension && r["comparison"] == "omnibus");
            Assert.Equal(groups.Sum(r => long.Parse(r["documents_1"], System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture), omnibus["documents_1"]);
            Assert.Equal(groups.Sum(r => long.Parse(r["count_a_1"], System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture), omnibus["count_a_1"]);
            Assert.Equal(groups.Sum(r => long.Parse(r["count_b_1"], System.Globalization.CultureInfo.InvariantCulture)).ToString(System.Globalization.CultureInfo.InvariantCulture), omnibus["count_b_1"]);
            Assert.NotEqual("0", omnibus["count_a_1"]);
        }
    }
}
