using Framing.Scoring;

namespace Framing.Statistics.Comparisons;

// The per-document sums the permutation tests resample.
internal static partial class GroupComparer
{
    private static PermutationUnit[] DocumentSums(IReadOnlyList<long[]> documents, IReadOnlyList<ulong> keys, ScoreAxis axis)
    {
        var units = new List<PermutationUnit>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var (sumA, sumB) = axis.Pool(documents[i]);

            if (sumA + sumB > 0)
            {
                units.Add(new PermutationUnit(keys[i], sumA, sumB));
            }
        }

        return [.. units];
    }

    private static PermutationUnit[] RestSums(DocumentPoleWeights documents, string except, ScoreAxis axis)
    {
        var all = new List<PermutationUnit>();
        foreach (var group in documents.Groups)
        {
            if (!string.Equals(group, except, StringComparison.Ordinal))
            {
                all.AddRange(DocumentSums(documents.Of(group), documents.KeysOf(group), axis));
            }
        }

        return [.. all];
    }
}
