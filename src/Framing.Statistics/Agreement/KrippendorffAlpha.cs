using System.Globalization;

namespace Framing.Statistics.Agreement;

/// <summary>
/// Krippendorff's alpha for any number of coders, missing values allowed, at the nominal, ordinal, interval or ratio
/// level (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability").
/// </summary>
/// <remarks>
/// <para>
/// Input is a units × coders matrix: one row per unit (an article, a sentence, a match), one column per coder, a
/// missing value where a coder did not code the unit. Rows may differ in length; which coder gave which value does not
/// matter to alpha, only which values share a unit.
/// </para>
/// <para>
/// Computation through the coincidence matrix: within each unit u with m_u ≥ 2 values, every ordered pair of values
/// from different coders adds 1/(m_u − 1) to o_ck. With n_c = Σ_k o_ck and n = Σ_c n_c (the number of pairable values),
/// D_o = (1/n) Σ o_ck δ²_ck, D_e = (1/(n(n − 1))) Σ n_c n_k δ²_ck and α = 1 − D_o/D_e. Units with fewer than two values
/// are left out. α is NaN when n &lt; 2 or the pairable values do not vary (D_e = 0).
/// </para>
/// </remarks>
public static class KrippendorffAlpha
{
    /// <summary>Computes alpha from a units × coders matrix of numbers; NaN or null marks a missing value.</summary>
    /// <param name="units">units[u][coder]: the value coder gave unit u, or null/NaN when missing. For the nominal and ordinal levels the numbers are category codes.</param>
    /// <param name="level">The level of measurement.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">A value is infinite, or negative at the ratio level.</exception>
    public static KrippendorffAlphaResult Compute(IReadOnlyList<IReadOnlyList<double?>> units, KrippendorffLevel level)
    {
        ArgumentNullException.ThrowIfNull(units);
        var rows = new List<double[]>(units.Count);
        foreach (var unit in units)
        {
            ArgumentNullException.ThrowIfNull(unit, nameof(units));
            var values = new List<double>(unit.Count);
            foreach (var value in unit)
            {
                if (value is { } v && !double.IsNaN(v))
                {
                    values.Add(v);
                }
            }

            rows.Add([.. values]);
        }

        return Compute(rows, level);
    }

    /// <summary>Computes alpha from a units × coders matrix of numbers; NaN marks a missing value.</summary>
    /// <param name="units">units[u, coder]: the value coder gave unit u, or NaN when missing.</param>
    /// <param name="level">The level of measurement.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">A value is infinite, or negative at the ratio level.</exception>
    public static KrippendorffAlphaResult Compute(double[,] units, KrippendorffLevel level)
    {
        ArgumentNullException.ThrowIfNull(units);
        var rows = new List<double[]>(units.GetLength(0));
        for (var u = 0; u < units.GetLength(0); u++)
        {
            var values = new List<double>(units.GetLength(1));
            for (var c = 0; c < units.GetLength(1); c++)
            {
                if (!double.IsNaN(units[u, c]))
                {
                    values.Add(units[u, c]);
                }
            }

            rows.Add([.. values]);
        }

        return Compute(rows, level);
    }

    /// <summary>Computes nominal alpha from a units × coders matrix of category labels; null marks a missing value.</summary>
    /// <typeparam name="T">The label type (strings, enums, booleans…).</typeparam>
    /// <param name="units">units[u][coder]: the label coder gave unit u, or null when missing.</param>
    /// <param name="comparer">How labels are compared; the default equality when null (ordinal for strings).</param>
    /// <returns>The result.</returns>
    public static KrippendorffAlphaResult Nominal<T>(IReadOnlyList<IReadOnlyList<T>> units, IEqualityComparer<T>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(units);
        var codes = new CategoryCodes<T>(comparer);
        var rows = new List<double[]>(units.Count);
        foreach (var unit in units)
        {
            ArgumentNullException.ThrowIfNull(unit, nameof(units));
            var values = new List<double>(unit.Count);
            foreach (var label in unit)
            {
                if (label is not null)
                {
                    values.Add(codes.CodeOf(label));
                }
            }

            rows.Add([.. values]);
        }

        return Compute(rows, KrippendorffLevel.Nominal);
    }

