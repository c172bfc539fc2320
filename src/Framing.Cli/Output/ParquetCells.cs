using System.Globalization;
using Framing.Parquet;

namespace Framing.Cli.Output;

/// <summary>
/// Turns the cells of a table into Parquet values that hold what the CSV of the same table holds: null where the CSV
/// cell is empty, numbers as the CSV writes them (doubles rounded the same way, see <see cref="CellFormat"/>), R's
/// <c>Inf</c>, <c>-Inf</c> and <c>NaN</c> as the IEEE values, and text culture-invariant.
/// </summary>
internal static class ParquetCells
{
    /// <summary>Whether <paramref name="text"/> is how R (and the CSV output) writes an infinite or undefined number.</summary>
    public static bool IsSpecialNumber(string text) => text is "Inf" or "-Inf" or "NaN";

    /// <summary>Converts a cell for a column of type <paramref name="type"/>; false when it cannot be.</summary>
    public static bool TryConvert(object? cell, ParquetColumnType type, out object? value)
    {
        value = null;
        if (cell is null)
        {
            return true;
        }

        switch (type)
        {
            case ParquetColumnType.Int64 when cell is long or int:
                value = cell is long l ? l : (long)(int)cell;
                return true;
            case ParquetColumnType.Boolean when cell is bool:
                value = cell;
                return true;
            case ParquetColumnType.String:
                var text = CellFormat.Format(cell);
                value = text.Length == 0 ? null : text;
                return true;
        }

        var written = CellFormat.Format(cell);
        if (written.Length == 0)
        {
            return true;
        }

        switch (type)
        {
            case ParquetColumnType.Int64 when long.TryParse(written, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer):
                value = integer;
                return true;
            case ParquetColumnType.Double when cell is long or int or double or float or decimal || (cell is string s && IsSpecialNumber(s)):
                value = written switch
                {
                    "Inf" => double.PositiveInfinity,
                    "-Inf" => double.NegativeInfinity,
                    "NaN" => double.NaN,
                    _ => double.Parse(written, NumberStyles.Float, CultureInfo.InvariantCulture),
                };
                return true;
            default:
                return false;
        }
    }

    /// <summary>Converts a cell, which must fit.</summary>
    /// <exception cref="InvalidOperationException">The cell does not fit the column (a bug in the command that made the table).</exception>
    public static object? Convert(object? cell, ParquetColumnType type, string column) =>
        TryConvert(cell, type, out var value)
            ? value
            : throw new InvalidOperationException($"column \"{column}\" ({type}) cannot hold the value '{CellFormat.Format(cell)}' ({cell!.GetType().Name})");
}
