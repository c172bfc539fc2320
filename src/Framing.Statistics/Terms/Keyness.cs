using System.Globalization;

namespace Framing.Statistics.Terms;

/// <summary>
/// Keyness of one term in a target corpus against a reference corpus, exactly as quanteda.textstats'
/// <c>textstat_keyness</c> computes it: its C++ functions <c>chisq_lambda</c>, <c>lr_lambda</c>, <c>pmi_lambda</c>,
/// <c>yates_correction</c> and <c>williams_correction</c> (<c>src/keyness.cpp</c>, called from
/// <c>textstat_keyness.dfm</c> in <c>R/textstat_keyness.R</c>), step by step.
/// </summary>
/// <remarks>
/// <para>
/// The 2×2 table is a = the term's count in the target, b = its count in the reference, c = target total − a,
/// d = reference total − b, N = a + b + c + d, and E = (a + b)(a + c)/N the expected target count.
/// </para>
/// <para>
/// quanteda's conventions, all kept: chi-square and G² are signed +1 when a &gt; E and −1 otherwise (so a term exactly
/// as frequent as expected gets −0 for chi-square and a tiny negative G²); G² and PMI add <see cref="LogOffset"/>
/// (10⁻⁹) inside every logarithm, so G² exceeds the textbook value by about 2·10⁻⁹·N and the PMI of a term absent from
/// the target is log(10⁻⁹) ≈ −20.72 rather than −∞; the "yates" correction is quanteda's "default"
/// (<see cref="KeynessCorrection.Yates"/>); Williams' q multiplies chi-square and divides G², and is 1 when a cell is
/// zero (<see cref="KeynessCorrection.Williams"/>). The arithmetic follows quanteda's in the same order, so the values
/// are R's to the last digit, rounding included (G² of a term within a fraction of a count of its expected frequency
/// keeps about seven significant digits there, as in R).
/// </para>
/// <para>
/// Two differences, both about p-values: p of chi-square and G² is the upper tail of chi-square(1) at |statistic|,
/// computed directly (Q(1/2, |x|/2)) where quanteda computes 1 − pchisq(|x|, 1), which is 0 below about 10⁻¹⁶; and PMI
/// has no p-value here, where quanteda reports 1 − pchisq(|pmi|, 1), which has no statistical meaning.
/// </para>
/// <para>
/// A term absent from both corpora (a + b = 0) has an undefined table: every statistic is NaN, as in quanteda. A term
/// making up both corpora entirely (c + d = 0) makes chi-square, G² and the log-odds NaN, while PMI is log(1 + 10⁻⁹)
/// (a = E) and Fisher's test gives an odds ratio of 0 with p = 1, as quanteda and R's <c>fisher.test</c> do.
/// </para>
/// </remarks>
internal static class Keyness
{
    /// <summary>quanteda's <c>epsilon</c>: 10⁻⁹, added to every ratio inside the logarithms of G² and PMI.</summary>
    public const double LogOffset = 1e-9;

    /// <summary>Pearson's chi-square statistic of the term's 2×2 table, signed, with its p-value (quanteda's <c>chisq_lambda</c>).</summary>
    /// <param name="targetCount">a, the term's count in the target (≥ 0).</param>
    /// <param name="referenceCount">b, the term's count in the reference (≥ 0).</param>
    /// <param name="targetTotal">The target's token count (&gt; 0, ≥ a).</param>
    /// <param name="referenceTotal">The reference's token count (&gt; 0, ≥ b).</param>
    /// <param name="correction">The correction; <see cref="KeynessCorrection.Default"/> (quanteda's default) by default.</param>
    /// <returns>The signed statistic N·(|ad − bc| − N·δ)² / [(a+b)(c+d)(a+c)(b+d)] (times Williams' q if asked) and its p-value.</returns>
    public static KeynessScore Chi2(double targetCount, double referenceCount, double targetTotal, double referenceTotal, KeynessCorrection correction = KeynessCorrection.Default)
    {
        var (a, b, c, d) = Table(targetCount, referenceCount, targetTotal, referenceTotal, correction);
        var n = a + b + c + d;
        var e = (a + b) * (a + c) / n;
        var delta = correction is KeynessCorrection.Default or KeynessCorrection.Yates ? YatesCorrection(a, b, c, d) : 0.0;
        var q = correction == KeynessCorrection.Williams ? WilliamsCorrection(a, b, c, d) : 1.0;
        var excess = Math.Abs((a * d) - (b * c)) - (n * delta);
        var numerator = n * (excess * excess);
        var denominator = (a + b) * (c + d) * (a + c) * (b + d) * (a > e ? 1.0 : -1.0) / q;
        var statistic = numerator / denominator;
        return new KeynessScore(statistic, Probabilities.ChiSquare1UpperTail(statistic));
    }

