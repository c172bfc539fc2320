namespace Framing.Statistics.Contingency;

/// <summary>The outcome of a test on a contingency table.</summary>
/// <param name="Test">The test's name, as reports print it (for example <c>Pearson chi-square with Yates' continuity correction</c>).</param>
/// <param name="Statistic">The test statistic (NaN for Fisher's exact test).</param>
/// <param name="DegreesOfFreedom">Degrees of freedom (0 for Fisher's exact test).</param>
/// <param name="PValue">The p-value.</param>
internal sealed record TestResult(string Test, double Statistic, double DegreesOfFreedom, double PValue);
