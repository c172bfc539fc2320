namespace Framing.Statistics.Contingency;

/// <summary>Fisher's exact test on a 2 × 2 table.</summary>
/// <param name="PValue">Two-sided p-value: the total probability of the tables no more likely than the observed one (R's definition, relative tolerance 1e-7).</param>
/// <param name="OddsRatio">The conditional maximum-likelihood estimate of the odds ratio (0 or +∞ at the edges of the support).</param>
/// <param name="Lower">Lower limit of the confidence interval for the odds ratio.</param>
/// <param name="Upper">Upper limit of the confidence interval for the odds ratio (may be +∞).</param>
/// <param name="ConfidenceLevel">The confidence level.</param>
internal sealed record FisherResult(double PValue, double OddsRatio, double Lower, double Upper, double ConfidenceLevel)
{
    /// <summary>The test's name as reports print it.</summary>
    public const string TestName = "Fisher's exact test";
}
