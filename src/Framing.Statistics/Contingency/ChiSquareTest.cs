namespace Framing.Statistics.Contingency;

/// <summary>Pearson's chi-square test of independence, as R's <c>chisq.test</c> computes it.</summary>
internal static class ChiSquareTest
{
    /// <summary>
    /// X² = Σ (|O − E| − δ)² / E with df = (r − 1)(c − 1). For a 2 × 2 table with <paramref name="yates"/>,
    /// δ = min(0.5, min |O − E|) as in R; otherwise δ = 0.
    /// </summary>
    /// <param name="table">The table (every expected count must be positive).</param>
    /// <param name="yates">Apply Yates' continuity correction to a 2 × 2 table (R's default is true).</param>
    /// <returns>The statistic, degrees of freedom and upper-tail p-value.</returns>
    public static TestResult Pearson(ContingencyTable table, bool yates = false)
    {
        ArgumentNullException.ThrowIfNull(table);
        var correction = 0.0;
        if (yates && table.Is2x2)
        {
            correction = 0.5;
            for (var i = 0; i < 2; i++)
            {
                for (var j = 0; j < 2; j++)
                {
                    correction = Math.Min(correction, Math.Abs(table[i, j] - table.Expected(i, j)));
                }
            }
        }

        var statistic = 0.0;
        for (var i = 0; i < table.Rows; i++)
        {
            for (var j = 0; j < table.Columns; j++)
            {
                var expected = table.Expected(i, j);
                var deviation = Math.Abs(table[i, j] - expected) - correction;
                statistic += deviation * deviation / expected;
            }
        }

        var name = correction > 0 ? "Pearson chi-square with Yates' continuity correction" : "Pearson chi-square";
        return new TestResult(name, statistic, table.DegreesOfFreedom, Distributions.ChiSquareUpperTail(statistic, table.DegreesOfFreedom));
    }
}
