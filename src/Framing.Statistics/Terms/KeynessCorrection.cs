namespace Framing.Statistics.Terms;

/// <summary>Corrections for the chi-square and G² keyness statistics, named as quanteda.textstats names them.</summary>
public enum KeynessCorrection
{
    /// <summary>
    /// quanteda's default: a Yates-style continuity correction of 0.5, applied only when |ad − bc| ≥ N/2 and at least
    /// one expected cell count is below 5; otherwise none. For chi-square the 0.5 is subtracted from |ad − bc|/N; for
    /// G² each observed cell is moved 0.5 towards its expected value.
    /// </summary>
    Default,

    /// <summary>
    /// Yates' continuity correction whatever the expected counts, with R's <c>chisq.test</c> rule δ = min(0.5, |ad − bc|/N)
    /// so a table is never over-corrected. (quanteda's "yates" is identical to its "default".)
    /// </summary>
    Yates,

    /// <summary>
    /// Williams' (1976) correction: the uncorrected statistic divided by
    /// q = 1 + (N/(a+b) + N/(c+d) − 1)(N/(a+c) + N/(b+d) − 1)/(6N). Not defined when a cell is zero: the statistic is
    /// then NaN (quanteda instead returns the uncorrected value).
    /// </summary>
    Williams,

    /// <summary>No correction.</summary>
    None,
}
