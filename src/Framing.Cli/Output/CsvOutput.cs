namespace Framing.Cli.Output;

/// <summary>
/// Writes RFC 4180 CSV: a header row, comma-separated, fields quoted when they contain a comma, quote or line break.
/// Booleans are written <c>TRUE</c> and <c>FALSE</c>, as R writes them: R's <c>read.csv</c> reads only <c>T</c>,
/// <c>F</c>, <c>TRUE</c> and <c>FALSE</c> as logical (<c>true</c> would stay text), and readr, data.table and pandas
/// read <c>TRUE</c>/<c>FALSE</c> as booleans too.
/// </summary>
internal static class CsvOutput
{
    public static void WriteHeader(TextWriter writer, IReadOnlyList<string> columns) => WriteRow(writer, columns);

    public static void WriteRow(TextWriter writer, IReadOnlyList<object?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Escape(FormatCell(cells[i])));
        }

        writer.Write('\n');
    }

    public static void Write(TextWriter writer, TabularData data)
    {
        WriteHeader(writer, data.Columns);
        foreach (var row in data.Rows)
        {
            WriteRow(writer, row);
        }
    }

    /// <summary>A cell as CSV text: <see cref="CellFormat.Format"/>, except booleans, which are <c>TRUE</c> and <c>FALSE</c>.</summary>
    public static string FormatCell(object? cell) => cell switch
    {
        true => "TRUE",
        false => "FALSE",
        _ => CellFormat.Format(cell),
    };

    public static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
