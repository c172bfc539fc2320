using Framing.Statistics.Resampling;

namespace Framing.Statistics.Tests;

public sealed class ResamplingTests
{
    // Fixed replicates and influence values, the same in R (no random numbers involved):
    //   t <- 10 + 2*sin((1:999) * 0.37) + ((1:999) %% 7) / 10; t0 <- 10.1
    //   L <- ((1:20) - 10.5)^2 - 30 + (1:20)/3
    private static readonly double[] T = Enumerable.Range(1, 999).Select(b => 10 + (2 * Math.Sin(b * 0.37)) + ((b % 7) / 10.0)).ToArray();
    private static readonly double[] L = Enumerable.Range(1, 20).Select(i => ((i - 10.5) * (i - 10.5)) - 30 + (i / 3.0)).ToArray();

    private static void Close(double expected, double actual, double relative = 1e-9) =>
        Assert.True(ToleranceComparer.Close(expected, actual, relative), $"expected {expected:R}, got {actual:R}");

    [Fact]
    public void PercentileMatchesBootPackage()
    {
        // R: library(boot); boot:::perc.ci(t, conf=0.95) -> 8.12888753844713 12.4670428065523
        var ci = BootstrapIntervals.Percentile(T, 10.1, 0.95);
        Close(8.12888753844713, ci.Lower);
        Close(12.4670428065523, ci.Upper);
        Assert.Equal(999, ci.Replicates);

        // R: boot:::perc.ci(t, conf=0.9) -> 8.23766052547879 12.3516139878362
        var ci90 = BootstrapIntervals.Percentile(T, 10.1, 0.9);
        Close(8.23766052547879, ci90.Lower);
        Close(12.3516139878362, ci90.Upper);
    }

    [Fact]
    public void NormInterInterpolatesOnTheNormalScale()
    {
        // R: boot:::norm.inter(t, 0.5) -> 10.30961617319444 ((999 + 1) * 0.5 = 500 is an order statistic)
        Close(10.30961617319444, BootstrapIntervals.NormInter(new OrderStatistics((double[])T.Clone()), 0.5));
    }

    [Fact]
    public void BcaMatchesBootPackage()
    {
        // R: bo <- list(t0=t0, t=matrix(t, ncol=1), R=999)
        //    boot:::bca.ci(bo, conf=0.95, t0=t0, t=t, L=L) -> 8.1329821699273 12.4699531083128
        var ci = BootstrapIntervals.BCa(T, 10.1, L, 0.95);
        Close(8.1329821699273, ci.Lower);
        Close(12.4699531083128, ci.Upper);

        // R: boot:::bca.ci(bo, conf=0.8, t0=t0, t=t, L=L) -> 8.38924500767775 12.1294867833094
        var ci80 = BootstrapIntervals.BCa(T, 10.1, L, 0.8);
        Close(8.38924500767775, ci80.Lower);
        Close(12.1294867833094, ci80.Upper);
    }

    [Fact]
    public void JackknifeInfluenceMatchesFormula()
    {
        // R: jk <- c(3.2, 2.9, 3.5, 3.1, 2.7); n <- 5; (n-1)*(mean(jk) - jk) -> -0.48 0.72 -1.68 -0.08 1.52
        var l = BootstrapIntervals.JackknifeInfluence([3.2, 2.9, 3.5, 3.1, 2.7]);
        Assert.Equal([-0.48, 0.72, -1.68, -0.08, 1.52], l, new ToleranceComparer(1e-9));
    }

    [Fact]
    public void NonFiniteReplicatesAreDropped()
    {
        var withNaN = T.Concat([double.NaN, double.PositiveInfinity]).ToArray();
        var ci = BootstrapIntervals.Percentile(withNaN, 10.1);
        Assert.Equal(999, ci.Replicates);
        Close(8.12888753844713, ci.Lower);
        Assert.True(double.IsNaN(BootstrapIntervals.Percentile([1.0], 1).Lower));
    }

    [Fact]
    public void BootstrapIsReproducibleAndIndependentOfParallelism()
    {
        var data = Enumerable.Range(0, 50).Select(i => Math.Sin(i) * 10).ToArray();
        static double Mean(IReadOnlyList<double> s) => s.Average();
        var one = Bootstrap.Replicate(data, Mean, 500, seed: 42, maxDegreeOfParallelism: 1);
        var four = Bootstrap.Replicate(data, Mean, 500, seed: 42, maxDegreeOfParallelism: 4);
        var other = Bootstrap.Replicate(data, Mean, 500, seed: 43, maxDegreeOfParallelism: 1);
        Assert.Equal(one, four);
        Assert.NotEqual(one, other);

        // The replicates scatter around the sample mean with the standard error sd/sqrt(n).
        var se = Math.Sqrt(data.Select(x => (x - data.Average()) * (x - data.Average())).Sum() / data.Length / data.Length);
        var sd = Math.Sqrt(one.Select(x => (x - one.Average()) * (x - one.Average())).Sum() / one.Length);
        Assert.InRange(sd / se, 0.85, 1.15);
        Assert.InRange(one.Average(), data.Average() - (3 * se / Math.Sqrt(500) * 10), data.Average() + (3 * se / Math.Sqrt(500) * 10));
    }

