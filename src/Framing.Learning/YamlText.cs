using System.Globalization;
using Framing.Lexicons.Import;

namespace Framing.Learning;

/// <summary>YAML scalars as the lexicon files write them: double-quoted strings, plain ids, invariant numbers.</summary>
internal static class YamlText
{
    /// <summary>A double-quoted scalar that reads back exactly (<see cref="YamlScalar.Quote"/>).</summary>
    public static string Quote(string value) => YamlScalar.Quote(value);

    /// <summary>Text for a comment line (<see cref="YamlScalar.Comment"/>).</summary>
    public static string Comment(string value) => YamlScalar.Comment(value);

    public static string Id(string value) =>
        value.Length > 0 && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && char.IsAsciiLetterLower(value[0]) ? value : Quote(value);

    public static string List(IEnumerable<string> values, Func<string, string> format) => "[" + string.Join(", ", values.Select(format)) + "]";

    public static string Weight(int milli) => (milli / 1000.0).ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>A number rounded to four decimals, <c>NA</c> for NaN; a value that rounds to zero is <c>0</c>, never <c>-0</c>.</summary>
    public static string Number(double value)
    {
        if (double.IsNaN(value))
        {
            return "NA";
        }

        var text = value.ToString("0.####", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}
