using MathNet.Numerics;

namespace Framing.Statistics.Terms;

/// <summary>Tail probabilities computed directly from the special functions, so small p-values keep their relative precision.</summary>
internal static class Probabilities
{
    private static readonly double Sqrt2 = Math.Sqrt(2);

    /// <summary>Two-sided p-value of a standard normal deviate: erfc(|z|/√2) = 2·Φ(−|z|). NaN stays NaN.</summary>
    public static double NormalTwoSided(double z) => double.IsNaN(z) ? double.NaN : SpecialFunctions.Erfc(Math.Abs(z) / Sqrt2);

    /// <summary>Upper tail of the chi-square distribution with one degree of freedom at |x|: Q(1/2, |x|/2). NaN stays NaN.</summary>
    public static double ChiSquare1UpperTail(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        var half = Math.Abs(x) / 2;
        return half == 0 ? 1 : double.IsPositiveInfinity(half) ? 0 : SpecialFunctions.GammaUpperRegularized(0.5, half);
    }
}