    /// <summary>The likelihood-ratio statistic G² of the term's 2×2 table, signed, with its p-value (quanteda's <c>lr_lambda</c>).</summary>
    /// <param name="targetCount">a, the term's count in the target (≥ 0).</param>
    /// <param name="referenceCount">b, the term's count in the reference (≥ 0).</param>
    /// <param name="targetTotal">The target's token count (&gt; 0, ≥ a).</param>
    /// <param name="referenceTotal">The reference's token count (&gt; 0, ≥ b).</param>
    /// <param name="correction">The correction; <see cref="KeynessCorrection.Default"/> (quanteda's default) by default.</param>
    /// <returns>
    /// The signed statistic 2·Σ O·log(O/E + 10⁻⁹) over the four cells (each cell first moved δ towards its expected
    /// value, or the statistic divided by Williams' q) and its p-value.
    /// </returns>
    public static KeynessScore G2(double targetCount, double referenceCount, double targetTotal, double referenceTotal, KeynessCorrection correction = KeynessCorrection.Default)
    {
        var (a, b, c, d) = Table(targetCount, referenceCount, targetTotal, referenceTotal, correction);
        var n = a + b + c + d;
        var e = (a + b) * (a + c) / n;
        double aa = a, bb = b, cc = c, dd = d;
        if (correction is KeynessCorrection.Default or KeynessCorrection.Yates)
        {
            var delta = YatesCorrection(a, b, c, d);
            var positive = (a * d) - (b * c) > 0;
            aa += positive ? -delta : delta;
            bb += positive ? delta : -delta;
            cc += positive ? delta : -delta;
            dd += positive ? -delta : delta;
        }

        var statistic = 2 * (
            (aa * Math.Log((aa / ((aa + bb) * (aa + cc) / n)) + LogOffset))
            + (bb * Math.Log((bb / ((aa + bb) * (bb + dd) / n)) + LogOffset))
            + (cc * Math.Log((cc / ((aa + cc) * (cc + dd) / n)) + LogOffset))
            + (dd * Math.Log((dd / ((bb + dd) * (cc + dd) / n)) + LogOffset))) * (a > e ? 1.0 : -1.0);
        if (correction == KeynessCorrection.Williams)
        {
            statistic /= WilliamsCorrection(a, b, c, d);
        }

        return new KeynessScore(statistic, Probabilities.ChiSquare1UpperTail(statistic));
    }

    /// <summary>Pointwise mutual information log(a/E + 10⁻⁹) of the term and the target (natural log; quanteda's <c>pmi_lambda</c>).</summary>
    /// <param name="targetCount">a, the term's count in the target (≥ 0).</param>
    /// <param name="referenceCount">b, the term's count in the reference (≥ 0).</param>
    /// <param name="targetTotal">The target's token count (&gt; 0, ≥ a).</param>
    /// <param name="referenceTotal">The reference's token count (&gt; 0, ≥ b).</param>
    /// <returns>log(a/E + 10⁻⁹), E = (a+b)(a+c)/N; log(10⁻⁹) ≈ −20.72 when a = 0 and b &gt; 0; NaN when a + b = 0. It has no p-value.</returns>
    public static double Pmi(double targetCount, double referenceCount, double targetTotal, double referenceTotal)
    {
        var (a, b, c, d) = Table(targetCount, referenceCount, targetTotal, referenceTotal, KeynessCorrection.None);
        var n = a + b + c + d;
        var e = (a + b) * (a + c) / n;
        return Math.Log((a / e) + LogOffset);
    }

