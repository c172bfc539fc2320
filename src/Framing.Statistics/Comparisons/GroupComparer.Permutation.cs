using Framing.Scoring;

namespace Framing.Statistics.Comparisons;

// The per-document sums the permutation tests resample.
internal static partial class GroupComparer
{
    /// <summary>Up to this many weights per document, the reading buffer is on the stack.</summary>
    private const int StackWeights = 256;

    /// <summary>
    /// The axis's pooled weights of each document with weight on it, in one array for <see cref="LabelPermutation.Test(PermutationUnit[], int, int, long, long, int, ulong, int, int, CancellationToken)"/>:
    /// group 1's documents first, then those of group 2 (its one group, or every other group for a comparison with the rest).
    /// </summary>
    /// <param name="group1">Group 1's documents with matches.</param>
    /// <param name="group2">Group 2's groups' documents with matches.</param>
    /// <param name="axis">The axis.</param>
    /// <returns>The array (as long as the documents with matches, so its tail may be unused), how many of group 1's, and how many in all.</returns>
    internal static (PermutationUnit[] Units, int Matched1, int Matched) PairSums(PackedPoleWeights group1, IReadOnlyList<PackedPoleWeights> group2, ScoreAxis axis)
    {
        var count = group1.Count;
        foreach (var group in group2)
        {
            count += group.Count;
        }

        var units = new PermutationUnit[count];
        var matched1 = Fill(group1, axis, units, 0);
        var matched = matched1;
        foreach (var group in group2)
        {
            matched = Fill(group, axis, units, matched);
        }

        return (units, matched1, matched);
    }

    /// <summary>Writes the axis's pooled weights of each document with weight on it to <paramref name="into"/> from <paramref name="at"/>.</summary>
    /// <returns>The index after the last written.</returns>
    private static int Fill(PackedPoleWeights documents, ScoreAxis axis, PermutationUnit[] into, int at)
    {
        var slots = 2 * documents.DimensionCount;
        Span<long> weights = slots <= StackWeights ? stackalloc long[slots] : new long[slots];
        var reader = documents.Read();
        while (reader.Next(weights, out var key))
        {
            var (sumA, sumB) = axis.Pool(weights);
            if (sumA + sumB > 0)
            {
                into[at++] = new PermutationUnit(key, sumA, sumB);
            }
        }

        return at;
    }
}
