using Framing.Statistics.Agreement;
using Framing.Statistics.Contingency;
using Framing.Statistics.MultipleTesting;
using Framing.Statistics.Proportions;
using Framing.Statistics.Resampling;
using Framing.Statistics.Terms;

namespace Framing.Statistics.Tests;

/// <summary>Every public entry point rejects bad arguments with its own message, and accepts the edges of what is allowed.</summary>
public sealed class ArgumentCheckTests
{
    private static void Message<T>(string expectedStart, Action action)
        where T : Exception =>
        Assert.StartsWith(expectedStart, Assert.Throws<T>(action).Message, StringComparison.Ordinal);

    [Fact]
    public void PValueAdjustmentNamesAsR()
    {
        foreach (var (name, method) in new[]
        {
            ("none", PValueAdjustment.None), ("Bonferroni", PValueAdjustment.Bonferroni), ("holm", PValueAdjustment.Holm),
            ("BH", PValueAdjustment.BenjaminiHochberg), ("fdr", PValueAdjustment.BenjaminiHochberg), ("benjamini-hochberg", PValueAdjustment.BenjaminiHochberg),
            ("by", PValueAdjustment.BenjaminiYekutieli), ("Benjamini-Yekutieli", PValueAdjustment.BenjaminiYekutieli),
        })
        {
            Assert.True(PValues.TryParseMethod(name, out var parsed), name);
            Assert.Equal(method, parsed);
        }

        Assert.True(PValues.TryParseMethod("Hochberg", out var hochberg));
        Assert.Equal(PValueAdjustment.Hochberg, hochberg);
        Assert.False(PValues.TryParseMethod("hommel", out _));
        Assert.False(PValues.TryParseMethod(null, out _));
        Assert.False(PValues.TryParseMethod(string.Empty, out _));
        Assert.Equal(["none", "bonferroni", "holm", "BH", "BY", "hochberg"], Enum.GetValues<PValueAdjustment>().Select(PValues.Name));
        Assert.Throws<ArgumentOutOfRangeException>(() => PValues.Name((PValueAdjustment)9));
    }

    [Fact]
    public void PValuesMustBeProbabilities()
    {
        Assert.Throws<ArgumentNullException>(() => PValues.Adjust(null!, PValueAdjustment.Holm));
        Message<ArgumentOutOfRangeException>("p-value -0.1 is not in [0, 1]", () => PValues.Adjust([0.5, -0.1], PValueAdjustment.Holm));
        Message<ArgumentOutOfRangeException>("p-value 1.5 is not in [0, 1]", () => PValues.Adjust([1.5], PValueAdjustment.None));

        // 0 and 1 are p-values; one p-value is left as it is; NaN is kept and not counted (R: p.adjust(c(0, 1, NA), "bonferroni") -> 0 1 NA).
        Assert.Equal([0.0, 1.0, double.NaN], PValues.Adjust([0.0, 1.0, double.NaN], PValueAdjustment.Bonferroni));
        Assert.Equal([0.3], PValues.Adjust([0.3], PValueAdjustment.Bonferroni));
        Assert.Equal([0.3, double.NaN], PValues.Adjust([0.3, double.NaN], PValueAdjustment.Holm));
        Assert.Empty(PValues.Adjust([], PValueAdjustment.BenjaminiYekutieli));
    }

