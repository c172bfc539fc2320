using System.Globalization;

namespace Framing.Cli.Output;

/// <summary>How cells are written as text: culture-invariant, deterministic, and readable by R and pandas.</summary>
internal static class CellFormat
{
    /// <summary>
    /// Formats a cell: null as empty, integers as digits, doubles with up to 6 decimals ('.' as the decimal
    /// separator; values below 0.001 in magnitude in scientific notation with six significant digits, e.g.
    /// <c>3.22572e-18</c>), booleans as <c>true</c>/<c>false</c>.
    /// </summary>
    public static string Format(object? cell) => cell switch
    {
        null => string.Empty,
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        double d => FormatDouble(d),
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

        if (d != 0 && Math.Abs(d) < 1e-3)
        {
            // Small values (p-values above all) keep six significant digits instead of rounding to 0.
            return d.ToString("0.#####e+0", CultureInfo.InvariantCulture);
        }

        var text = Math.Round(d, 6, MidpointRounding.AwayFromZero).ToString("0.######", CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}
