namespace Framing.Statistics.Contingency;

/// <summary>
/// Fisher's exact test for a 2 × 2 table [[a, b], [c, d]], computed as R's <c>fisher.test</c> does: the conditional
/// distribution of a given the margins is (non-central) hypergeometric; all probabilities are computed in log space,
/// so large counts work (MathNet's hypergeometric probability returns NaN there).
/// </summary>
internal static class FisherExactTest
{
    /// <summary>The two-sided test with the conditional MLE of the odds ratio and its confidence interval.</summary>
    /// <param name="a">Row 1, column 1.</param>
    /// <param name="b">Row 1, column 2.</param>
    /// <param name="c">Row 2, column 1.</param>
    /// <param name="d">Row 2, column 2.</param>
    /// <param name="confidenceLevel">Confidence level of the interval, in (0, 1).</param>
    /// <returns>The p-value, odds ratio and interval.</returns>
    public static FisherResult TwoSided(long a, long b, long c, long d, double confidenceLevel = 0.95)
    {
        if (a < 0 || b < 0 || c < 0 || d < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(a), "counts must be non-negative");
        }

        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(confidenceLevel));
        }

        var h = new NoncentralHypergeometric(a, b, c, d);
        var p = h.TwoSidedPValue();
        var alpha = (1 - confidenceLevel) / 2;
        return new FisherResult(p, h.ConditionalMle(), h.LowerLimit(alpha), h.UpperLimit(alpha), confidenceLevel);
    }

    /// <summary>The two-sided p-value and the conditional MLE of the odds ratio, without the interval (whose two root
    /// searches cost more than the rest: keyness tests a table per term and prints no interval).</summary>
    /// <param name="a">Row 1, column 1.</param>
    /// <param name="b">Row 1, column 2.</param>
    /// <param name="c">Row 2, column 1.</param>
    /// <param name="d">Row 2, column 2.</param>
    /// <returns>The p-value and odds ratio, equal to those of <see cref="TwoSided"/>.</returns>
    public static (double PValue, double OddsRatio) PValueAndOddsRatio(long a, long b, long c, long d)
    {
        if (a < 0 || b < 0 || c < 0 || d < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(a), "counts must be non-negative");
        }

        var h = new NoncentralHypergeometric(a, b, c, d);
        return (h.TwoSidedPValue(), h.ConditionalMle());
    }

    /// <summary>
    /// The distribution of the top-left cell given the margins, with R's helpers dnhyper, mnhyper and pnhyper.
    /// </summary>
    private sealed class NoncentralHypergeometric
    {
        private readonly long _x;
        private readonly long _lo;
        private readonly long _hi;
        private readonly double[] _logDensity; // log dhyper over the support lo..hi

        public NoncentralHypergeometric(long a, long b, long c, long d)
        {
            // R: m = sum(x[, 1]), n = sum(x[, 2]), k = sum(x[1, ]), x = x[1, 1]
            var m = a + c;
            var n = b + d;
            var k = a + b;
            _x = a;
            _lo = Math.Max(0, k - n);
            _hi = Math.Min(k, m);
            _logDensity = LogDensity(m, n, k, _lo, _hi);
        }

        public double TwoSidedPValue()
        {
            // d <- dnhyper(1); sum(d[d <= d[x - lo + 1] * relErr])
            var d = Density(1);
            var observed = d[_x - _lo] * (1 + 1e-7);
            var sum = 0.0;
            foreach (var value in d)
            {
                if (value <= observed)
                {
                    sum += value;
                }
            }

            return Math.Min(1, sum);
        }

        public double ConditionalMle()
        {
            if (_x == _lo)
            {
                return 0;
            }

            if (_x == _hi)
            {
                return double.PositiveInfinity;
            }

            var mu = Mean(1);
            if (mu > _x)
            {
                return RZeroin.FindRoot(t => Mean(t) - _x, 0, 1);
            }

            if (mu < _x)
            {
                return 1 / RZeroin.FindRoot(t => Mean(1 / t) - _x, 2.220446049250313e-16, 1);
            }

            return 1;
        }

        public double UpperLimit(double alpha)
        {
            if (_x == _hi)
            {
                return double.PositiveInfinity;
            }

            var p = Cumulative(_x, 1, upperTail: false);
            if (p < alpha)
            {
                return RZeroin.FindRoot(t => Cumulative(_x, t, upperTail: false) - alpha, 0, 1);
            }

            if (p > alpha)
            {
                return 1 / RZeroin.FindRoot(t => Cumulative(_x, 1 / t, upperTail: false) - alpha, 2.220446049250313e-16, 1);
            }

            return 1;
        }

        public double LowerLimit(double alpha)
        {
            if (_x == _lo)
            {
                return 0;
            }

            var p = Cumulative(_x, 1, upperTail: true);
            if (p > alpha)
            {
                return RZeroin.FindRoot(t => Cumulative(_x, t, upperTail: true) - alpha, 0, 1);
            }

            if (p < alpha)
            {
                return 1 / RZeroin.FindRoot(t => Cumulative(_x, 1 / t, upperTail: true) - alpha, 2.220446049250313e-16, 1);
            }

            return 1;
        }

        /// <summary>R's dnhyper(ncp): the non-central density over the support, normalized.</summary>
        private double[] Density(double ncp)
        {
            var d = new double[_logDensity.Length];
            var logNcp = Math.Log(ncp);
            var max = double.NegativeInfinity;
            for (var i = 0; i < d.Length; i++)
            {
                d[i] = _logDensity[i] + (logNcp * (_lo + i));
                max = Math.Max(max, d[i]);
            }

            var sum = 0.0;
            for (var i = 0; i < d.Length; i++)
            {
                d[i] = Math.Exp(d[i] - max);
                sum += d[i];
            }

            for (var i = 0; i < d.Length; i++)
            {
                d[i] /= sum;
            }

            return d;
        }

        /// <summary>R's mnhyper(ncp): the mean of the non-central distribution.</summary>
        private double Mean(double ncp)
        {
            if (ncp == 0)
            {
                return _lo;
            }

            if (double.IsPositiveInfinity(ncp))
            {
                return _hi;
            }

            var d = Density(ncp);
            var mean = 0.0;
            for (var i = 0; i < d.Length; i++)
            {
                mean += (_lo + i) * d[i];
            }

            return mean;
        }

        /// <summary>R's pnhyper(q, ncp, upper.tail).</summary>
        private double Cumulative(long q, double ncp, bool upperTail)
        {
            if (ncp == 1)
            {
                // phyper(x - 1, lower.tail = FALSE) = P(X >= x); phyper(x) = P(X <= x), from the central density.
                var sum = 0.0;
                for (var i = 0; i < _logDensity.Length; i++)
                {
                    var value = _lo + i;
                    if (upperTail ? value >= q : value <= q)
                    {
                        sum += Math.Exp(_logDensity[i]);
                    }
                }

                return sum;
            }

            if (ncp == 0)
            {
                return upperTail ? (q <= _lo ? 1 : 0) : (q >= _lo ? 1 : 0);
            }

            if (double.IsPositiveInfinity(ncp))
            {
                return upperTail ? (q <= _hi ? 1 : 0) : (q >= _hi ? 1 : 0);
            }

            var d = Density(ncp);
            var total = 0.0;
            for (var i = 0; i < d.Length; i++)
            {
                var value = _lo + i;
                if (upperTail ? value >= q : value <= q)
                {
                    total += d[i];
                }
            }

            return total;
        }

        /// <summary>
        /// log dhyper(i, m, n, k) for i = lo … hi, as R's <c>dhyper(support, m, n, k, log = TRUE)</c>: from the ratio of
        /// neighbouring probabilities, d(i + 1) / d(i) = (m − i)(k − i) / ((i + 1)(n − k + i + 1)), each to a rounding
        /// error, then normalized to sum to 1. Differences of lgamma of the totals (lgamma(10⁹) ≈ 2·10¹⁰) would lose
        /// the sixth significant digit of p for a term's table in a corpus of 10⁸ tokens or more.
        /// </summary>
        private static double[] LogDensity(long m, long n, long k, long lo, long hi)
        {
            var log = new double[hi - lo + 1];
            var max = 0.0;
            for (var i = lo; i < hi; i++)
            {
                var ratio = ((double)(m - i) * (k - i)) / ((double)(i + 1) * (n - k + i + 1));
                var next = log[i - lo] + Math.Log(ratio);
                log[i - lo + 1] = next;
                max = Math.Max(max, next);
            }

            var sum = 0.0;
            foreach (var value in log)
            {
                sum += Math.Exp(value - max);
            }

            var logTotal = max + Math.Log(sum);
            for (var i = 0; i < log.Length; i++)
            {
                log[i] -= logTotal;
            }

            return log;
        }
    }
}