    [Fact]
    public void BcaOfAMeanCoversTheTruth()
    {
        var data = Enumerable.Range(1, 40).Select(i => (double)i).ToArray();
        static double Mean(IReadOnlyList<double> s) => s.Average();
        var replicates = Bootstrap.Replicate(data, Mean, 2000, seed: 7);
        var influence = BootstrapIntervals.JackknifeInfluence(Bootstrap.LeaveOneOut(data, Mean));
        var ci = BootstrapIntervals.BCa(replicates, Mean(data), influence);
        Assert.True(ci.Lower < 20.5 && 20.5 < ci.Upper);

        // Normal-theory interval for comparison: mean ± 1.96 sd/sqrt(n) = 20.5 ± 3.55
        Assert.InRange(ci.Upper - ci.Lower, 6.0, 8.2);
    }

    [Fact]
    public void PermutationTestDetectsAShiftAndNotANull()
    {
        var a = Enumerable.Range(0, 30).Select(i => 5.0 + Math.Sin(i)).ToArray();
        var b = Enumerable.Range(0, 30).Select(i => 6.5 + Math.Sin(i * 1.3)).ToArray();
        static double Diff(IReadOnlyList<double> x, IReadOnlyList<double> y) => x.Average() - y.Average();
        var shifted = PermutationTest.TwoSided(a, b, Diff, 999, seed: 1);
        Assert.Equal(1.0 / 1000, shifted.PValue, 12); // no permutation is as extreme
        Assert.Equal(a.Average() - b.Average(), shifted.Observed, 12);

        var same = PermutationTest.TwoSided(a, a.Reverse().ToArray(), Diff, 999, seed: 1);
        Assert.True(same.PValue > 0.9);

        var parallel = PermutationTest.TwoSided(a, b.Select(x => x - 1.2).ToArray(), Diff, 999, seed: 5, maxDegreeOfParallelism: 4);
        var serial = PermutationTest.TwoSided(a, b.Select(x => x - 1.2).ToArray(), Diff, 999, seed: 5, maxDegreeOfParallelism: 1);
        Assert.Equal(serial, parallel);
    }

    [Fact]
    public void DeterministicRandomIsStableAcrossRuns()
    {
        // Pinned values: the generator's stream must never change (saved seeds must reproduce results).
        var r = new DeterministicRandom(2026, 3);
        var first = r.NextUInt64();
        Assert.Equal(9406228675127618284UL, first);
        Assert.Equal(15707498754030981239UL, r.NextUInt64());
        var again = new DeterministicRandom(2026, 3).NextUInt64();
        Assert.Equal(first, again);
        Assert.NotEqual(first, new DeterministicRandom(2026, 4).NextUInt64());
        var counts = new int[10];
        var u = new DeterministicRandom(1);
        for (var i = 0; i < 100_000; i++)
        {
            counts[u.NextInt(10)]++;
        }

        Assert.All(counts, c => Assert.InRange(c, 9_500, 10_500));
    }

    [Fact]
    public void FewerReplicatesThanTheLevelNeedsGiveNoInterval()
    {
        // R: boot:::norm.inter(t[1:39], c(0.025, 0.975)) warns "extreme order statistics used as endpoints": (39 + 1) ×
        // 0.975 is 39, the largest replicate; with 40 both limits lie between order statistics. So 40 at 95%, 20 at 90%,
        // 200 at 99%, 10 at 80% (the fewest R with 1 < (R + 1) α and (R + 1)(1 - α) < R, α = (1 - level) / 2).
        Assert.Equal([40, 20, 200, 10], new[] { 0.95, 0.9, 0.99, 0.8 }.Select(BootstrapIntervals.MinimumReplicates));
        var ci39 = BootstrapIntervals.Percentile(T[..39], 10.1, 0.95);
        Assert.True(double.IsNaN(ci39.Lower) && double.IsNaN(ci39.Upper));
        Assert.Equal(39, ci39.Replicates);
        var ci40 = BootstrapIntervals.Percentile(T[..40], 10.1, 0.95);
        Assert.True(ci40.Lower > T[..40].Min() && ci40.Upper < T[..40].Max()); // between order statistics, not on the extremes

        // Two replicates that would have put the limits off the estimate: --bootstrap 2 printed 0.2 to 0.236 for 0.158.
        Assert.True(double.IsNaN(BootstrapIntervals.Percentile([0.2, 0.235955], 0.157895).Lower));
    }
}
