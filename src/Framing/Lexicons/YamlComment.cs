using System.Globalization;
using System.Text;

namespace Framing.Lexicons;

/// <summary>Names written into the comment lines of the lexicon files that Framing generates (import, calibrate, learn).</summary>
internal static class YamlComment
{
    /// <summary>
    /// Text for a YAML comment line: CR and LF become spaces, and every character a comment cannot hold or that YAML
    /// reads as a line break (other control characters, NEL, the line and paragraph separators, the byte-order mark,
    /// a lone surrogate) is written as its <c>\uXXXX</c> escape, so that a name (of a file, a category, a corpus) cannot end
    /// the comment and break the file.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text for the comment (<paramref name="text"/> itself when nothing needs replacing).</returns>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? b = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            string? replacement = null;
            if (c is '\r' or '\n')
            {
                replacement = " ";
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                b?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            else if ((c < 0x20 && c != '\t') || c is (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                replacement = "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
            }

            if (replacement is null)
            {
                b?.Append(c);
                continue;
            }

            b ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
            b.Append(replacement);
        }

        return b?.ToString() ?? text;
    }
}
