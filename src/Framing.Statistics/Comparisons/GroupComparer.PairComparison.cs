using Framing.Lexicons;
using Framing.Scoring;
using Framing.Statistics.Resampling;
using Framing.Statistics.Scores;

namespace Framing.Statistics.Comparisons;

// One pair on one axis: the score difference with its bootstrap interval and permutation p-value.
internal static partial class GroupComparer
{
    private static ComparisonRow ComparePair(string target, ScoreAxis axis, GroupTally g1, GroupTally g2, DocumentPoleWeights documents, ComparisonOptions options, ulong seed, CancellationToken cancellationToken)
    {
        var isRest = g2.Group.StartsWith("rest\u0000", StringComparison.Ordinal);
        var (countA1, countB1, weightA1, weightB1) = Pool(g1.Counts, axis, options.Voices);
        var (countA2, countB2, weightA2, weightB2) = Pool(g2.Counts, axis, options.Voices);
        var score1 = FramingScore.Score(weightA1, weightB1);
        var score2 = FramingScore.Score(weightA2, weightB2);
        var notes = new List<string>();
        var row = new ComparisonRow
        {
            Dimension = target,
            Kind = isRest ? ComparisonKind.VersusRest : ComparisonKind.Pair,
            Group1 = g1.Group,
            Group2 = isRest ? "rest" : g2.Group,
            Documents1 = g1.Documents,
            Documents2 = g2.Documents,
            CountA1 = countA1,
            CountB1 = countB1,
            CountA2 = countA2,
            CountB2 = countB2,
            Score1 = score1,
            Score2 = score2,
            Difference = score1 - score2,
        };

        if (score1 is null || score2 is null)
        {
            notes.Add("a group has no matches");
        }
        else
        {
            if (g1.Replicates is not { } r1 || g2.Replicates is not { } r2)
            {
                notes.Add("no bootstrap");
            }
            else
            {
                if (g1.Documents < options.MinimumDocuments || g2.Documents < options.MinimumDocuments)
                {
                    notes.Add($"too few documents for an interval (< {options.MinimumDocuments})");
                }
                else if (r1.Settings.Replicates < BootstrapIntervals.MinimumReplicates(options.ConfidenceLevel))
                {
                    notes.Add(ScoreIntervals.TooFewReplicatesFor(r1.Settings.Replicates, options.ConfidenceLevel));
                }
                else
                {
                    var s1 = r1.Scores(axis, options.Voices);
                    var s2 = r2.Scores(axis, options.Voices);
                    var differences = new double[s1.Length];
                    for (var b = 0; b < s1.Length; b++)
                    {
                        differences[b] = s1[b] - s2[b];
                    }

                    var interval = BootstrapIntervals.Percentile(differences, score1.Value - score2.Value, options.ConfidenceLevel);
                    if (interval.Replicates >= ScoreIntervals.MinimumDefinedShare * differences.Length && double.IsFinite(interval.Lower))
                    {
                        row = row with { DifferenceLower = interval.Lower, DifferenceUpper = interval.Upper };
                    }
                    else
                    {
                        notes.Add("too few documents with matches for an interval");
                    }
                }
            }

            IReadOnlyList<PackedPoleWeights> second = isRest
                ? [.. documents.Groups.Where(g => !string.Equals(g, g1.Group, StringComparison.Ordinal)).Select(documents.Of)]
                : [documents.Of(g2.Group)];
            var (units, matched1, matched) = PairSums(documents.Of(g1.Group), second, axis);
            var (_, p) = LabelPermutation.Test(units, matched1, matched, g1.Documents, g2.Documents, options.Permutations, seed, options.MaxDegreeOfParallelism, cancellationToken: cancellationToken);
            row = row with
            {
                PPermutation = double.IsNaN(p) ? null : p,
                PPermutationFloor = double.IsNaN(p) ? null : LabelPermutation.Floor(matched, g1.Documents, g2.Documents, options.Permutations),
            };
        }

        row = CountTests(row, countA1, countB1, countA2, countB2, options.ConfidenceLevel, notes);
        return row with { Note = string.Join("; ", notes) };
    }
}
