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

    /// <summary>Text for a comment line (<see cref="Framing.Lexicons.YamlComment.Text"/>).</summary>
    public static string Comment(string value) => Framing.Lexicons.YamlComment.Text(value);

    public static string Id(string value) =>
        value.Length > 0 && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && char.IsAsciiLetterLower(value[0]) ? value : Quote(value);

    public static string List(IEnumerable<string> values, Func<string, string> format) => "[" + string.Join(", ", values.Select(format)) + "]";

    public static string Weight(int milli) => (milli / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);

    public static string Number(double value) => double.IsNaN(value) ? "NA" : value.ToString("0.####", CultureInfo.InvariantCulture);
}
