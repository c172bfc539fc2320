using System.Runtime.InteropServices;

namespace Framing.Statistics.Resampling;

/// <summary>
/// Turns bootstrap replicates into confidence intervals exactly as R's <c>boot</c> package does (<c>perc.ci</c>,
/// <c>bca.ci</c>): quantiles are read with <c>norm.inter</c>, interpolating between order statistics on the normal
/// quantile scale; non-finite replicates are dropped.
/// </summary>
internal static class BootstrapIntervals
{
    /// <summary>The percentile interval.</summary>
    /// <param name="replicates">The bootstrap replicates of the statistic.</param>
    /// <param name="estimate">The statistic on the original data.</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1).</param>
    /// <returns>The interval (NaN limits when fewer finite replicates than <see cref="MinimumReplicates"/> of the level:
    /// R's boot would read the limits off the smallest and largest replicates, with a warning, and such an interval can
    /// miss the estimate).</returns>
    public static BootstrapInterval Percentile(IReadOnlyList<double> replicates, double estimate, double confidenceLevel = 0.95)
    {
        var finite = Finite(replicates);
        if (finite.Length < MinimumReplicates(confidenceLevel))
        {
            return new BootstrapInterval(estimate, double.NaN, double.NaN, confidenceLevel, BootstrapMethod.Percentile, finite.Length);
        }

        var ordered = new OrderStatistics(finite);
        var alpha = (1 - confidenceLevel) / 2;
        return new BootstrapInterval(estimate, NormInter(ordered, alpha), NormInter(ordered, 1 - alpha), confidenceLevel, BootstrapMethod.Percentile, ordered.Count);
    }

    /// <summary>
    /// The fewest replicates whose percentile interval at <paramref name="confidenceLevel"/> lies between order
    /// statistics: with R replicates and α = (1 − level) / 2, R's <c>norm.inter</c> reads the limits off the extreme
    /// replicates (and warns "extreme order statistics used as endpoints") unless 1 &lt; (R + 1) α and (R + 1)(1 − α) &lt; R.
    /// 40 at 0.95, 20 at 0.90, 200 at 0.99.
    /// </summary>
    /// <param name="confidenceLevel">Confidence level in (0, 1).</param>
    /// <returns>The number of replicates (at least 2).</returns>
    public static int MinimumReplicates(double confidenceLevel)
    {
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            return 2;
        }

        var alpha = (1 - confidenceLevel) / 2;
        var guess = Math.Min(Math.Floor(1 / alpha) - 2, int.MaxValue - 8);
        var r = Math.Max(2, (int)guess);
        while (r < int.MaxValue - 4 && !((r + 1.0) * alpha > 1 && (r + 1.0) * (1 - alpha) < r))
        {
            r++;
        }

