namespace Framing.Statistics.MultipleTesting;

/// <summary>
/// Adjusts p-values for multiple comparisons exactly as R's <c>p.adjust</c> does (same formulas, same ordering of
/// ties), so adjusted values agree with R.
/// </summary>
public static class PValues
{
    /// <summary>Parses a method name as R spells it (<c>holm</c>, <c>bonferroni</c>, <c>BH</c>/<c>fdr</c>, <c>BY</c>, <c>none</c>), case-insensitively.</summary>
    /// <param name="name">The name.</param>
    /// <param name="method">The method.</param>
    /// <returns>Whether the name is known.</returns>
    internal static bool TryParseMethod(string? name, out PValueAdjustment method)
    {
        method = (name ?? string.Empty).ToUpperInvariant() switch
        {
            "NONE" => PValueAdjustment.None,
            "BONFERRONI" => PValueAdjustment.Bonferroni,
            "HOLM" => PValueAdjustment.Holm,
            "HOCHBERG" => PValueAdjustment.Hochberg,
            "BH" or "FDR" or "BENJAMINI-HOCHBERG" => PValueAdjustment.BenjaminiHochberg,
            "BY" or "BENJAMINI-YEKUTIELI" => PValueAdjustment.BenjaminiYekutieli,
            _ => (PValueAdjustment)(-1),
        };
        return Enum.IsDefined(method);
    }

    /// <summary>The method's name as R's <c>p.adjust</c> spells it.</summary>
    /// <param name="method">The method.</param>
    /// <returns>The name.</returns>
    internal static string Name(PValueAdjustment method) => method switch
    {
        PValueAdjustment.None => "none",
        PValueAdjustment.Bonferroni => "bonferroni",
        PValueAdjustment.Holm => "holm",
        PValueAdjustment.Hochberg => "hochberg",
        PValueAdjustment.BenjaminiHochberg => "BH",
        PValueAdjustment.BenjaminiYekutieli => "BY",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>Adjusts <paramref name="p"/> (NaN values are kept as NaN and not counted, as in R).</summary>
    /// <param name="p">The p-values, each in [0, 1] or NaN.</param>
    /// <param name="method">The method.</param>
    /// <returns>The adjusted p-values, in the same order.</returns>
    public static double[] Adjust(IReadOnlyList<double> p, PValueAdjustment method)
    {
        ArgumentNullException.ThrowIfNull(p);
        var result = new double[p.Count];
        var present = new List<int>(p.Count);
        for (var i = 0; i < p.Count; i++)
        {
            result[i] = p[i];
            if (!double.IsNaN(p[i]))
            {
                if (p[i] < 0 || p[i] > 1)
                {
                    throw new ArgumentOutOfRangeException(nameof(p), $"p-value {p[i]} is not in [0, 1]");
                }

                present.Add(i);
            }
        }

        var n = present.Count;
        if (n <= 1 || method == PValueAdjustment.None)
        {
            return result;
        }

        switch (method)
        {
            case PValueAdjustment.Bonferroni:
                foreach (var i in present)
                {
                    result[i] = Math.Min(1, n * p[i]);
                }

                break;
            case PValueAdjustment.Holm:
            {
                // o <- order(p); pmin(1, cummax((n - i + 1) * p[o]))[ro]
                var order = Order(p, present, descending: false);
                var running = 0.0;
                for (var k = 0; k < n; k++)
                {
                    running = Math.Max(running, (n - k) * p[order[k]]);
                    result[order[k]] = Math.Min(1, running);
                }

                break;
            }

            case PValueAdjustment.Hochberg:
            {
                // i <- n:1; o <- order(p, decreasing = TRUE); pmin(1, cummin((n - i + 1) * p[o]))[ro]
                var order = Order(p, present, descending: true);
                var running = double.PositiveInfinity;
                for (var k = 0; k < n; k++)
                {
                    running = Math.Min(running, (k + 1) * p[order[k]]);
                    result[order[k]] = Math.Min(1, running);
                }

                break;
            }

            case PValueAdjustment.BenjaminiHochberg:
            case PValueAdjustment.BenjaminiYekutieli:
            {
                // i <- n:1; o <- order(p, decreasing = TRUE); pmin(1, cummin(q * n / i * p[o]))[ro]
                var q = 1.0;
                if (method == PValueAdjustment.BenjaminiYekutieli)
                {
                    q = 0;
                    for (var k = 1; k <= n; k++)
                    {
                        q += 1.0 / k;
                    }
                }

                var order = Order(p, present, descending: true);
                var running = double.PositiveInfinity;
                for (var k = 0; k < n; k++)
                {
                    var rank = n - k;
                    running = Math.Min(running, q * n / rank * p[order[k]]);
                    result[order[k]] = Math.Min(1, running);
                }

                break;
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(method));
        }

        return result;
    }

    /// <summary>Indices of the present p-values sorted by value; ties keep their original order (R's order() is stable).</summary>
    private static int[] Order(IReadOnlyList<double> p, List<int> present, bool descending)
    {
        var order = present.ToArray();
        var keys = new double[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            keys[i] = descending ? -p[order[i]] : p[order[i]];
        }

        // Stable sort by key, then by original position.
        var positions = new int[order.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = i;
        }

        Array.Sort(positions, (x, y) => keys[x] != keys[y] ? keys[x].CompareTo(keys[y]) : x.CompareTo(y));
        var sorted = new int[order.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = order[positions[i]];
        }

        return sorted;
    }
}