    [Fact]
    public void ProportionsMustBeProportions()
    {
        Message<ArgumentOutOfRangeException>("need 0 <= successes <= trials and trials > 0", () => ProportionIntervals.Wilson(1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionIntervals.Wilson(-1, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionIntervals.Wilson(11, 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionIntervals.Wilson(1, double.NaN));

        // R: prop.test(0, 10, correct=FALSE)$conf.int -> 0 0.277532799862889; prop.test(10, 10, correct=FALSE)$conf.int -> 0.722467200137111 1
        var none = ProportionIntervals.Wilson(0, 10);
        Assert.Equal(0, none.Estimate);
        Assert.Equal(0, none.Lower, 12);
        Assert.Equal(0.277532799862889, none.Upper, 12);
        var all = ProportionIntervals.Wilson(10, 10);
        Assert.Equal(0.722467200137111, all.Lower, 12);
        Assert.Equal(1, all.Upper);

        Message<ArgumentOutOfRangeException>("proportions must be in [0, 1]", () => ProportionIntervals.CohensH(1.1, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionIntervals.CohensH(0.5, -0.1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionIntervals.CohensH(-0.1, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProportionIntervals.CohensH(0.5, 1.1));
        Assert.Equal(Math.PI, ProportionIntervals.CohensH(1, 0), 14);
        Assert.Equal(-Math.PI, ProportionIntervals.CohensH(0, 1), 14);
    }

    [Fact]
    public void FishersTestNeedsCountsAndALevel()
    {
        foreach (var (a, b, c, d) in new[] { (-1L, 0L, 0L, 0L), (0L, -1L, 0L, 0L), (0L, 0L, -1L, 0L), (0L, 0L, 0L, -1L) })
        {
            Message<ArgumentOutOfRangeException>("counts must be non-negative", () => FisherExactTest.TwoSided(a, b, c, d));
            Message<ArgumentOutOfRangeException>("counts must be non-negative", () => FisherExactTest.PValueAndOddsRatio(a, b, c, d));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => FisherExactTest.TwoSided(1, 2, 3, 4, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => FisherExactTest.TwoSided(1, 2, 3, 4, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => FisherExactTest.TwoSided(1, 2, 3, 4, double.NaN));

        // R: fisher.test(matrix(c(0,0,0,0),2))$p.value -> 1; fisher.test(matrix(c(1,0,0,0),2))$p.value -> 1
        Assert.Equal(1, FisherExactTest.TwoSided(0, 0, 0, 0).PValue, 12);
        Assert.Equal(1, FisherExactTest.TwoSided(1, 0, 0, 0).PValue, 12);
    }

    [Fact]
    public void AgreementMeasuresCheckTheirInput()
    {
        Assert.Throws<ArgumentNullException>(() => CohenKappa.Compute<int>(null!, [1]));
        Assert.Throws<ArgumentNullException>(() => CohenKappa.Compute([1], null!));
        Message<ArgumentException>("The raters rated 1 and 2 items.", () => CohenKappa.Compute([1], [1, 2]));
        Assert.Throws<ArgumentNullException>(() => CohenKappa.FromTable(null!));
        Message<ArgumentException>("The table must be square: both raters use the same categories.", () => CohenKappa.FromTable(new long[2, 3]));
        Message<ArgumentException>("Counts must be non-negative.", () => CohenKappa.FromTable(new long[,] { { 1, -1 }, { 0, 2 } }));

        Assert.Throws<ArgumentNullException>(() => KrippendorffAlpha.Compute((IReadOnlyList<IReadOnlyList<double?>>)null!, KrippendorffLevel.Nominal));
        Assert.Throws<ArgumentNullException>(() => KrippendorffAlpha.Compute([null!], KrippendorffLevel.Nominal));
        Assert.Throws<ArgumentNullException>(() => KrippendorffAlpha.Compute((double[,])null!, KrippendorffLevel.Nominal));
        Assert.Throws<ArgumentNullException>(() => KrippendorffAlpha.Nominal<string>(null!));
        Assert.Throws<ArgumentNullException>(() => KrippendorffAlpha.Nominal<string>([null!]));
        Message<ArgumentException>("Values must be finite (NaN marks a missing value).", () => KrippendorffAlpha.Compute([[1.0, double.PositiveInfinity]], KrippendorffLevel.Interval));

        Message<ArgumentOutOfRangeException>("Counts must be non-negative.", () => _ = new PrecisionRecall(-1, 0, 0));
        Message<ArgumentOutOfRangeException>("Counts must be non-negative.", () => _ = new PrecisionRecall(0, -1, 0));
        Message<ArgumentOutOfRangeException>("Counts must be non-negative.", () => _ = new PrecisionRecall(0, 0, -1));
        Assert.Throws<ArgumentNullException>(() => PrecisionRecall.FromPredictions(null!, [true]));
        Assert.Throws<ArgumentNullException>(() => PrecisionRecall.FromPredictions([true], null!));
        Message<ArgumentOutOfRangeException>("β must be positive and finite.", () => new PrecisionRecall(1, 1, 1).FScore(0));
    }

    [Fact]
    public void PrecisionAndRecallAreUndefinedWithoutTheirDenominators()
    {
        var none = new PrecisionRecall(0, 0, 0);
        Assert.True(double.IsNaN(none.Precision));
        Assert.True(double.IsNaN(none.Recall));
        Assert.True(double.IsNaN(none.FScore(1)));

        // 3 true positives, 1 false positive, 2 false negatives: precision 3/4, recall 3/5, F1 = 2*3/(2*3+1+2) = 2/3
        var some = new PrecisionRecall(3, 1, 2);
        Assert.Equal(0.75, some.Precision);
        Assert.Equal(0.6, some.Recall);
        Assert.Equal(2.0 / 3, some.FScore(1), 14);
    }

    [Fact]
    public void PriorsAndLogOddsCheckTheirArguments()
    {
        Message<ArgumentOutOfRangeException>("The pseudo-count must be positive and finite.", () => LogOddsPrior.Uninformative(0));
        Message<ArgumentOutOfRangeException>("The vocabulary size must be at least 1.", () => LogOddsPrior.Uninformative(0.1, 0));
        Message<ArgumentOutOfRangeException>("α₀ must be positive and finite.", () => LogOddsPrior.Informative(0));
        Message<ArgumentException>("The background count of 'a' is negative (-1).", () => LogOddsPrior.Informative(1, new Dictionary<string, long> { ["a"] = -1, ["b"] = 5 }));
        Message<ArgumentException>("The background has no tokens.", () => LogOddsPrior.Informative(1, new Dictionary<string, long> { ["a"] = 0 }));
        Assert.NotNull(LogOddsPrior.Informative(1, new Dictionary<string, long> { ["a"] = 0, ["b"] = 1 }));

        Message<ArgumentOutOfRangeException>("α₀ is the sum of the pseudo-counts over the vocabulary, so it cannot be smaller than α_w.", () => LogOddsRatio.Compute(1, 1, 10, 10, 2, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => LogOddsRatio.Compute(1, 1, 10, 10, 0.1, 1, (LogOddsVariance)7));
        Message<ArgumentOutOfRangeException>("The count 11 exceeds its group's total 10.", () => LogOddsRatio.Compute(1, 11, 10, 10, 0.1, 1));
        Message<ArgumentOutOfRangeException>("The value must be non-negative and finite.", () => LogOddsRatio.Compute(1, 1, 10, 10, 0.1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => LogOddsRatio.Compute(1, 1, 10, double.PositiveInfinity, 0.1, 1));
        Assert.NotNull(LogOddsRatio.Compute(10, 10, 10, 10, 0.1, 1));
        Message<ArgumentOutOfRangeException>("The pseudo-count must be positive and finite.", () => LogOddsRatio.Uninformative(1, 1, 10, 10, 0, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => LogOddsRatio.Uninformative(1, 1, 10, 10, 0.1, 0));
        Message<ArgumentOutOfRangeException>("α₀ must be positive and finite.", () => LogOddsRatio.Informative(1, 1, 10, 10, 0, 0.5));
        Message<ArgumentOutOfRangeException>("A share must be in [0, 1].", () => LogOddsRatio.Informative(1, 1, 10, 10, 5, 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => LogOddsRatio.Informative(1, 1, 10, 10, 5, -0.5));
        Assert.NotNull(LogOddsRatio.Informative(1, 1, 10, 10, 5, 1));
        Assert.NotNull(LogOddsRatio.Informative(1, 1, 10, 10, 5, 0));
    }

    [Fact]
    public void TermTablesCheckTheirArguments()
    {
        Assert.Throws<ArgumentNullException>(() => TidyLogOdds.Compute(null!));
        Message<ArgumentException>("At least one group is needed.", () => TidyLogOdds.Compute([]));
        Message<ArgumentException>("A group's counts are null.", () => TidyLogOdds.Compute([null!]));
        Message<ArgumentException>("A group's counts are null.", () => TidyLogOdds.Compute([[1.0], null!]));
        Message<ArgumentException>("Group 1 has 2 terms, group 0 has 1.", () => TidyLogOdds.Compute([[1.0], [1.0, 2.0]]));

        var counts = new Dictionary<string, long> { ["a"] = 1 };
        Assert.Throws<ArgumentNullException>(() => KeynessTable.Compute(null!, counts, 10, 10, KeynessMeasure.Chi2));
        Assert.Throws<ArgumentNullException>(() => KeynessTable.Compute(counts, null!, 10, 10, KeynessMeasure.Chi2));
        Assert.Throws<ArgumentOutOfRangeException>(() => KeynessTable.Compute(counts, counts, 10, 0, KeynessMeasure.Chi2));
        Assert.Throws<ArgumentNullException>(() => KeynessTable.Compute(counts, counts, 10, 10, KeynessMeasure.LogOdds, new KeynessOptions { LogOddsPrior = null! }));
        Message<ArgumentException>("The count of 'a' (11) is not between 0 and the corpus total (10).", () => KeynessTable.Compute(new Dictionary<string, long> { ["a"] = 11 }, counts, 10, 10, KeynessMeasure.Chi2));
        Assert.Single(KeynessTable.Compute(new Dictionary<string, long> { ["a"] = 10 }, counts, 10, 10, KeynessMeasure.Chi2).Rows);
    }

    [Fact]
    public void ResamplingChecksItsArguments()
    {
        Assert.Throws<ArgumentNullException>(() => BootstrapIntervals.Percentile(null!, 1));
        Assert.Throws<ArgumentNullException>(() => BootstrapIntervals.BCa([1.0, 2.0], 1, null!));
        Assert.Throws<ArgumentNullException>(() => BootstrapIntervals.JackknifeInfluence(null!));
    }
}
