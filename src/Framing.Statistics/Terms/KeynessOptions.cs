namespace Framing.Statistics.Terms;

/// <summary>Options of <c>KeynessTable.Compute</c>. Immutable; change with <c>with</c>.</summary>
public sealed record KeynessOptions
{
    /// <summary>The defaults: quanteda's default correction, an uninformative prior α_w = 0.01, the two-term variance.</summary>
    public static KeynessOptions Default { get; } = new();

    /// <summary>The correction for <see cref="KeynessMeasure.Chi2"/> and <see cref="KeynessMeasure.G2"/>; <see cref="KeynessCorrection.Default"/> by default.</summary>
    public KeynessCorrection Correction { get; init; } = KeynessCorrection.Default;

    /// <summary>The prior for <see cref="KeynessMeasure.LogOdds"/>; <see cref="LogOddsPrior.Uninformative"/>(0.01) by default.</summary>
    public LogOddsPrior LogOddsPrior { get; init; } = LogOddsPrior.Uninformative();

    /// <summary>The variance for <see cref="KeynessMeasure.LogOdds"/>; <see cref="Terms.LogOddsVariance.TwoTerm"/> by default.</summary>
    public LogOddsVariance LogOddsVariance { get; init; } = LogOddsVariance.TwoTerm;

    /// <summary>The record's members as the compiler prints them (<c>KeynessOptions { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(KeynessOptions), PrintMembers);
}
