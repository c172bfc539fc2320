namespace Framing.Statistics.Agreement;

/// <summary>Cohen's kappa with the agreements it is computed from.</summary>
/// <param name="Kappa">κ = (p_o − p_e)/(1 − p_e); NaN when p_e = 1 (both raters used one and the same category throughout) or there are no items.</param>
/// <param name="ObservedAgreement">p_o, the share of items on which the two raters agree.</param>
/// <param name="ExpectedAgreement">p_e = Σ_k p_k·q_k, the agreement expected by chance from each rater's own category shares.</param>
/// <param name="Items">The number of items rated by both raters.</param>
public sealed record CohenKappaResult(double Kappa, double ObservedAgreement, double ExpectedAgreement, long Items)
{
    /// <summary>The record's members as the compiler prints them (<c>CohenKappaResult { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(CohenKappaResult), PrintMembers);
}
