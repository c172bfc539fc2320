namespace Framing.Cli.Output;

/// <summary>Writes RFC 4180 CSV: a header row, comma-separated, fields quoted when they contain a comma, quote or line break.</summary>
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

            writer.Write(Escape(CellFormat.Format(cells[i])));
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

    public static string Escape(string value)
    {
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
