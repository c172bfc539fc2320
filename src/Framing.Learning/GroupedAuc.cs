using Framing.Statistics.Resampling;
using Framing.Statistics.Validation;

namespace Framing.Learning;

/// <summary>
/// The document AUC of out-of-fold scores (side A against side B, ties half), pooled over the folds, with an
/// outlet-cluster bootstrap interval: each replicate (its own random stream from the seed and its number) draws, per
/// side, as many outlets as the side has, with replacement, and the percentile interval of the replicate AUCs is read
/// as <c>framing validate</c> reads it.
/// </summary>
internal static class GroupedAuc
{
    /// <summary>The AUC and its interval (null with fewer than two outlets on a side, no replicates, or every document
    /// scoring alike).</summary>
    /// <param name="scores">Per document: its outlet index, its side (true: A) and its score.</param>
    /// <param name="options">Replicates, seed and level.</param>
    /// <param name="stream">A number that keeps the draws of different figures apart (the same draws for figures compared side by side).</param>
    /// <param name="cancellationToken">Stops the replicates (each a pass over every document).</param>
    public static (double Auc, double? Low, double? High) Compute(IReadOnlyList<(int Outlet, bool SideA, double Score)> scores, LearningOptions options, ulong stream = 0, CancellationToken cancellationToken = default)
    {
        var a = scores.Where(s => s.SideA).Select(s => s.Score).ToList();
        var b = scores.Where(s => !s.SideA).Select(s => s.Score).ToList();
        if (a.Count == 0 || b.Count == 0)
        {
            return (double.NaN, null, null);
        }

        var auc = AreaUnderCurve.MannWhitney(a, b);
        if (a.Concat(b).All(score => score == a[0]))
        {
            // Every document scores alike (an axis no document matches, a classifier without features): the AUC of its
            // ties, 0.5, and no interval, as framing validate gives it; every replicate would be 0.5 too, and an interval
            // of 0.5 to 0.5 would read as a measured certainty.
            return (auc, null, null);
        }

        var outletsA = scores.Where(s => s.SideA).Select(s => s.Outlet).Distinct().Order().ToArray();
        var outletsB = scores.Where(s => !s.SideA).Select(s => s.Outlet).Distinct().Order().ToArray();
        if (options.Replicates == 0 || outletsA.Length < 2 || outletsB.Length < 2)
        {
            return (auc, null, null);
        }

        // Each outlet's scores, sorted once (side A's outlets first); a replicate weights each outlet by how many times
        // it was drawn, and its 2U is one pass over the sorted scores, as the pooled documents of the drawn outlets give.
        var kA = outletsA.Length;
        var position = new Dictionary<(bool SideA, int Outlet), int>();
        var shares = new List<double>[kA + outletsB.Length];
        for (var i = 0; i < shares.Length; i++)
        {
            position[i < kA ? (true, outletsA[i]) : (false, outletsB[i - kA])] = i;
            shares[i] = [];
        }

        foreach (var (outlet, sideA, score) in scores)
        {
            shares[position[(sideA, outlet)]].Add(score);
        }

        foreach (var outlet in shares)
        {
            outlet.Sort();
        }

        var ranked = new RankedShares(shares, kA);
        var weights = new int[shares.Length];
        var replicates = new List<double>(options.Replicates);
        for (var r = 0; r < options.Replicates; r++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var random = new DeterministicRandom(options.Seed ^ (stream * 0x9E3779B97F4A7C15UL), (ulong)r);
            Array.Clear(weights);
            for (var i = 0; i < kA; i++)
            {
                weights[random.NextInt(kA)]++;
            }

            for (var i = 0; i < outletsB.Length; i++)
            {
                weights[kA + random.NextInt(outletsB.Length)]++;
            }

            long documentsA = 0, documentsB = 0;
            for (var i = 0; i < shares.Length; i++)
            {
                documentsA += i < kA ? (long)weights[i] * shares[i].Count : 0;
                documentsB += i < kA ? 0 : (long)weights[i] * shares[i].Count;
            }

            replicates.Add(ranked.TwiceU(weights) / (2.0 * documentsA * documentsB));
        }

        var interval = BootstrapIntervals.Percentile(replicates, auc, options.ConfidenceLevel);
        return (auc, interval.Lower, interval.Upper);
    }
}
