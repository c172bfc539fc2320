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
}
