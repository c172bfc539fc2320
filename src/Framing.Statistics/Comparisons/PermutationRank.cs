namespace Framing.Statistics.Comparisons;

/// <summary>A permutation's random rank of the unit at <paramref name="Index"/> (of the canonical order).</summary>
/// <param name="Value">The rank.</param>
/// <param name="Index">The unit's index, which breaks ties.</param>
internal readonly record struct PermutationRank(ulong Value, int Index) : IComparable<PermutationRank>
{
    /// <inheritdoc/>
    public int CompareTo(PermutationRank other)
    {
        var c = Value.CompareTo(other.Value);
        return c != 0 ? c : Index.CompareTo(other.Index);
    }
}
