using System.Globalization;
using System.Text;

namespace Framing.Learning;

/// <summary>YAML scalars as the lexicon files write them: double-quoted strings, plain ids, invariant numbers.</summary>
internal static class YamlText
{
    public static string Quote(string value)
    {
        var b = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\r': b.Append("\\r"); break;
                case '\t': b.Append("\\t"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029')
                    {
                        b.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
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
    /// Text for a comment line: CR and LF become spaces, and the other characters YAML reads as a line break or refuses
    /// in a comment (control characters, the line and paragraph separators, the byte-order mark, a lone surrogate) are
    /// written as <c>\uXXXX</c>, so that a name such as a corpus file's cannot end the comment and break the file.
    /// </summary>
    public static string Comment(string value)
    {
        var b = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '\r' or '\n')
            {
                b.Append(' ');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                b.Append(c).Append(value[++i]);
            }
            else if ((char.IsControl(c) && c != '\t') || c is '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                b.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }

    public static string Id(string value) =>
        value.Length > 0 && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && char.IsAsciiLetterLower(value[0]) ? value : Quote(value);

    public static string List(IEnumerable<string> values, Func<string, string> format) => "[" + string.Join(", ", values.Select(format)) + "]";

    public static string Weight(int milli) => (milli / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);

    public static string Number(double value) => double.IsNaN(value) ? "NA" : value.ToString("0.####", CultureInfo.InvariantCulture);
}
