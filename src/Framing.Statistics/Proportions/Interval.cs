namespace Framing.Statistics.Proportions;

/// <summary>An estimate with a confidence interval.</summary>
/// <param name="Estimate">The point estimate.</param>
/// <param name="Lower">Lower confidence limit.</param>
/// <param name="Upper">Upper confidence limit.</param>
/// <param name="ConfidenceLevel">The confidence level (for example 0.95).</param>
internal readonly record struct Interval(double Estimate, double Lower, double Upper, double ConfidenceLevel);
