using MathNet.Numerics;
using MathNet.Numerics.Distributions;

namespace Framing.Statistics;

/// <summary>Tail probabilities computed so that small p-values keep their precision (no 1 − CDF cancellation).</summary>
internal static class Distributions
{
    /// <summary>P(X ≥ x) for X ~ chi-square with <paramref name="degreesOfFreedom"/> degrees of freedom.</summary>
    /// <param name="x">The statistic.</param>
    /// <param name="degreesOfFreedom">Degrees of freedom (&gt; 0).</param>
    /// <returns>The upper tail probability.</returns>
    public static double ChiSquareUpperTail(double x, double degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        return x <= 0 ? 1 : SpecialFunctions.GammaUpperRegularized(degreesOfFreedom / 2, x / 2);
    }

    /// <summary>P(|Z| ≥ |z|) for a standard normal Z (two-sided), computed with erfc.</summary>
    /// <param name="z">The z statistic.</param>
    /// <returns>The two-sided p-value.</returns>
    public static double NormalTwoSided(double z) => double.IsNaN(z) ? double.NaN : SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));

    /// <summary>The standard normal quantile Φ⁻¹(<paramref name="p"/>).</summary>
    /// <param name="p">A probability in (0, 1).</param>
    /// <returns>The quantile.</returns>
    public static double NormalQuantile(double p) => Normal.InvCDF(0, 1, p);

    /// <summary>The standard normal distribution function Φ(<paramref name="z"/>).</summary>
    /// <param name="z">The value.</param>
    /// <returns>The probability.</returns>
    public static double NormalCdf(double z) => 0.5 * SpecialFunctions.Erfc(-z / Math.Sqrt(2));
}
