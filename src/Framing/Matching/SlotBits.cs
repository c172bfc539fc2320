namespace Framing.Matching;

/// <summary>
/// Which slots a lane of a <see cref="LanguageMatcher"/> matches and the bit each has in the lane's masks: dimensions
/// [<see cref="Low"/>, <see cref="High"/>) take bits 0, 1, … in order, and in the first lane (<see cref="Low"/> 0) the
/// marker kinds take the bits after them. A lexicon of at most <c>64 - MarkerKinds.Count</c> dimensions has one lane
/// in which a slot's bit is its number.
/// </summary>
/// <param name="Low">The lane's first dimension.</param>
/// <param name="High">One past the lane's last dimension.</param>
/// <param name="DimensionCount">The lexicon's number of dimensions (the first marker slot).</param>
internal readonly record struct SlotBits(int Low, int High, int DimensionCount)
{
    /// <summary>The bits of the lane's dimensions.</summary>
    public ulong DimensionBits => High - Low == 64 ? ulong.MaxValue : (1UL << (High - Low)) - 1;

    /// <summary>The bits of the marker kinds: in the first lane only.</summary>
    public ulong MarkerBits => Low == 0 ? ((1UL << MarkerKinds.Count) - 1) << High : 0;

    /// <summary>Whether the lane matches dimension <paramref name="dimension"/>.</summary>
    public bool Owns(int dimension) => dimension >= Low && dimension < High;

    /// <summary>Whether <paramref name="slot"/> has a bit in the lane: one of its dimensions or, in the first lane, a marker kind.</summary>
    public bool Holds(int slot) => Owns(slot) || (Low == 0 && slot >= DimensionCount && slot < DimensionCount + MarkerKinds.Count);

    /// <summary>The bit of <paramref name="slot"/> (a dimension of the lane or, in the first lane, a marker kind).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The slot is not the lane's.</exception>
    public ulong Of(int slot)
    {
        if (!Holds(slot))
        {
            throw new ArgumentOutOfRangeException(nameof(slot), slot, $"slot {slot} is not in the lane of dimensions [{Low}, {High})");
        }

        return 1UL << (Owns(slot) ? slot - Low : High + slot - DimensionCount);
    }
}
