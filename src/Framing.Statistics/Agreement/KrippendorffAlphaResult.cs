namespace Framing.Statistics.Agreement;

/// <summary>Krippendorff's alpha with its parts.</summary>
/// <param name="Alpha">α = 1 − D_o/D_e; NaN when there is nothing to compare (fewer than two pairable values) or no variation (D_e = 0).</param>
/// <param name="ObservedDisagreement">D_o = (1/n) Σ_c Σ_k o_ck δ²_ck, from the coincidence matrix o.</param>
/// <param name="ExpectedDisagreement">D_e = (1/(n(n − 1))) Σ_c Σ_k n_c n_k δ²_ck.</param>
/// <param name="PairableUnits">The number of units with at least two values (the others carry no information on agreement).</param>
/// <param name="PairableValues">n, the number of values in pairable units.</param>
public sealed record KrippendorffAlphaResult(double Alpha, double ObservedDisagreement, double ExpectedDisagreement, int PairableUnits, long PairableValues)
{
    /// <summary>The record's members as the compiler prints them (<c>KrippendorffAlphaResult { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(KrippendorffAlphaResult), PrintMembers);
}
