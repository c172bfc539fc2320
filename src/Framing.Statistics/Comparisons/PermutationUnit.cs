namespace Framing.Statistics.Comparisons;

/// <summary>A document with matches in a permutation test: its key and its pole weights A and B.</summary>
/// <param name="Key">The document's key, of its group, id and text (<see cref="Scoring.PoissonResampling.KeyOf(ulong, string)"/>).</param>
/// <param name="A">Its weight of pole A (thousandths).</param>
/// <param name="B">Its weight of pole B (thousandths).</param>
internal readonly record struct PermutationUnit(ulong Key, long A, long B)
{
    /// <summary>The canonical order: by key, then weights.</summary>
    public static int Compare(PermutationUnit x, PermutationUnit y)
    {
        var c = x.Key.CompareTo(y.Key);
        if (c != 0)
        {
            return c;
        }

        c = x.A.CompareTo(y.A);
        return c != 0 ? c : x.B.CompareTo(y.B);
    }
}
