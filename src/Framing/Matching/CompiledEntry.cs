using Framing.Lexicons;

namespace Framing.Matching;

/// <summary>
/// An entry ready for matching: its dimension index, side, weight, length in words and exclusions, and its target rule
/// (<see cref="AllowedTargets"/>: whether a target actor, by index, lets the match count; null when any target counts)
/// with the default for matches without a target. Context words (<see cref="MarkerKind"/>) are compiled as entries
/// whose <see cref="DimensionIndex"/> is a slot past the dimensions and whose <see cref="EntryIndex"/> is a payload.
/// <see cref="SlotBit"/> is the slot's bit in the masks of the lane of <see cref="LanguageMatcher"/> that holds the entry.
/// <see cref="PrefixWords"/>: how many of its words are prefixes (<c>rebel*</c>); of two entries as long, the one with
/// fewer (<c>rebels</c>, <c>rebels fighters</c>) is the more specific and wins a tie.
/// </summary>
internal sealed record CompiledEntry(
    int EntryIndex,
    int DimensionIndex,
    ulong SlotBit,
    PoleSide Side,
    int WeightMilli,
    int WordCount,
    CompiledExclusion[] Exclusions,
    bool[]? AllowedTargets = null,
    TargetDefault TargetDefault = TargetDefault.Count,
    int PrefixWords = 0)
{
    /// <summary>Whether the entry's matches need a target to be judged (a rule, or a default of ignore).</summary>
    public bool JudgesTarget => AllowedTargets is not null || TargetDefault == TargetDefault.Ignore;
}

/// <summary>
/// An exclusion: a phrase of elements, where the entry's first word stands inside it, and <see cref="Probe"/>, the
/// position of the element a match is tested against first.
/// </summary>
/// <param name="Elements">The exclusion's pattern words.</param>
/// <param name="EntryOffset">Where the entry's first word stands among them.</param>
/// <param name="Probe">The first position outside the entry's own words (0 when there is none): the words of the entry
/// are already there where it matched, so the others decide, and one of them is tested before anything else.</param>
/// <param name="CommaGaps">Bit k (k &lt; 64): the exclusion writes a comma before its word k ("Odessa, Texas"), so a comma
/// may stand there in text; elsewhere its words are separated as a phrase's are.</param>
internal sealed record CompiledExclusion(int[] Elements, int EntryOffset, int Probe, ulong CommaGaps = 0)
{
    /// <summary>An exclusion of <paramref name="elements"/> around an entry of <paramref name="entryLength"/> words at
    /// <paramref name="entryOffset"/>, with a comma written before the words of <paramref name="commaGaps"/>.</summary>
    public static CompiledExclusion Create(int[] elements, int entryOffset, int entryLength, ulong commaGaps = 0)
    {
        var probe = 0;
        while (probe < elements.Length && probe >= entryOffset && probe < entryOffset + entryLength)
        {
            probe++;
        }

        return new CompiledExclusion(elements, entryOffset, probe < elements.Length ? probe : 0, commaGaps);
    }
}
