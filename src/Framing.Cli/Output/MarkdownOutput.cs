namespace Framing.Cli.Output;

/// <summary>Writes a GitHub-flavoured Markdown table; numeric columns are right-aligned.</summary>
internal static class MarkdownOutput
{
    /// <summary>The characters <see cref="Escape"/> escapes with a backslash (it replaces others, as the table format does).</summary>
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("\\|`<&[]*_~");

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
        if (data.TextColumns is { } text)
        {
            return !text.Contains(data.Columns[column]);
        }

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
    /// A cell's text in a GFM table, shown as the text it is: a backslash is doubled (otherwise <c>x\|y</c> would render as
    /// <c>x|y</c>, its backslash taken as the escape of the pipe after it), and a pipe, a backtick (a code span, inside
    /// which escapes show), <c>&lt;</c> (raw HTML such as <c>&lt;script&gt;</c>, or an autolink), <c>&amp;</c> (a character
    /// reference), square brackets (a link, or an image after <c>!</c>) and the emphasis and strikethrough characters
    /// <c>*</c>, <c>_</c> and <c>~</c> (<c>*Al_Watan*</c> would render in italics) are backslash-escaped; and the
    /// characters the table format replaces are replaced the same way (<see cref="TerminalText.Flattened"/>), since
    /// Markdown goes to a terminal too: other control
    /// characters (ESC, which would start a terminal escape sequence, BEL, DEL, C1 such as NEL) and the bidi embedding,
    /// override and isolate controls become U+FFFD. The rest of CommonMark's syntax needs nothing in a cell, which holds inline text only: <c>#</c>,
    /// <c>&gt;</c>, <c>-</c> or <c>1.</c> at its start make no heading, quotation or list there. First, white space other
    /// than single spaces between other characters is shown as signs (a tab as ␉, a line feed as ␊, a space at an end or
    /// beside another as ␠, a no-break space as ⍽: <see cref="Framing.Reports.VisibleSpace"/>), since a rendered table
    /// drops the ends of a cell and collapses runs of white space: names that differ only in white space ("Al Watan",
    /// "Al Watan ", "Al\tWatan") would show alike.
    /// </summary>
    internal static string Escape(string value)
    {
        value = Framing.Reports.VisibleSpace.Of(value);
        if (value.AsSpan().IndexOfAny(Special) < 0 && !TerminalText.NeedsFlattening(value))
        {
            return value;
        }

        var b = new System.Text.StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\' or '|' or '`' or '<' or '&' or '[' or ']' or '*' or '_' or '~':
                    b.Append('\\').Append(c);
                    break;
                default:
                    b.Append(TerminalText.Flattened(c));
                    break;
            }
        }

        return b.ToString();
    }
}
