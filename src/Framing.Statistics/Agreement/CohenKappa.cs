using System.Globalization;

namespace Framing.Statistics.Agreement;

/// <summary>
/// Cohen's (1960) kappa for two raters assigning nominal categories, e.g. a lexicon's label against a human coder's.
/// </summary>
/// <remarks>
/// κ = (p_o − p_e)/(1 − p_e) with p_o the observed share of agreements and p_e = Σ_k p_k·q_k, p_k and q_k the shares
/// of items each rater put in category k (unweighted kappa). Items with a missing rating (null) from either rater are
/// left out (listwise deletion).
/// </remarks>
public static class CohenKappa
{
    /// <summary>Computes kappa from two raters' ratings of the same items, in the same order.</summary>
    /// <typeparam name="T">The category type (strings, enums, booleans…).</typeparam>
    /// <param name="first">The first rater's categories; null = missing.</param>
    /// <param name="second">The second rater's categories for the same items; null = missing.</param>
    /// <param name="comparer">How categories are compared; the default equality when null (ordinal for strings).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">The two lists differ in length.</exception>
    public static CohenKappaResult Compute<T>(IReadOnlyList<T> first, IReadOnlyList<T> second, IEqualityComparer<T>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        if (first.Count != second.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The raters rated {first.Count} and {second.Count} items."), nameof(second));
        }

        var categories = new CategoryCodes<T>(comparer);
        var pairs = new List<(int First, int Second)>(first.Count);
        for (var i = 0; i < first.Count; i++)
        {
            T x = first[i], y = second[i];
            if (x is null || y is null)
            {
                continue;
            }

            pairs.Add((categories.CodeOf(x), categories.CodeOf(y)));
        }

        var k = categories.Count;
        var table = new long[k, k];
        foreach (var (x, y) in pairs)
        {
            table[x, y]++;
        }

        return FromTable(table);
    }

    /// <summary>Computes kappa from a square contingency table of the two raters' categories.</summary>
    /// <param name="table">table[i, j] = number of items the first rater put in category i and the second in category j (non-negative; same categories in the same order on both axes).</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">The table is not square or has a negative count.</exception>
    public static CohenKappaResult FromTable(long[,] table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var k = table.GetLength(0);
        if (table.GetLength(1) != k)
        {
            throw new ArgumentException("The table must be square: both raters use the same categories.", nameof(table));
        }

        var rows = new double[k];
        var columns = new double[k];
        long n = 0;
        long agreements = 0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var count = table[i, j];
                if (count < 0)
                {
                    throw new ArgumentException("Counts must be non-negative.", nameof(table));
                }

                rows[i] += count;
                columns[j] += count;
                n += count;
                if (i == j)
                {
                    agreements += count;
                }
            }
        }

        if (n == 0)
        {
            return new CohenKappaResult(double.NaN, double.NaN, double.NaN, 0);
        }

        double total = n;
        var observed = agreements / total;
        var expected = 0.0;
        for (var i = 0; i < k; i++)
        {
            expected += rows[i] / total * (columns[i] / total);
        }

        var kappa = expected == 1 ? double.NaN : (observed - expected) / (1 - expected);
        return new CohenKappaResult(kappa, observed, expected, n);
    }
}
