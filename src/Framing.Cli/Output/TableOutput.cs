using System.Globalization;
using System.Text;

namespace Framing.Cli.Output;

/// <summary>
/// Writes an aligned text table for a terminal. Cells that contain right-to-left text are wrapped in Unicode bidi
/// isolates (FSI … PDI), so Arabic displays in its own direction without reordering the columns around it; widths
/// are terminal columns (<see cref="TerminalWidth"/>: marks take none, CJK and other wide characters two), so neither
/// breaks the alignment. A cell's own bidi controls (embeddings, overrides, isolates) are shown as U+FFFD, as control
/// characters are: an override or an unmatched isolate end would otherwise reorder or un-isolate the columns after it.
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
                // White space a padded column would hide or merge (a space at an end, two spaces, a tab) is shown as a
                // sign, as Markdown shows it, so that "Al Watan " and "Al Watan" do not look alike.
                texts[i] = TerminalText.Flatten(Framing.Reports.VisibleSpace.Of(CellFormat.Format(row[i])));
            }

            cells.Add(texts);
        }

        var widths = new int[data.Columns.Count];
        foreach (var row in cells)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], TerminalWidth.Of(row[i]));
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
                var pad = new string(' ', widths[c] - TerminalWidth.Of(text));
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
            // Hebrew to Arabic Extended-A, the right-to-left mark, the presentation forms, and (by their high surrogates) the
            // right-to-left blocks U+10800–U+10FFF and U+1E800–U+1EFFF (Adlam, Arabic mathematical symbols…).
            if (c is (>= '\u0590' and <= '\u08FF') or '\u200F' or (>= '\uFB1D' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF')
                or (>= '\uD802' and <= '\uD803') or (>= '\uD83A' and <= '\uD83B'))
            {
                return true;
            }
        }

        return false;
    }
}
