namespace Framing.Statistics.Contingency;

/// <summary>The likelihood-ratio (G) test of independence: G = 2 Σ O ln(O / E), optionally with Williams' correction.</summary>
internal static class GTest
{
    /// <summary>Computes G (cells with O = 0 contribute 0) and its chi-square p-value with (r − 1)(c − 1) degrees of freedom.</summary>
    /// <param name="table">The table.</param>
    /// <param name="williams">
    /// Divide G by Williams' (1976) q = 1 + (N Σ 1/rowᵢ − 1)(N Σ 1/colⱼ − 1) / (6 N (r − 1)(c − 1)).
    /// </param>
    /// <returns>The statistic, degrees of freedom and upper-tail p-value.</returns>
    public static TestResult Compute(ContingencyTable table, bool williams = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        var g = 0.0;
        for (var i = 0; i < table.Rows; i++)
        {
            for (var j = 0; j < table.Columns; j++)
            {
                var observed = table[i, j];
                if (observed > 0)
                {
                    g += observed * Math.Log(observed / table.Expected(i, j));
                }
            }
        }

        g *= 2;
        if (williams)
        {
            g /= WilliamsQ(table);
        }

        return new TestResult(williams ? "G-test with Williams' correction" : "G-test", g, table.DegreesOfFreedom, Distributions.ChiSquareUpperTail(g, table.DegreesOfFreedom));
    }

    /// <summary>Williams' correction factor q.</summary>
    /// <param name="table">The table.</param>
    /// <returns>q (≥ 1).</returns>
    public static double WilliamsQ(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var n = table.Total;
        var rowSum = 0.0;
        foreach (var r in table.RowTotals)
        {
            rowSum += 1 / r;
        }

        var columnSum = 0.0;
        foreach (var c in table.ColumnTotals)
        {
            columnSum += 1 / c;
        }

        return 1 + ((n * rowSum) - 1) * ((n * columnSum) - 1) / (6 * n * table.DegreesOfFreedom);
    }
}
