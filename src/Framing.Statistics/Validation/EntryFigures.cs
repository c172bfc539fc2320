using Framing.Corpus;
using Framing.Lexicons;
using Framing.Statistics.Resampling;
using Framing.Statistics.Scores;

namespace Framing.Statistics.Validation;

/// <summary>Per-entry evidence: counts per side, the log-odds ratio with its outlet-cluster bootstrap interval (the
/// replicates from <see cref="EntryReplicates"/>), the verdict.</summary>
internal static class EntryFigures
{
    /// <summary>The note of an entry's missing interval when a side's documents have no tokens.</summary>
    internal const string NoTokensNote = "a side has no tokens";

    public static EntryValidation[] Compute(Lexicon lexicon, EntryRows rows, OutletSample[] outlets, ClusterBootstrap bootstrap, EntryReplicates entryReplicates, double confidenceLevel, int parallelism)
    {
        var kA = bootstrap.OutletsA;
        var k = outlets.Length;
        var tokens = outlets.Select(o => o.Tokens).ToArray();
        long tokensA = tokens.Take(kA).Sum(), tokensB = tokens.Skip(kA).Sum();
        var obstacle = bootstrap.Obstacle();
        var results = new EntryValidation[rows.Count];
        Parallel.For(0, rows.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, e =>
        {
            var (entry, isScare) = rows.Rows[e];
            long countA = 0, countB = 0, documentsA = 0, documentsB = 0;
            int outletsA = 0, outletsB = 0;
            for (var c = 0; c < k; c++)
            {
                var count = outlets[c].EntryMatches[e];
                if (c < kA)
                {
                    countA += count;
                    documentsA += outlets[c].EntryDocuments[e];
                    outletsA += count > 0 ? 1 : 0;
                }
                else
                {
                    countB += count;
                    documentsB += outlets[c].EntryDocuments[e];
                    outletsB += count > 0 ? 1 : 0;
                }
            }

            var ratio = LogOddsRatio(countA, tokensA, countB, tokensB);
            ConfidenceInterval interval;
            if (countA + countB == 0)
            {
                // An unused entry's ratio is 0 by its prior, and so is every replicate's: no interval rather than [0, 0].
                interval = ConfidenceInterval.Absent(IntervalAbsence.NoMatches, AxisFigures.NoMatchesNote);
            }
            else if (tokensA == 0 || tokensB == 0)
            {
                // The ratio is undefined (null); replicates that leave out the side's using outlets are not 0 but undefined too.
                interval = ConfidenceInterval.Absent(IntervalAbsence.NoTokensOnASide, NoTokensNote);
            }
            else if (obstacle is not null)
            {
                interval = ConfidenceInterval.Absent(bootstrap.Replicates == 0 ? IntervalAbsence.NoBootstrap : IntervalAbsence.TooFewOutlets, obstacle);
            }
            else
            {
                var replicates = entryReplicates.Of(e)!;
                var percentile = BootstrapIntervals.Percentile(replicates, ratio, confidenceLevel);
                interval = double.IsFinite(percentile.Lower) && double.IsFinite(percentile.Upper)
                    ? ConfidenceInterval.Of(percentile.Lower, percentile.Upper)
                    : ConfidenceInterval.Absent(IntervalAbsence.TooFewReplicates, ScoreIntervals.TooFewReplicatesFor(percentile.Replicates, confidenceLevel));
            }

            var (verdict, note) = Judge(entry.Side, countA + countB, outletsA + outletsB, interval);
            var pole = lexicon.FindDimension(entry.DimensionId)?.GetPole(entry.Side)?.Id ?? "neutral";
            results[e] = new EntryValidation(
                entry, pole, isScare, documentsA, documentsB, outletsA, outletsB, countA, countB,
                tokensA == 0 ? null : countA * 1000.0 / tokensA, tokensB == 0 ? null : countB * 1000.0 / tokensB,
                tokensA == 0 || tokensB == 0 ? null : ratio, interval, verdict, note);
        });
        return results;
    }

    /// <summary>
    /// ln((cA + πA) / (tA − cA + πA)) − ln((cB + πB) / (tB − cB + πB)): the odds of a token being a match, side A
    /// against side B, with a prior of one match in all shared in proportion to the sides' tokens (πA = tA / (tA + tB),
    /// πB = tB / (tA + tB): 0.5 each when the sides have as many tokens). The shares keep the prior neutral: an entry
    /// that neither side uses has a ratio of exactly 0, however unequal the sides' sizes (a flat 0.5 on each side would
    /// give it ln(tB / tA) and favour the smaller side). NaN when a side has no tokens: its odds are undefined.
    /// </summary>
    internal static double LogOddsRatio(long countA, long tokensA, long countB, long tokensB)
    {
        if (tokensA == 0 || tokensB == 0)
        {
            return double.NaN; // the odds of a token of a side without tokens are undefined (a replicate that drew no token of a side)
        }

        if (countA == 0 && countB == 0)
        {
            return 0; // exactly, not a rounding error away from it: verdicts compare interval limits with 0
        }

        var total = (double)tokensA + tokensB;
        var (priorA, priorB) = total > 0 ? (tokensA / total, tokensB / total) : (0.5, 0.5);
        return Math.Log((countA + priorA) / (Math.Max(tokensA - countA, 0) + priorA))
            - Math.Log((countB + priorB) / (Math.Max(tokensB - countB, 0) + priorB));
    }

    internal static (EntryVerdict Verdict, string Note) Judge(PoleSide side, long uses, int outlets, ConfidenceInterval interval)
    {
        if (uses == 0)
        {
            return (EntryVerdict.Unused, "no document of either side uses it");
        }

        if (side == PoleSide.Neutral)
        {
            return (EntryVerdict.Neutral, "neutral entry");
        }

        if (outlets == 1)
        {
            return (EntryVerdict.Unclear, "used by one outlet only");
        }

        if (!interval.HasInterval)
        {
            return (EntryVerdict.Unclear, interval.Note);
        }

        var leansA = interval.Lower > 0;
        var leansB = interval.Upper < 0;
        if (!leansA && !leansB)
        {
            return (EntryVerdict.Unclear, "interval includes 0");
        }

        return leansA == (side == PoleSide.A)
            ? (EntryVerdict.Agrees, leansA ? "used more by side A" : "used more by side B")
            : (EntryVerdict.Contradicts, leansA ? "pole B entry used more by side A" : "pole A entry used more by side B");
    }
}
