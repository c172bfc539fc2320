using Framing.Scoring;

namespace Framing.Statistics.Comparisons;

// The per-document sums the permutation tests resample.
internal static partial class GroupComparer
{
    /// <summary>Up to this many weights per document, the reading buffer is on the stack.</summary>
    private const int StackWeights = 256;

    internal static PermutationUnit[] DocumentSums(PackedPoleWeights documents, ScoreAxis axis)
    {
        var units = new PermutationUnit[documents.Count];
        return Trimmed(units, Fill(documents, axis, units, 0));
    }

    private static PermutationUnit[] RestSums(DocumentPoleWeights documents, string except, ScoreAxis axis)
    {
        var count = 0;
        foreach (var group in documents.Groups)
        {
            if (!string.Equals(group, except, StringComparison.Ordinal))
            {
                count += documents.Of(group).Count;
            }
        }

        var units = new PermutationUnit[count];
        var at = 0;
        foreach (var group in documents.Groups)
        {
            if (!string.Equals(group, except, StringComparison.Ordinal))
            {
                at = Fill(documents.Of(group), axis, units, at);
            }
        }

        return Trimmed(units, at);
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

    private static PermutationUnit[] Trimmed(PermutationUnit[] units, int count) =>
        count == units.Length ? units : units.AsSpan(0, count).ToArray();
}
