namespace Framing.Statistics.Resampling;

/// <summary>A bootstrap confidence interval.</summary>
/// <param name="Estimate">The statistic on the original data.</param>
/// <param name="Lower">Lower limit.</param>
/// <param name="Upper">Upper limit.</param>
/// <param name="ConfidenceLevel">The confidence level.</param>
/// <param name="Method">Percentile or BCa.</param>
/// <param name="Replicates">Number of finite bootstrap replicates used.</param>
internal sealed record BootstrapInterval(double Estimate, double Lower, double Upper, double ConfidenceLevel, BootstrapMethod Method, int Replicates);

/// <summary>How a bootstrap interval is formed from the replicates.</summary>
internal enum BootstrapMethod
{
    /// <summary>The percentile interval: quantiles α/2 and 1 − α/2 of the replicates.</summary>
    Percentile,

    /// <summary>Efron's bias-corrected and accelerated interval, with acceleration from the jackknife.</summary>
    BCa,
}
