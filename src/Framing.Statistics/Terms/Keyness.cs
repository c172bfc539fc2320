using System.Globalization;

namespace Framing.Statistics.Terms;

/// <summary>
/// Keyness of one term in a target corpus against a reference corpus, as quanteda.textstats'
/// <c>textstat_keyness</c> computes it.
/// </summary>
/// <remarks>
/// <para>
/// The 2×2 table is a = the term's count in the target, b = its count in the reference, c = target total − a,
/// d = reference total − b, N = a + b + c + d, and E = (a + b)(a + c)/N the expected target count.
/// </para>
/// <para>
/// Sign convention (chi-square and G²): the statistic is negative when the target's observed count is below its
/// expected count (ad &lt; bc), positive otherwise. Pointwise mutual information is signed by construction; Fisher's
/// odds ratio is below 1 instead.
/// </para>
/// <para>
/// p-values of chi-square and G² come from the upper tail of the chi-square distribution with one degree of freedom at
/// |statistic| (Q(1/2, |x|/2), precise for very small p). Differences from quanteda: quanteda adds 10⁻⁹ inside every
/// logarithm of G² and PMI to avoid log 0; here 0·log 0 = 0 exactly, so G² differs from quanteda's by about 2·10⁻⁹·N
/// (PMI of an absent term is −∞ here, log 10⁻⁹ ≈ −20.7 in quanteda). quanteda also reports
/// 1 − pchisq(|pmi|, 1) as a p-value for PMI, which has no statistical meaning; none is reported here.
/// </para>
/// <para>
/// A term absent from both corpora (a + b = 0), or making up both corpora entirely (c + d = 0), has an undefined
/// table: every statistic is NaN.
/// </para>
/// </remarks>
public static class Keyness
{
    /// <summary>Pearson's chi-square statistic of the term's 2×2 table, signed, with its p-value.</summary>
    /// <param name="targetCount">a, the term's count in the target (≥ 0).</param>
    /// <param name="referenceCount">b, the term's count in the reference (≥ 0).</param>
    /// <param name="targetTotal">The target's token count (&gt; 0, ≥ a).</param>
    /// <param name="referenceTotal">The reference's token count (&gt; 0, ≥ b).</param>
    /// <param name="correction">The correction; <see cref="KeynessCorrection.Default"/> (quanteda's default) by default.</param>
    /// <returns>The signed statistic N·(|ad − bc| − N·δ)² / [(a+b)(c+d)(a+c)(b+d)] (divided by Williams' q if asked) and its p-value.</returns>
    public static KeynessScore Chi2(double targetCount, double referenceCount, double targetTotal, double referenceTotal, KeynessCorrection correction = KeynessCorrection.Default)
    {
        var t = Table.Create(targetCount, referenceCount, targetTotal, referenceTotal);
        CheckCorrection(correction);
        double statistic;
        if (t.IsDegenerate)
        {
            statistic = double.NaN;
        }
        else
        {
            var delta = t.ContinuityCorrection(correction);
            var excess = Math.Abs(t.Determinant) - (t.N * delta);
            statistic = t.N * excess * excess / ((t.A + t.B) * (t.C + t.D) * (t.A + t.C) * (t.B + t.D)) * t.Sign;
            if (correction == KeynessCorrection.Williams)
            {
                statistic /= t.WilliamsQ;
            }
        }

        return new KeynessScore(statistic, Probabilities.ChiSquare1UpperTail(statistic));
    }

    /// <summary>The likelihood-ratio statistic G² of the term's 2×2 table, signed, with its p-value.</summary>
    /// <param name="targetCount">a, the term's count in the target (≥ 0).</param>
    /// <param name="referenceCount">b, the term's count in the reference (≥ 0).</param>
    /// <param name="targetTotal">The target's token count (&gt; 0, ≥ a).</param>
    /// <param name="referenceTotal">The reference's token count (&gt; 0, ≥ b).</param>
    /// <param name="correction">The correction; <see cref="KeynessCorrection.Default"/> (quanteda's default) by default.</param>
    /// <returns>The signed statistic 2·Σ O·log(O/E) over the four cells (after the continuity adjustment, or divided by Williams' q) and its p-value.</returns>
    public static KeynessScore G2(double targetCount, double referenceCount, double targetTotal, double referenceTotal, KeynessCorrection correction = KeynessCorrection.Default)
    {
        var t = Table.Create(targetCount, referenceCount, targetTotal, referenceTotal);
        CheckCorrection(correction);
        double statistic;
        if (t.IsDegenerate)
        {
            statistic = double.NaN;
        }
        else
        {
            // Every cell is moved δ towards its expected value; all four cells then differ from their expected values
            // by ±(|ad − bc|/N − δ). Summing O·log(O/E) − (O − E) (each term ≥ 0, and Σ(O − E) = 0) avoids cancellation.
            var delta = t.ContinuityCorrection(correction);
            var shift = (Math.Abs(t.Determinant) / t.N) - delta;
            var s = t.Determinant < 0 ? -1.0 : 1.0;
            var n = t.N;
            var sum = Deviance(t.A - (s * delta), (t.A + t.B) * (t.A + t.C) / n, s * shift)
                + Deviance(t.B + (s * delta), (t.A + t.B) * (t.B + t.D) / n, -s * shift)
                + Deviance(t.C + (s * delta), (t.A + t.C) * (t.C + t.D) / n, -s * shift)
                + Deviance(t.D - (s * delta), (t.B + t.D) * (t.C + t.D) / n, s * shift);
            statistic = 2 * sum * t.Sign;
            if (correction == KeynessCorrection.Williams)
            {
                statistic /= t.WilliamsQ;
            }
        }

        return new KeynessScore(statistic, Probabilities.ChiSquare1UpperTail(statistic));
    }

