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

    /// <summary>A double as every text format writes it: <see cref="Framing.Text.InvariantNumber.Format(double?)"/>, the one
    /// implementation that the report's tables share with the CLI's output.</summary>
    public static string FormatDouble(double d) => Framing.Text.InvariantNumber.Format(d);
}