        return r;
    }

    /// <summary>
    /// The BCa interval: bias correction w = Φ⁻¹(#{t* &lt; t₀} / R), acceleration a = Σ L³ / (6 (Σ L²)^1.5) from the
    /// empirical influence values L, adjusted levels Φ(w + (w + z_α) / (1 − a (w + z_α))).
    /// </summary>
    /// <param name="replicates">The bootstrap replicates of the statistic.</param>
    /// <param name="estimate">The statistic on the original data (t₀).</param>
    /// <param name="influence">Empirical influence values, e.g. from <see cref="JackknifeInfluence"/>.</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1).</param>
    /// <returns>The interval (NaN limits when the bias correction or acceleration is not finite).</returns>
    public static BootstrapInterval BCa(IReadOnlyList<double> replicates, double estimate, IReadOnlyList<double> influence, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(influence);
        var finite = Finite(replicates);
        var below = 0;
        foreach (var t in finite)
        {
            if (t < estimate)
            {
                below++;
            }
        }

        var w = finite.Length == 0 ? double.NaN : Distributions.NormalQuantile((double)below / finite.Length);
        double sum2 = 0, sum3 = 0;
        foreach (var l in influence)
        {
            sum2 += l * l;
            sum3 += l * l * l;
        }

        var a = sum3 / (6 * Math.Pow(sum2, 1.5));
        if (!double.IsFinite(w) || !double.IsFinite(a))
        {
            return new BootstrapInterval(estimate, double.NaN, double.NaN, confidenceLevel, BootstrapMethod.BCa, finite.Length);
        }

        var alpha = (1 - confidenceLevel) / 2;
        double Adjusted(double level)
        {
            var z = Distributions.NormalQuantile(level);
            return Distributions.NormalCdf(w + ((w + z) / (1 - (a * (w + z)))));
        }

        var ordered = new OrderStatistics(finite);
        return new BootstrapInterval(estimate, NormInter(ordered, Adjusted(alpha)), NormInter(ordered, Adjusted(1 - alpha)), confidenceLevel, BootstrapMethod.BCa, finite.Length);
    }

    /// <summary>
    /// Jackknife empirical influence values L_i = (n − 1)(θ̄ − θ₍ᵢ₎) from the leave-one-out estimates θ₍ᵢ₎
    /// (as <c>boot::empinf(type = "jack")</c>).
    /// </summary>
    /// <param name="leaveOneOut">The statistic with each observation left out in turn.</param>
    /// <returns>The influence values.</returns>
    public static double[] JackknifeInfluence(IReadOnlyList<double> leaveOneOut)
    {
        ArgumentNullException.ThrowIfNull(leaveOneOut);
        var n = leaveOneOut.Count;
        var mean = 0.0;
        foreach (var t in leaveOneOut)
        {
            mean += t;
        }

        mean /= n;
        var influence = new double[n];
        for (var i = 0; i < n; i++)
        {
            influence[i] = (n - 1) * (mean - leaveOneOut[i]);
        }

        return influence;
    }

    /// <summary>R boot's norm.inter: the <paramref name="alpha"/> quantile of the replicates, interpolated on the normal
    /// scale between the order statistics around it.</summary>
    internal static double NormInter(OrderStatistics sorted, double alpha)
    {
        var r = sorted.Count;
        if (r < 2 || !(alpha > 0 && alpha < 1))
        {
            return double.NaN;
        }

        var rk = (r + 1) * alpha;
        var k = (int)Math.Truncate(rk);
        if (k == rk)
        {
            return sorted.At(k - 1);
        }

        if (k == 0)
        {
            return sorted.At(0);
        }

        if (k >= r)
        {
            return sorted.At(r - 1);
        }

        var z = Distributions.NormalQuantile(alpha);
        var zk = Distributions.NormalQuantile((double)k / (r + 1));
        var zk1 = Distributions.NormalQuantile((double)(k + 1) / (r + 1));
        var tk = sorted.At(k - 1);
        var tk1 = sorted.At(k);
        return tk + ((z - zk) / (zk1 - zk) * (tk1 - tk));
    }

    /// <summary>The finite replicates, in a new array (the order statistics reorder it).</summary>
    private static double[] Finite(IReadOnlyList<double> replicates)
    {
        ArgumentNullException.ThrowIfNull(replicates);
        return replicates switch
        {
            // Read through a span where the list is an array or a List (as every caller's is): no interface call per value.
            double[] array => Finite(array),
            List<double> list => Finite(CollectionsMarshal.AsSpan(list)),
            _ => Finite([.. replicates]),
        };
    }

    private static double[] Finite(ReadOnlySpan<double> replicates)
    {
        var count = 0;
        foreach (var t in replicates)
        {
            count += double.IsFinite(t) ? 1 : 0;
        }

        if (count == replicates.Length)
        {
            return replicates.ToArray();
        }

        var finite = new double[count];
        var next = 0;
        foreach (var t in replicates)
        {
            if (double.IsFinite(t))
            {
                finite[next++] = t;
            }
        }

        return finite;
    }
}
