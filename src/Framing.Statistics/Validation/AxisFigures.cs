using Framing.Corpus;
using Framing.Scoring;
using Framing.Statistics.Resampling;
using Framing.Statistics.Scores;
using MathNet.Numerics.Statistics;

namespace Framing.Statistics.Validation;

/// <summary>
/// The figures of one dimension or composite: the document AUC with its outlet-cluster bootstrap interval, the outlet
/// ordering, and the leave-one-outlet-out rows. The Mann–Whitney count (2U, an integer) is computed over the documents of
/// both sides sorted once by share (<see cref="RankedShares"/>), per outlet and in total, so that a bootstrap replicate
/// (a whole-number weight per outlet) or the comparison without one outlet is exact and independent of document order.
/// Time O(N log N + R · N) and memory O(N + outlets) for N documents and R replicates, with pairs of outlets counted
/// instead (<see cref="OutletPairCounts"/>) where that is cheaper: few outlets, many documents.
/// </summary>
internal static class AxisFigures
{
    /// <summary>The note of an interval missing because no document of either side has a match on the axis or entry.</summary>
    internal const string NoMatchesNote = "no match on either side";

    public static (AxisValidation Axis, OutletValidation[] Outlets) Compute(ScoreAxis axis, int x, OutletSample[] outlets, ClusterBootstrap bootstrap, double confidenceLevel)
    {
        var kA = bootstrap.OutletsA;
        var kB = bootstrap.OutletsB;
        var n = outlets.Select(o => o.Documents).ToArray();
        long nA = n.Take(kA).Sum(), nB = n.Skip(kA).Sum();
        var ranked = RankedShares.OnAxis(outlets, x, kA);

        // Side A's sums are the rows of the outlet-pair counts, side B's the columns; each side's add up to the total.
        var sums = ranked.OutletSums(outlets.Length);
        long total = 0;
        for (var c = 0; c < kA; c++)
        {
            total += sums[c];
        }

        double? auc = nA > 0 && nB > 0 ? total / (2.0 * nA * nB) : null;
        long noMatchA = outlets.Take(kA).Sum(o => o.NoMatch[x]), noMatchB = outlets.Skip(kA).Sum(o => o.NoMatch[x]);

        // Where no document of either side has a match the AUC is 0.5 by its ties, and every replicate gives 0.5 again:
        // a zero-width interval would read as certainty about an axis that measured nothing.
        var interval = auc is not null && noMatchA == nA && noMatchB == nB
            ? ConfidenceInterval.Absent(IntervalAbsence.NoMatches, NoMatchesNote)
            : Interval(auc, outlets, x, ranked, n, (nA, nB), bootstrap, confidenceLevel);

        // Outlet scores as 'framing score' computes them; an outlet without weight is placed at 0, the middle.
        var scores = outlets.Select(o => FramingScore.Score(o.WeightA[x], o.WeightB[x])).ToArray();
        var placed = scores.Select(s => s ?? 0).ToArray();
        bool? ordered = null;
        double? margin = null;
        string? lowestA = null, highestB = null;
        if (kA > 0 && kB > 0)
        {
            var low = 0;
            for (var c = 1; c < kA; c++)
            {
                low = placed[c] < placed[low] ? c : low;
            }

            var high = kA;
            for (var d = kA + 1; d < kA + kB; d++)
            {
                high = placed[d] > placed[high] ? d : high;
            }

            ordered = placed[low] > placed[high];
            margin = placed[low] - placed[high];
            lowestA = outlets[low].Group;
            highestB = outlets[high].Group;
        }

        double? spearman = null;
        if (kA + kB >= 2)
        {
            var rho = Correlation.Spearman(placed, outlets.Select(o => o.Side == KnownSide.A ? 1.0 : 0.0));
            spearman = double.IsFinite(rho) ? rho : null;
        }

        var row = new AxisValidation(
            axis.Id, axis.IsComposite, nA, nB, kA, kB, auc, interval,
            nA == 0 ? 0 : (double)noMatchA / nA, nB == 0 ? 0 : (double)noMatchB / nB,
            ordered, margin, lowestA, highestB, spearman);

        var places = new OutletPlaces(placed, kA);
        var rows = new OutletValidation[outlets.Length];
        for (var i = 0; i < outlets.Length; i++)
        {
            var o = outlets[i];
            double? own, without, beats;
            if (i < kA)
            {
                own = nB > 0 ? sums[i] / (2.0 * n[i] * nB) : null;
                without = nA - n[i] > 0 && nB > 0 ? (total - sums[i]) / (2.0 * (nA - n[i]) * nB) : null;
                beats = kB > 0 ? places.Beats(i) / kB : null;
            }
            else
            {
                own = nA > 0 ? sums[i] / (2.0 * nA * n[i]) : null;
                without = nB - n[i] > 0 && nA > 0 ? (total - sums[i]) / (2.0 * nA * (nB - n[i])) : null;
                beats = kA > 0 ? places.Beats(i) / kA : null;
            }

            rows[i] = new OutletValidation(axis.Id, o.Group, o.Side, [.. o.Leanings], o.Documents, scores[i], (double)o.NoMatch[x] / o.Documents, own, without, auc, beats);
        }

        return (row, rows);
    }

    private static ConfidenceInterval Interval(double? auc, OutletSample[] outlets, int x, RankedShares ranked, long[] n, (long A, long B) documents, ClusterBootstrap bootstrap, double confidenceLevel)
    {
        if (auc is null)
        {
            return ConfidenceInterval.Absent(IntervalAbsence.NoDocumentsOnASide, "no documents on a side");
        }

        if (bootstrap.Obstacle() is { } obstacle)
        {
            return ConfidenceInterval.Absent(bootstrap.Replicates == 0 ? IntervalAbsence.NoBootstrap : IntervalAbsence.TooFewOutlets, obstacle);
        }

        var kA = bootstrap.OutletsA;
        var kB = bootstrap.OutletsB;
        IWeightedTwiceU counts = OutletPairCounts.IsCheaper(kA, kB, documents.A, documents.B, ranked.Runs, bootstrap.Replicates)
            ? new OutletPairCounts(outlets, x, kA)
            : ranked;
        var replicates = new double[bootstrap.Replicates];
        for (var b = 0; b < replicates.Length; b++)
        {
            var m = bootstrap.Multiplicities(b);
            long docsA = 0, docsB = 0;
            for (var c = 0; c < m.Length; c++)
            {
                if (c < kA)
                {
                    docsA += m[c] * n[c];
                }
                else
                {
                    docsB += m[c] * n[c];
                }
            }

            // Exact: 2U ≤ 2 · docsA · docsB, far below 2^53 for any corpus held in memory.
            replicates[b] = counts.TwiceU(m) / (2.0 * docsA * docsB);
        }

        var interval = BootstrapIntervals.Percentile(replicates, auc.Value, confidenceLevel);
        return double.IsFinite(interval.Lower) && double.IsFinite(interval.Upper)
            ? ConfidenceInterval.Of(interval.Lower, interval.Upper)
            : ConfidenceInterval.Absent(IntervalAbsence.TooFewReplicates, ScoreIntervals.TooFewReplicatesNote);
    }
}
