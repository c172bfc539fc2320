namespace Framing.Learning.Tests;

/// <summary>The outlet-cluster AUC of the learning verbs.</summary>
public sealed class GroupedAucTests
{
    private static readonly (int Outlet, bool SideA, double Score)[] Scores =
    [
        (0, true, 0.9), (0, true, 0.7), (1, true, 0.8), (1, true, 0.4),
        (2, false, 0.3), (2, false, 0.5), (3, false, 0.2), (3, false, 0.6),
    ];

    [Fact]
    public void TheAucCountsTiesHalfAndTheIntervalHoldsIt()
    {
        // Side A's 0.9, 0.7, 0.8 beat all four of B's; 0.4 beats 0.3 and 0.2: (12 + 2) / 16.
        var (auc, low, high) = GroupedAuc.Compute(Scores, new LearningOptions { Replicates = 200, Seed = 3 });
        Assert.Equal(14.0 / 16, auc, 12);
        Assert.NotNull(low);
        Assert.True(low <= auc && auc <= high, $"{low} {auc} {high}");
    }

    [Fact]
    public void DocumentsThatAllScoreAlikeHaveNoInterval()
    {
        // Before: an axis no document matched (every share alike) got 0.5 with an interval of 0.5 to 0.5, where
        // framing validate gives none.
        var flat = Scores.Select(s => (s.Outlet, s.SideA, 0.5)).ToArray();
        Assert.Equal((0.5, (double?)null, (double?)null), GroupedAuc.Compute(flat, new LearningOptions { Replicates = 200 }));
    }

    [Fact]
    public void ACancelledTokenStopsTheReplicates()
    {
        // Before: the bootstrap of the AUC intervals took no token, so Calibrate and Learn cancelled during it returned a
        // report, seconds later, as if nothing had been asked.
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => GroupedAuc.Compute(Scores, new LearningOptions { Replicates = 2000 }, cancellationToken: cancelled.Token));
        Assert.Equal(14.0 / 16, GroupedAuc.Compute(Scores, new LearningOptions { Replicates = 0 }, cancellationToken: cancelled.Token).Auc, 12); // nothing to stop
    }

    [Fact]
    public void TheIntervalIsTheOneOfPoolingEachReplicatesDrawnOutlets()
    {
        // Before: each replicate pooled the scores of the outlets it drew and sorted them (and each outlet's scores were
        // found by a pass over every document: outlets × documents). Now a replicate weights the outlets of one sorted
        // pass; the replicates, and so the interval, are the same numbers, whatever the ties and the outlets' order.
        var random = new Random(20260109);
        var withInterval = 0;
        for (var trial = 0; trial < 40; trial++)
        {
            var scores = Enumerable.Range(0, random.Next(4, 60))
                .Select(_ => random.Next(0, 9))
                .Select(outlet => (Outlet: outlet, SideA: outlet % 3 != 0, Score: random.Next(0, 5) / 4.0))
                .ToArray();
            var options = new LearningOptions { Replicates = 50, Seed = (ulong)trial };
            var expected = Pooled(scores, options, stream: 2);
            Assert.Equal(expected, GroupedAuc.Compute(scores, options, stream: 2));
            withInterval += expected.Low is null ? 0 : 1;
        }

        Assert.True(withInterval >= 30, $"{withInterval} of 40 trials with an interval");
    }

    /// <summary>The replicates as they were computed before: every replicate's drawn outlets pooled and sorted.</summary>
    private static (double Auc, double? Low, double? High) Pooled((int Outlet, bool SideA, double Score)[] scores, LearningOptions options, ulong stream)
    {
        var a = scores.Where(s => s.SideA).Select(s => s.Score).ToList();
        var b = scores.Where(s => !s.SideA).Select(s => s.Score).ToList();
        if (a.Count == 0 || b.Count == 0)
        {
            return (double.NaN, null, null);
        }

        var auc = Framing.Statistics.Validation.AreaUnderCurve.MannWhitney(a, b);
        var outletsA = scores.Where(s => s.SideA).Select(s => s.Outlet).Distinct().Order().ToArray();
        var outletsB = scores.Where(s => !s.SideA).Select(s => s.Outlet).Distinct().Order().ToArray();
        if (a.Concat(b).All(score => score == a[0]) || outletsA.Length < 2 || outletsB.Length < 2)
        {
            return (auc, null, null);
        }

        var byOutletA = outletsA.Select(o => scores.Where(s => s.SideA && s.Outlet == o).Select(s => s.Score).ToArray()).ToArray();
        var byOutletB = outletsB.Select(o => scores.Where(s => !s.SideA && s.Outlet == o).Select(s => s.Score).ToArray()).ToArray();
        var replicates = new List<double>();
        for (var r = 0; r < options.Replicates; r++)
        {
            var draw = new Framing.Statistics.Resampling.DeterministicRandom(options.Seed ^ (stream * 0x9E3779B97F4A7C15UL), (ulong)r);
            var ra = new List<double>();
            var rb = new List<double>();
            for (var i = 0; i < byOutletA.Length; i++)
            {
                ra.AddRange(byOutletA[draw.NextInt(byOutletA.Length)]);
            }

            for (var i = 0; i < byOutletB.Length; i++)
            {
                rb.AddRange(byOutletB[draw.NextInt(byOutletB.Length)]);
            }

            replicates.Add(Framing.Statistics.Validation.AreaUnderCurve.MannWhitney(ra, rb));
        }

        var interval = Framing.Statistics.Resampling.BootstrapIntervals.Percentile(replicates, auc, options.ConfidenceLevel);
        return (auc, interval.Lower, interval.Upper);
    }
}
