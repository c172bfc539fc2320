using Framing.Lexicons;

namespace Framing.Matching;

/// <summary>
/// An entry ready for matching: its dimension index, side, weight, length in words and exclusions, and its target rule
/// (<see cref="AllowedTargets"/>: whether a target actor, by index, lets the match count; null when any target counts)
/// with the default for matches without a target. Context words (<see cref="MarkerKind"/>) are compiled as entries
/// whose <see cref="DimensionIndex"/> is a slot past the dimensions and whose <see cref="EntryIndex"/> is a payload.
/// </summary>
internal sealed record CompiledEntry(
    int EntryIndex,
    int DimensionIndex,
    PoleSide Side,
    int WeightMilli,
    int WordCount,
    CompiledExclusion[] Exclusions,
    bool[]? AllowedTargets = null,
    TargetDefault TargetDefault = TargetDefault.Count)
{
    /// <summary>Whether the entry's matches need a target to be judged (a rule, or a default of ignore).</summary>
    public bool JudgesTarget => AllowedTargets is not null || TargetDefault == TargetDefault.Ignore;
}

/// <summary>An exclusion: a phrase of elements, and where the entry's first word stands inside it.</summary>
internal sealed record CompiledExclusion(int[] Elements, int EntryOffset);