    /// <summary>
    /// Fisher's exact test of the term's 2×2 table, as quanteda's <c>measure = "exact"</c>: the statistic is the
    /// conditional maximum-likelihood estimate of the odds ratio (above 1 when the term is key in the target), the
    /// p-value is R's two-sided <c>fisher.test</c> p-value.
    /// </summary>
    /// <param name="targetCount">a, the term's count in the target (≥ 0).</param>
    /// <param name="referenceCount">b, the term's count in the reference (≥ 0).</param>
    /// <param name="targetTotal">The target's token count (&gt; 0, ≥ a).</param>
    /// <param name="referenceTotal">The reference's token count (&gt; 0, ≥ b).</param>
    /// <returns>The odds ratio (+∞ when b = 0 &lt; a, 0 when a = 0 &lt; b) and the p-value.</returns>
    public static KeynessScore Fisher(long targetCount, long referenceCount, long targetTotal, long referenceTotal) =>
        Fisher(targetCount, referenceCount, targetTotal, referenceTotal, ContingencyFisherExactTest.Instance);

    /// <summary>Fisher's exact test through the given implementation.</summary>
    internal static KeynessScore Fisher(long targetCount, long referenceCount, long targetTotal, long referenceTotal, IFisherExactTest test)
    {
        Table(targetCount, referenceCount, targetTotal, referenceTotal, KeynessCorrection.None);
        var (p, oddsRatio) = test.TwoSided(targetCount, referenceCount, targetTotal - targetCount, referenceTotal - referenceCount);
        return new KeynessScore(oddsRatio, p);
    }

    /// <summary>
    /// quanteda's <c>yates_correction</c>, for "default" and "yates" alike: 0.5 when |ad − bc| ≥ N/2 and an expected
    /// cell count is below 5, otherwise 0.
    /// </summary>
    private static double YatesCorrection(double a, double b, double c, double d)
    {
        var n = a + b + c + d;
        var small = (a + b) * (a + c) / n < 5 || (a + b) * (b + d) / n < 5 || (a + c) * (c + d) / n < 5 || (c + d) * (b + d) / n < 5;
        return Math.Abs((a * d) - (b * c)) >= n / 2 && small ? 0.5 : 0.0;
    }

    /// <summary>quanteda's <c>williams_correction</c>: Williams' q, or 1 when a cell is zero.</summary>
    private static double WilliamsCorrection(double a, double b, double c, double d)
    {
        if (a * b * c * d == 0)
        {
            return 1.0;
        }

        var n = a + b + c + d;
        return 1.0 + (((n / (a + b)) + (n / (c + d)) - 1.0) * ((n / (a + c)) + (n / (b + d)) - 1.0) / (6.0 * n));
    }

    /// <summary>Checks the counts and the correction; returns the four cells (a, b, c, d).</summary>
    private static (double A, double B, double C, double D) Table(double a, double b, double targetTotal, double referenceTotal, KeynessCorrection correction)
    {
        CheckCount(a, targetTotal, nameof(a));
        CheckCount(b, referenceTotal, nameof(b));
        if (correction is not (KeynessCorrection.Default or KeynessCorrection.Yates or KeynessCorrection.Williams or KeynessCorrection.None))
        {
            throw new ArgumentOutOfRangeException(nameof(correction));
        }

        return (a, b, targetTotal - a, referenceTotal - b);
    }

    private static void CheckCount(double count, double total, string name)
    {
        if (!(count >= 0) || double.IsPositiveInfinity(count))
        {
            throw new ArgumentOutOfRangeException(name, count, "A count must be non-negative and finite.");
        }

        if (!(total > 0) || double.IsPositiveInfinity(total))
        {
            throw new ArgumentOutOfRangeException(name, total, "A corpus total must be positive and finite.");
        }

        if (count > total)
        {
            throw new ArgumentOutOfRangeException(name, count, string.Create(CultureInfo.InvariantCulture, $"The count {count} exceeds its corpus total {total}."));
        }
    }
}
