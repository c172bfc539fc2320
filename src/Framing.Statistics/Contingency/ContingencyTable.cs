using System.Globalization;

namespace Framing.Statistics.Contingency;

/// <summary>
/// An r × c table of non-negative counts (rows: groups such as outlets; columns: outcomes such as pole A and pole B),
/// with its margins and expected counts under independence. Immutable.
/// </summary>
internal sealed class ContingencyTable
{
    private readonly double[,] _counts;

    /// <summary>Creates a table from counts.</summary>
    /// <param name="counts">Counts, [row, column]; at least 2 × 2, non-negative and finite.</param>
    public ContingencyTable(double[,] counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        Rows = counts.GetLength(0);
        Columns = counts.GetLength(1);
        if (Rows < 2 || Columns < 2)
        {
            throw new ArgumentException("a contingency table needs at least 2 rows and 2 columns", nameof(counts));
        }

        _counts = (double[,])counts.Clone();
        var rowTotals = new double[Rows];
        var columnTotals = new double[Columns];
        for (var i = 0; i < Rows; i++)
        {
            for (var j = 0; j < Columns; j++)
            {
                var x = counts[i, j];
                if (!(x >= 0) || double.IsInfinity(x))
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"count [{i},{j}] = {x} is not a non-negative number"), nameof(counts));
                }

                rowTotals[i] += x;
                columnTotals[j] += x;
                Total += x;
            }
        }

        RowTotals = rowTotals;
        ColumnTotals = columnTotals;
    }

    /// <summary>Creates a 2 × 2 table [[a, b], [c, d]].</summary>
    /// <param name="a">Row 1, column 1.</param>
    /// <param name="b">Row 1, column 2.</param>
    /// <param name="c">Row 2, column 1.</param>
    /// <param name="d">Row 2, column 2.</param>
    /// <returns>The table.</returns>
    public static ContingencyTable Of(double a, double b, double c, double d) => new(new[,] { { a, b }, { c, d } });

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of columns.</summary>
    public int Columns { get; }

    /// <summary>Row sums.</summary>
    public IReadOnlyList<double> RowTotals { get; }

    /// <summary>Column sums.</summary>
    public IReadOnlyList<double> ColumnTotals { get; }

    /// <summary>Sum of all counts.</summary>
    public double Total { get; }

    /// <summary>Whether the table is 2 × 2.</summary>
    public bool Is2x2 => Rows == 2 && Columns == 2;

    /// <summary>Degrees of freedom of the independence test: (r − 1)(c − 1).</summary>
    public int DegreesOfFreedom => (Rows - 1) * (Columns - 1);

    /// <summary>The count in a cell.</summary>
    /// <param name="row">Row index.</param>
    /// <param name="column">Column index.</param>
    public double this[int row, int column] => _counts[row, column];

    /// <summary>The expected count of a cell under independence: row total × column total / total.</summary>
    /// <param name="row">Row index.</param>
    /// <param name="column">Column index.</param>
    /// <returns>The expected count.</returns>
    public double Expected(int row, int column) => RowTotals[row] * ColumnTotals[column] / Total;
}
