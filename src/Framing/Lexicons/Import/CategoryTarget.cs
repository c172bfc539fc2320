namespace Framing.Lexicons.Import;

/// <summary>Where the patterns of one imported category go in the Framing lexicon: a dimension, a pole (or neutral) and a weight.</summary>
/// <param name="DimensionId">The dimension id (lower-case letters, digits and '-').</param>
/// <param name="PoleId">The pole id, or <c>neutral</c> for the dimension's neutral vocabulary.</param>
/// <param name="Weight">The weight of the generated entries, in (0, 1] with at most three decimals; null for the default (1).</param>
internal sealed record CategoryTarget(string DimensionId, string PoleId, decimal? Weight = null)
{
    /// <summary>The pole id that stands for a dimension's neutral vocabulary.</summary>
    public const string NeutralPoleId = "neutral";

    /// <summary>Whether the category goes to the dimension's neutral vocabulary.</summary>
    public bool IsNeutral => string.Equals(PoleId, NeutralPoleId, StringComparison.Ordinal);

    /// <summary>Formats the target as <c>dimension/pole</c> or <c>dimension/pole@weight</c>.</summary>
    /// <returns>The formatted target.</returns>
    public override string ToString() =>
        DimensionId + "/" + PoleId + (Weight is { } w ? "@" + w.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
}
