namespace Framing.Statistics.Terms;

/// <summary>
/// Corrections for the chi-square and G² keyness statistics, named and computed as quanteda.textstats'
/// <c>textstat_keyness</c> computes them (<c>yates_correction</c> and <c>williams_correction</c> in its <c>src/keyness.cpp</c>).
/// </summary>
public enum KeynessCorrection
{
    /// <summary>
    /// quanteda's default: a Yates-style continuity correction of 0.5, applied only when |ad − bc| ≥ N/2 and at least
    /// one expected cell count is below 5; otherwise none. For chi-square the 0.5 is subtracted from |ad − bc|/N; for
    /// G² each observed cell is moved 0.5 towards its expected value.
    /// </summary>
    Default,

    /// <summary>
    /// Identical to <see cref="Default"/>, as in quanteda, whose "yates" and "default" run the same code (the
    /// conditional correction; R's <c>chisq.test</c> would correct by min(0.5, |ad − bc|/N) whatever the expected counts).
    /// </summary>
    Yates,

    /// <summary>
    /// Williams' (1976) q = 1 + (N/(a+b) + N/(c+d) − 1)(N/(a+c) + N/(b+d) − 1)/(6N), without continuity correction, as
    /// quanteda applies it: G² is divided by q, chi-square is multiplied by q (quanteda divides chi-square's
    /// denominator by q), and q = 1 when a cell is zero, so such terms get the uncorrected value.
    /// </summary>
    Williams,

    /// <summary>No correction.</summary>
    None,
}
