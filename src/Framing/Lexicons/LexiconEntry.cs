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
public sealed record LexiconEntry(
    string Language,
    string Pattern,
    string DimensionId,
    PoleSide Side,
    int WeightMilli,
    string Note,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> Exclusions,
    SourceLocation Location)
{
    /// <summary>The weight, in (0, 1].</summary>
    public double Weight => WeightMilli / 1000.0;
}
