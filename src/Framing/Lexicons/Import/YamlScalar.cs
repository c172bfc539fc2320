using System.Globalization;
using System.Text;

namespace Framing.Lexicons.Import;

/// <summary>Writes YAML scalars safely: plain for simple identifiers, double-quoted with escapes otherwise.</summary>
internal static class YamlScalar
{
    private static readonly string[] Reserved = ["true", "false", "null", "yes", "no", "on", "off", "y", "n"];

    /// <summary>A plain scalar for an identifier such as <c>armed-opposition</c>, otherwise a double-quoted one.</summary>
    public static string Id(string value) => IsPlainIdentifier(value) ? value : Quote(value);

    /// <summary>A YAML double-quoted scalar that reads back as exactly <paramref name="value"/>.</summary>
    public static string Quote(string value)
    {
        var b = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"':
                    b.Append("\\\"");
                    break;
                case '\\':
                    b.Append("\\\\");
                    break;
                case '\n':
                    b.Append("\\n");
                    break;
                case '\r':
                    b.Append("\\r");
                    break;
                case '\t':
                    b.Append("\\t");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        b.Append(c).Append(value[++i]);
                    }
                    else if (MustEscape(c))
                    {
                        AppendEscape(b, c);
                    }
                    else
                    {
                        b.Append(c);
                    }

                    break;
            }
        }

        return b.Append('"').ToString();
    }

    /// <summary>
    /// Text for a comment line of a generated lexicon (a file, category or corpus name): CR and LF become spaces, and
    /// every other character that <see cref="Quote"/> escapes (YAML reads it as a line break or refuses it) is written as
    /// its <c>\uXXXX</c> escape, so that a name cannot end the comment and break the file.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text for the comment (<paramref name="text"/> itself when nothing needs replacing).</returns>
    public static string Comment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? b = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                b?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            if (c == '\t' || !MustEscape(c))
            {
                b?.Append(c);
                continue;
            }

            b ??= new StringBuilder(text.Length + 8).Append(text, 0, i);
            if (c is '\r' or '\n')
            {
                b.Append(' ');
            }
            else
            {
                AppendEscape(b, c);
            }
        }

        return b?.ToString() ?? text;
    }

    /// <summary>Whether YAML reads <paramref name="c"/> as a line break or refuses it in a scalar or comment: C0 and C1
    /// controls, the line and paragraph separators, the byte-order mark, the noncharacters U+FFFE and U+FFFF, and a
    /// surrogate (call it for a lone one only).</summary>
    private static bool MustEscape(char c) =>
        c < 0x20 || c is (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);

    private static void AppendEscape(StringBuilder b, char c) =>
        b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));

    private static bool IsPlainIdentifier(string value)
    {
        if (value.Length == 0 || value[0] is < 'a' or > 'z' || Array.IndexOf(Reserved, value) >= 0)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
