using Framing.Lexicons;

namespace Framing.Matching;

/// <summary>An entry ready for matching: its dimension index, side, weight, length in words and exclusions.</summary>
internal sealed record CompiledEntry(
    int EntryIndex,
    int DimensionIndex,
    PoleSide Side,
    int WeightMilli,
    int WordCount,
    CompiledExclusion[] Exclusions);

/// <summary>An exclusion: a phrase of elements, and where the entry's first word stands inside it.</summary>
internal sealed record CompiledExclusion(int[] Elements, int EntryOffset);
