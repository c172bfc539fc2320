using Framing.Corpus;
using Framing.Scoring;
using Framing.Statistics.Resampling;
using Framing.Statistics.Scores;
using MathNet.Numerics.Statistics;

namespace Framing.Statistics.Validation;

/// <summary>
/// The figures of one dimension or composite from its <see cref="AxisCounts"/>: the document AUC with its outlet-cluster
/// bootstrap interval, the outlet ordering, and the leave-one-outlet-out rows. The Mann–Whitney counts are integers
/// (2U), so that a bootstrap replicate or the comparison without one outlet is exact and independent of document order.
/// Time O(outlets log outlets) beyond the counts.
/// </summary>
internal static class AxisFigures
{
    /// <summary>The note of an interval missing because no document of either side has a match on the axis or entry.</summary>
    internal const string NoMatchesNote = "no match on either side";

    public static (AxisValidation Axis, OutletValidation[] Outlets) Compute(ScoreAxis axis, int x, OutletSample[] outlets, AxisCounts counts, ClusterBootstrap bootstrap, double confidenceLevel)
    {
        var kA = bootstrap.OutletsA;
        var kB = bootstrap.OutletsB;
        var (n, nA, nB, sums, total, auc) = (counts.Documents, counts.DocumentsA, counts.DocumentsB, counts.Sums, counts.Total, counts.Auc);
        long noMatchA = counts.NoMatchA, noMatchB = counts.NoMatchB;
        var interval = Interval(counts, bootstrap, confidenceLevel);

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
            ordered, margin, lowestA, highestB, spearman,
            nA == 0 ? 0 : (double)counts.OutOfScopeA / nA, nB == 0 ? 0 : (double)counts.OutOfScopeB / nB);

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

    private static ConfidenceInterval Interval(AxisCounts counts, ClusterBootstrap bootstrap, double confidenceLevel)
    {
        switch (counts.AbsentInterval())
        {
            case IntervalAbsence.NoDocumentsOnASide:
                return ConfidenceInterval.Absent(IntervalAbsence.NoDocumentsOnASide, "no documents on a side");
            case IntervalAbsence.NoMatches:
                return ConfidenceInterval.Absent(IntervalAbsence.NoMatches, NoMatchesNote);
        }

        if (bootstrap.Obstacle() is { } obstacle)
        {
            return ConfidenceInterval.Absent(bootstrap.Replicates == 0 ? IntervalAbsence.NoBootstrap : IntervalAbsence.TooFewOutlets, obstacle);
        }

        var interval = BootstrapIntervals.Percentile(counts.Replicates!, counts.Auc!.Value, confidenceLevel);
        return double.IsFinite(interval.Lower) && double.IsFinite(interval.Upper)
            ? ConfidenceInterval.Of(interval.Lower, interval.Upper)
            : ConfidenceInterval.Absent(IntervalAbsence.TooFewReplicates, ScoreIntervals.TooFewReplicatesFor(interval.Replicates, confidenceLevel));
    }
}
