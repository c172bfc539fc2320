using System.Runtime.InteropServices;
using Framing.Corpus;
using Framing.Scoring;
using Framing.Statistics.Resampling;
using Framing.Statistics.Scores;
using MathNet.Numerics.Statistics;

namespace Framing.Statistics.Validation;

/// <summary>
/// The figures of one dimension or composite: the document AUC with its outlet-cluster bootstrap interval, the outlet
/// ordering, and the leave-one-outlet-out rows. The Mann–Whitney count is kept per pair of outlets (2U, an integer), so
/// that a bootstrap replicate, or the comparison without one outlet, is a weighted sum of those counts: exact, and
/// independent of document order.
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
        var pairs = new long[kA, kB];
        var rowSums = new long[kA];
        var columnSums = new long[kB];
        long total = 0;
        for (var c = 0; c < kA; c++)
        {
            var higher = CollectionsMarshal.AsSpan(outlets[c].Shares[x]);
            for (var d = 0; d < kB; d++)
            {
                var u = AreaUnderCurve.TwiceU(higher, CollectionsMarshal.AsSpan(outlets[kA + d].Shares[x]));
                pairs[c, d] = u;
                rowSums[c] += u;
                columnSums[d] += u;
                total += u;
            }
        }

        double? auc = nA > 0 && nB > 0 ? total / (2.0 * nA * nB) : null;
        long noMatchA = outlets.Take(kA).Sum(o => o.NoMatch[x]), noMatchB = outlets.Skip(kA).Sum(o => o.NoMatch[x]);

        // Where no document of either side has a match the AUC is 0.5 by its ties, and every replicate gives 0.5 again:
        // a zero-width interval would read as certainty about an axis that measured nothing.
        var interval = auc is not null && noMatchA == nA && noMatchB == nB
            ? ConfidenceInterval.Absent(IntervalAbsence.NoMatches, NoMatchesNote)
            : Interval(auc, pairs, n, bootstrap, confidenceLevel);

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

        var rows = new OutletValidation[outlets.Length];
        for (var i = 0; i < outlets.Length; i++)
        {
            var o = outlets[i];
            double? own, without, beats;
            if (i < kA)
            {
                own = nB > 0 ? rowSums[i] / (2.0 * n[i] * nB) : null;
                without = nA - n[i] > 0 && nB > 0 ? (total - rowSums[i]) / (2.0 * (nA - n[i]) * nB) : null;
                beats = kB > 0 ? Beats(placed, i, kA, kA + kB, higher: true) / kB : null;
            }
            else
            {
                own = nA > 0 ? columnSums[i - kA] / (2.0 * nA * n[i]) : null;
                without = nB - n[i] > 0 && nA > 0 ? (total - columnSums[i - kA]) / (2.0 * nA * (nB - n[i])) : null;
                beats = kA > 0 ? Beats(placed, i, 0, kA, higher: false) / kA : null;
            }

            rows[i] = new OutletValidation(axis.Id, o.Group, o.Side, [.. o.Leanings], o.Documents, scores[i], (double)o.NoMatch[x] / o.Documents, own, without, auc, beats);
        }

        return (row, rows);
    }

    /// <summary>How many outlets in [from, to) outlet i is beyond (above when <paramref name="higher"/>), ties half.</summary>
    private static double Beats(double[] placed, int i, int from, int to, bool higher)
    {
        var count = 0.0;
        for (var j = from; j < to; j++)
        {
            if (placed[i] == placed[j])
            {
                count += 0.5;
            }
            else if (placed[i] > placed[j] == higher)
            {
                count += 1;
            }
        }

        return count;
    }

    private static ConfidenceInterval Interval(double? auc, long[,] pairs, long[] n, ClusterBootstrap bootstrap, double confidenceLevel)
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
        var replicates = new double[bootstrap.Replicates];
        for (var b = 0; b < replicates.Length; b++)
        {
            var m = bootstrap.Multiplicities(b);
            double twiceU = 0;
            long docsA = 0, docsB = 0;
            for (var d = 0; d < kB; d++)
            {
                docsB += m[kA + d] * n[kA + d];
            }

            for (var c = 0; c < kA; c++)
            {
                if (m[c] == 0)
                {
                    continue;
                }

                docsA += m[c] * n[c];
                long row = 0;
                for (var d = 0; d < kB; d++)
                {
                    row += m[kA + d] * pairs[c, d];
                }

                twiceU += (double)m[c] * row;
            }

            replicates[b] = twiceU / (2.0 * docsA * docsB);
        }

        var interval = BootstrapIntervals.Percentile(replicates, auc.Value, confidenceLevel);
        return double.IsFinite(interval.Lower) && double.IsFinite(interval.Upper)
            ? ConfidenceInterval.Of(interval.Lower, interval.Upper)
            : ConfidenceInterval.Absent(IntervalAbsence.TooFewReplicates, ScoreIntervals.TooFewReplicatesNote);
    }
}