    /// <summary>Pointwise mutual information log(a/E) of the term and the target (natural log).</summary>
    /// <param name="targetCount">a, the term's count in the target (≥ 0).</param>
    /// <param name="referenceCount">b, the term's count in the reference (≥ 0).</param>
    /// <param name="targetTotal">The target's token count (&gt; 0, ≥ a).</param>
    /// <param name="referenceTotal">The reference's token count (&gt; 0, ≥ b).</param>
    /// <returns>log(a/E), E = (a+b)(a+c)/N; −∞ when a = 0 and b &gt; 0; NaN when a + b = 0. It has no p-value.</returns>
    public static double Pmi(double targetCount, double referenceCount, double targetTotal, double referenceTotal)
    {
        var t = Table.Create(targetCount, referenceCount, targetTotal, referenceTotal);
        return t.A + t.B == 0 ? double.NaN : Math.Log(t.A * t.N / ((t.A + t.B) * (t.A + t.C)));
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
    /// <returns>The odds ratio and the p-value.</returns>

    public static KeynessScore Fisher(long targetCount, long referenceCount, long targetTotal, long referenceTotal) =>
        Fisher(targetCount, referenceCount, targetTotal, referenceTotal, ContingencyFisherExactTest.Instance);

    /// <summary>Fisher's exact test through the given implementation.</summary>
    internal static KeynessScore Fisher(long targetCount, long referenceCount, long targetTotal, long referenceTotal, IFisherExactTest test)
    {
        Table.Create(targetCount, referenceCount, targetTotal, referenceTotal);
        var (p, oddsRatio) = test.TwoSided(targetCount, referenceCount, targetTotal - targetCount, referenceTotal - referenceCount);
        return new KeynessScore(oddsRatio, p);
    }

    /// <summary>O·log(O/E) − (O − E), with 0·log 0 = 0; <paramref name="difference"/> is O − E computed without cancellation.</summary>
    private static double Deviance(double observed, double expected, double difference)
    {
        if (observed == 0)
        {
            return expected;
        }

        var ratio = difference / expected;
        var log = Math.Abs(ratio) < 0.5 ? LogOnePlus(ratio) : Math.Log(observed / expected);
        return (observed * log) - difference;
    }

    private static double LogOnePlus(double x)
    {
        // log(1 + x) accurate for small |x| (Goldberg's trick); .NET has no Math.Log1P on every target framework.
        var u = 1 + x;
        return u == 1 ? x : Math.Log(u) * x / (u - 1);
    }

    private static void CheckCorrection(KeynessCorrection correction)
    {
        if (correction is not (KeynessCorrection.Default or KeynessCorrection.Yates or KeynessCorrection.Williams or KeynessCorrection.None))
        {
            throw new ArgumentOutOfRangeException(nameof(correction));
        }
    }

    /// <summary>The 2×2 table of one term.</summary>
    private readonly record struct Table(double A, double B, double C, double D)
    {
        public double N => A + B + C + D;

        /// <summary>ad − bc, computed with Kahan's fused-multiply-add algorithm so it is exact to rounding even for large counts.</summary>
        public double Determinant
        {
            get
            {
                var bc = B * C;
                var error = Math.FusedMultiplyAdd(-B, C, bc);
                return Math.FusedMultiplyAdd(A, D, -bc) + error;
            }
        }

        /// <summary>−1 when the observed target count is below its expected value (ad &lt; bc), otherwise +1.</summary>
        public double Sign => Determinant < 0 ? -1 : 1;

        public bool IsDegenerate => A + B == 0 || C + D == 0;

        public double WilliamsQ => A == 0 || B == 0 || C == 0 || D == 0
            ? double.NaN
            : 1 + (((N / (A + B)) + (N / (C + D)) - 1) * ((N / (A + C)) + (N / (B + D)) - 1) / (6 * N));

        public static Table Create(double a, double b, double targetTotal, double referenceTotal)
        {
            CheckCount(a, targetTotal, nameof(a));
            CheckCount(b, referenceTotal, nameof(b));
            return new Table(a, b, targetTotal - a, referenceTotal - b);
        }

        /// <summary>The continuity correction δ subtracted from |ad − bc|/N.</summary>
        public double ContinuityCorrection(KeynessCorrection correction)
        {
            var n = N;
            var determinant = Math.Abs(Determinant);
            switch (correction)
            {
                case KeynessCorrection.Default:
                    var small = (A + B) * (A + C) / n < 5 || (A + B) * (B + D) / n < 5 || (A + C) * (C + D) / n < 5 || (C + D) * (B + D) / n < 5;
                    return determinant >= n / 2 && small ? 0.5 : 0;
                case KeynessCorrection.Yates:
                    return Math.Min(0.5, determinant / n);
                default:
                    return 0;
            }
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
}
