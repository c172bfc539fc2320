namespace Framing.Statistics.Contingency;

/// <summary>Cramér's V: √(X² / (N (min(r, c) − 1))), an effect size in [0, 1] for an r × c table.</summary>
internal static class CramersV
{
    /// <summary>Computes V from the uncorrected Pearson chi-square of <paramref name="table"/>.</summary>
    /// <param name="table">The table.</param>
    /// <returns>V, in [0, 1].</returns>
    public static double Compute(ContingencyTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var chi2 = ChiSquareTest.Pearson(table, yates: false).Statistic;
        return Math.Sqrt(chi2 / (table.Total * (Math.Min(table.Rows, table.Columns) - 1)));
    }
}
