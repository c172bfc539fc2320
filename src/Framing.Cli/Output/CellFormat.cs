using System.Globalization;

namespace Framing.Cli.Output;

/// <summary>How cells are written as text: culture-invariant, deterministic, and readable by R and pandas.</summary>
internal static class CellFormat
{
    /// <summary>
    /// Formats a cell: null as empty, integers and decimals as digits, doubles with six significant digits below 1
    /// and six decimals from 1 up ('.' as the decimal separator; values below 0.001 in magnitude in scientific
    /// notation, e.g. <c>3.22572e-18</c>), booleans as <c>true</c>/<c>false</c>.
    /// </summary>
    public static string Format(object? cell) => cell switch
    {
        null => string.Empty,
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => FormatDouble(d),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    public static string FormatDouble(double d)
    {
        if (double.IsNaN(d) || double.IsInfinity(d))
        {
            return string.Empty;
        }

        var magnitude = Math.Abs(d);
        if (d != 0 && magnitude < 1e-3)
        {
            // Small values (p-values above all) in scientific notation with six significant digits.
            return d.ToString("0.#####e+0", CultureInfo.InvariantCulture);
        }

        // Six significant digits below 1, six decimals from 1 up; never an exponent.
        var decimals = magnitude is > 0 and < 1 ? 5 - (int)Math.Floor(Math.Log10(magnitude)) : 6;
        var text = Math.Round(d, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}
