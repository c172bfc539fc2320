using System.Globalization;
using System.Text;

namespace Framing.Cli.Output;

/// <summary>
/// Writes an aligned text table for a terminal. Cells that contain right-to-left text are wrapped in Unicode bidi
/// isolates (FSI … PDI), so Arabic displays in its own direction without reordering the columns around it; widths
/// count text elements, not code units, so marks do not break the alignment.
/// </summary>
internal static class TableOutput
{
    private const char FirstStrongIsolate = '\u2068';
    private const char PopDirectionalIsolate = '\u2069';

    public static void Write(TextWriter writer, TabularData data)
    {
        var cells = new List<string[]>(data.Rows.Count + 1) { data.Columns.ToArray() };
        foreach (var row in data.Rows)
        {
            var texts = new string[row.Length];
            for (var i = 0; i < row.Length; i++)
            {
                texts[i] = Flatten(CellFormat.Format(row[i]));
            }

            cells.Add(texts);
        }

        var widths = new int[data.Columns.Count];
        foreach (var row in cells)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], DisplayWidth(row[i]));
            }
        }

        var numeric = new bool[widths.Length];
        for (var c = 0; c < numeric.Length; c++)
        {
            numeric[c] = MarkdownOutput.IsNumeric(data, c);
        }

        for (var r = 0; r < cells.Count; r++)
        {
            var line = new StringBuilder();
            for (var c = 0; c < widths.Length; c++)
            {
                if (c > 0)
                {
                    line.Append("  ");
                }

                var text = cells[r][c];
                var pad = new string(' ', widths[c] - DisplayWidth(text));
                var shown = HasRightToLeft(text) ? FirstStrongIsolate + text + PopDirectionalIsolate : text;
                line.Append(numeric[c] && r > 0 ? pad + shown : shown + (c == widths.Length - 1 ? string.Empty : pad));
            }

            writer.Write(line.ToString().TrimEnd());
            writer.Write('\n');
            if (r == 0)
            {
                var rule = new StringBuilder();
                for (var c = 0; c < widths.Length; c++)
                {
                    if (c > 0)
                    {
                        rule.Append("  ");
                    }

                    rule.Append('-', widths[c]);
                }

                writer.Write(rule.ToString());
                writer.Write('\n');
            }
        }
    }

    internal static bool HasRightToLeft(string text)
    {
        foreach (var c in text)
        {
            if (c is (>= '\u0590' and <= '\u08FF') or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One line of plain text for a terminal: line breaks and tabs become spaces, and other control
    /// characters (NUL, ESC, which would start a terminal escape sequence, DEL, C1) become U+FFFD.</summary>
    private static string Flatten(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0000', '\u001F') && !text.AsSpan().ContainsAnyInRange('\u007F', '\u009F'))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is '\r' or '\n' or '\t' ? ' ' : char.IsControl(c) ? '\uFFFD' : c;
            }
        });
    }

    private static int DisplayWidth(string text)
    {
        var width = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = (string)enumerator.Current;
            if (CharUnicodeInfo.GetUnicodeCategory(element, 0) is not (UnicodeCategory.Format or UnicodeCategory.NonSpacingMark))
            {
                width++;
            }
        }

        return width;
    }
}
