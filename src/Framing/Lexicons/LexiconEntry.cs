namespace Framing.Lexicons;

/// <summary>
/// One lexicon entry: a pattern in one language that counts for one pole (or the neutral category) of one dimension.
/// </summary>
/// <param name="Language">Language code of the pattern (for example <c>ar</c> or <c>en</c>).</param>
/// <param name="Pattern">The pattern as written: a word, a word ending in <c>*</c> (prefix), or a phrase of such words.</param>
/// <param name="DimensionId">The dimension the entry counts for.</param>
/// <param name="Side">The side it counts for.</param>
/// <param name="WeightMilli">The weight in thousandths: 1 to 1000 (weight 0.001 to 1). Integer so that sums are exact.</param>
/// <param name="Note">Why the entry belongs (provenance).</param>
/// <param name="Examples">Example uses (invented text).</param>
/// <param name="Exclusions">Phrases containing the pattern in which the entry does not count.</param>
/// <param name="Location">Where the entry is defined.</param>
/// <param name="Target">The entry's own target rule, replacing the dimension's, or null to use the dimension's.</param>
/// <param name="TargetDefault">The entry's own default for labels without an actor in reach, or null to use the dimension's.</param>
public sealed record LexiconEntry(
    string Language,
    string Pattern,
    string DimensionId,
    PoleSide Side,
    int WeightMilli,
    string Note,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> Exclusions,
    SourceLocation Location,
    TargetRule? Target = null,
    TargetDefault? TargetDefault = null)
{
    /// <summary>The weight, in (0, 1].</summary>
    public double Weight => WeightMilli / 1000.0;

    /// <summary>The target rule that applies to the entry: its own, or else its dimension's (null: any target counts).</summary>
    /// <param name="dimension">The entry's dimension.</param>
    /// <returns>The rule, or null.</returns>
    public TargetRule? EffectiveTarget(Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        return Target ?? dimension.Target;
    }

    /// <summary>What happens to the entry's labels without an actor in reach: its own default, or else its dimension's.</summary>
    /// <param name="dimension">The entry's dimension.</param>
    /// <returns>The default.</returns>
    public TargetDefault EffectiveTargetDefault(Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(dimension);
        return TargetDefault ?? dimension.TargetDefault;
    }
}
