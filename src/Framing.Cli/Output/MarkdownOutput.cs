namespace Framing.Cli.Output;

/// <summary>Writes a GitHub-flavoured Markdown table; numeric columns are right-aligned.</summary>
internal static class MarkdownOutput
{
    public static void Write(TextWriter writer, TabularData data)
    {
        writer.Write('|');
        foreach (var column in data.Columns)
        {
            writer.Write(' ');
            writer.Write(column);
            writer.Write(" |");
        }

        writer.Write("\n|");
        for (var c = 0; c < data.Columns.Count; c++)
        {
            writer.Write(IsNumeric(data, c) ? " ---: |" : " --- |");
        }

        writer.Write('\n');
        foreach (var row in data.Rows)
        {
            writer.Write('|');
            foreach (var cell in row)
            {
                writer.Write(' ');
                writer.Write(Escape(CellFormat.Format(cell)));
                writer.Write(" |");
            }

            writer.Write('\n');
        }
    }

    internal static bool IsNumeric(TabularData data, int column)
    {
        var any = false;
        foreach (var row in data.Rows)
        {
            switch (row[column])
            {
                case null:
                    continue;
                case long or int or double or decimal:
                    any = true;
                    continue;
                default:
                    return false;
            }
        }

        return any;
    }

    /// <summary>
    /// A cell's text in a GFM table: a backslash doubled (otherwise <c>x\|y</c> would render as <c>x|y</c>, its backslash
    /// taken as the escape of the pipe after it), a pipe escaped, line breaks as spaces.
    /// </summary>
    internal static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