    /// <summary>The computation on the present values of each unit.</summary>
    private static KrippendorffAlphaResult Compute(List<double[]> units, KrippendorffLevel level)
    {
        if (level is not (KrippendorffLevel.Nominal or KrippendorffLevel.Ordinal or KrippendorffLevel.Interval or KrippendorffLevel.Ratio))
        {
            throw new ArgumentOutOfRangeException(nameof(level));
        }

        // Distinct values of pairable units, in increasing order, and n_c for each.
        var pairable = new List<double[]>();
        var all = new List<double>();
        foreach (var values in units)
        {
            foreach (var v in values)
            {
                if (double.IsInfinity(v))
                {
                    throw new ArgumentException("Values must be finite (NaN marks a missing value).", nameof(units));
                }

                if (level == KrippendorffLevel.Ratio && v < 0)
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The ratio level needs non-negative values; got {v}."), nameof(units));
                }
            }

            if (values.Length >= 2)
            {
                pairable.Add(values);
                all.AddRange(values);
            }
        }

        long n = all.Count;
        if (n < 2)
        {
            return new KrippendorffAlphaResult(double.NaN, double.NaN, double.NaN, pairable.Count, n);
        }

        all.Sort();
        var distinct = new List<double>();
        var marginals = new List<double>();
        foreach (var v in all)
        {
            if (distinct.Count > 0 && distinct[^1] == v)
            {
                marginals[^1]++;
            }
            else
            {
                distinct.Add(v);
                marginals.Add(1);
            }
        }

        // For the ordinal metric: cumulative marginals, so Σ_{g=c}^{k} n_g = cumulative[k + 1] − cumulative[c].
        var cumulative = new double[marginals.Count + 1];
        for (var i = 0; i < marginals.Count; i++)
        {
            cumulative[i + 1] = cumulative[i] + marginals[i];
        }

        double Delta2(int c, int k)
        {
            if (c == k)
            {
                return 0;
            }

            switch (level)
            {
                case KrippendorffLevel.Nominal:
                    return 1;
                case KrippendorffLevel.Ordinal:
                    var (lo, hi) = c < k ? (c, k) : (k, c);
                    var d = cumulative[hi + 1] - cumulative[lo] - ((marginals[lo] + marginals[hi]) / 2);
                    return d * d;
                case KrippendorffLevel.Interval:
                    var diff = distinct[c] - distinct[k];
                    return diff * diff;
                default:
                    var sum = distinct[c] + distinct[k];
                    var ratio = (distinct[c] - distinct[k]) / sum;
                    return ratio * ratio;
            }
        }

        // D_o: Σ over units of Σ over ordered pairs of different coders' values, weighted 1/(m_u − 1).
        var observed = 0.0;
        var indices = new List<int>();
        foreach (var values in pairable)
        {
            indices.Clear();
            foreach (var v in values)
            {
                indices.Add(distinct.BinarySearch(v));
            }

            var unitSum = 0.0;
            for (var i = 0; i < indices.Count; i++)
            {
                for (var j = i + 1; j < indices.Count; j++)
                {
                    unitSum += 2 * Delta2(indices[i], indices[j]);
                }
            }

            observed += unitSum / (values.Length - 1);
        }

        observed /= n;

        var expected = 0.0;
        for (var c = 0; c < distinct.Count; c++)
        {
            for (var k = c + 1; k < distinct.Count; k++)
            {
                expected += 2 * marginals[c] * marginals[k] * Delta2(c, k);
            }
        }

        expected /= n * (double)(n - 1);
        var alpha = expected == 0 ? double.NaN : 1 - (observed / expected);
        return new KrippendorffAlphaResult(alpha, observed, expected, pairable.Count, n);
    }
}
