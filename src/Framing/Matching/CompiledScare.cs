using Framing.Lexicons;

namespace Framing.Matching;

/// <summary>What a scare marker next to one actor's name counts for, in one language: the dimension, side and weight, and
/// the synthetic entry that matches report (its pattern reads <c>scare marker + actor-id</c>).</summary>
internal sealed record CompiledScare(int DimensionIndex, PoleSide Side, int WeightMilli, LexiconEntry Entry);
