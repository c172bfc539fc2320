namespace Framing.Statistics.Terms;

/// <summary>A keyness statistic for one term and its p-value.</summary>
/// <param name="Statistic">The statistic (signed where the measure is: negative when the term is less frequent in the target than expected).</param>
/// <param name="PValue">The p-value, or NaN when the measure has none.</param>
internal sealed record KeynessScore(double Statistic, double PValue);
