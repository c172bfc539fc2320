namespace Framing.Statistics.Terms;

/// <summary>The log-odds-ratio of one term between two groups, with its variance, z-score and p-value.</summary>
/// <param name="Delta">δ, the difference of the term's (prior-smoothed) log-odds in group i and in group j; positive when the term is relatively more frequent in group i.</param>
/// <param name="Variance">σ², the approximate variance of δ (see <see cref="LogOddsVariance"/>).</param>
/// <param name="Z">z = δ / σ.</param>
/// <param name="PValue">The two-sided p-value of z under the standard normal distribution, erfc(|z|/√2), as R's <c>2 * pnorm(-abs(z))</c>.</param>
internal sealed record LogOddsResult(double Delta, double Variance, double Z, double PValue)
{
    /// <summary>σ, the standard error of δ.</summary>
    public double StandardError => Math.Sqrt(Variance);
}
