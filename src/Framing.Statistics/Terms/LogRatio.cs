using System.Globalization;

namespace Framing.Statistics.Terms;

/// <summary>
/// Hardie's (2014) Log Ratio effect size: the binary logarithm of the ratio of a term's relative frequencies in the
/// target and in the reference, log₂((a/N_t)/(b/N_r)). Each unit is a doubling: 1 means twice as frequent in the target,
/// −1 half as frequent.
/// </summary>
/// <remarks>
/// Zero-count rule (Hardie's): a zero count is replaced by 0.5 before dividing, so a term absent from one corpus gets a
/// large but finite value rather than ±∞. A term absent from both corpora has no ratio: the result is NaN.
/// </remarks>
internal static class LogRatio
{
    /// <summary>The substitute for a zero count.</summary>
    public const double ZeroCountSubstitute = 0.5;

    /// <summary>Computes log₂((a/N_t)/(b/N_r)) with 0.5 in place of a zero count.</summary>
    /// <param name="targetCount">a, the term's count in the target (≥ 0).</param>
    /// <param name="referenceCount">b, the term's count in the reference (≥ 0).</param>
    /// <param name="targetTotal">N_t, the target's token count (&gt; 0).</param>
    /// <param name="referenceTotal">N_r, the reference's token count (&gt; 0).</param>
    /// <returns>The log ratio; NaN when both counts are zero.</returns>
    public static double Compute(double targetCount, double referenceCount, double targetTotal, double referenceTotal)
    {
        Check(targetCount, targetTotal, nameof(targetCount));
        Check(referenceCount, referenceTotal, nameof(referenceCount));
        if (targetCount == 0 && referenceCount == 0)
        {
            return double.NaN;
        }

        var a = targetCount == 0 ? ZeroCountSubstitute : targetCount;
        var b = referenceCount == 0 ? ZeroCountSubstitute : referenceCount;
        return Math.Log2(a / targetTotal * referenceTotal / b);
    }

    private static void Check(double count, double total, string name)
    {
        if (!(count >= 0) || double.IsPositiveInfinity(count) || !(total > 0) || double.IsPositiveInfinity(total))
        {
            throw new ArgumentOutOfRangeException(name, count, "Counts must be non-negative and totals positive, both finite.");
        }

        if (count > total)
        {
            throw new ArgumentOutOfRangeException(name, count, string.Create(CultureInfo.InvariantCulture, $"The count {count} exceeds its corpus total {total}."));
        }
    }
}
