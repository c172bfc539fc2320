namespace Framing.Statistics.Contingency;

/// <summary>An odds ratio with a confidence interval.</summary>
/// <param name="Estimate">The odds ratio.</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="ConfidenceLevel">The confidence level (for example 0.95).</param>
/// <param name="Method">How the estimate and interval were computed.</param>
internal sealed record OddsRatio(double Estimate, double Lower, double Upper, double ConfidenceLevel, string Method)
{
    /// <summary>
    /// The sample odds ratio ad / (bc) of [[a, b], [c, d]] with Woolf's (logit) interval:
    /// exp(ln OR ± z √(1/a + 1/b + 1/c + 1/d)). Undefined (NaN interval) when a cell is 0; use
    /// <see cref="FisherExactTest"/>'s conditional estimate for sparse tables.
    /// </summary>
    /// <param name="a">Row 1, column 1.</param>
    /// <param name="b">Row 1, column 2.</param>
    /// <param name="c">Row 2, column 1.</param>
    /// <param name="d">Row 2, column 2.</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1).</param>
    /// <returns>The odds ratio and its Woolf interval.</returns>
    public static OddsRatio Woolf(double a, double b, double c, double d, double confidenceLevel = 0.95)
    {
        var estimate = a * d / (b * c);
        if (a == 0 || b == 0 || c == 0 || d == 0)
        {
            return new OddsRatio(estimate, double.NaN, double.NaN, confidenceLevel, "sample odds ratio, Woolf interval");
        }

        var z = Distributions.NormalQuantile(1 - ((1 - confidenceLevel) / 2));
        var se = Math.Sqrt((1 / a) + (1 / b) + (1 / c) + (1 / d));
        var log = Math.Log(estimate);
        return new OddsRatio(estimate, Math.Exp(log - (z * se)), Math.Exp(log + (z * se)), confidenceLevel, "sample odds ratio, Woolf interval");
    }
}
