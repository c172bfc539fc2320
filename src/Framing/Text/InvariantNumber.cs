using System.Globalization;

namespace Framing.Text;

/// <summary>
/// How Framing writes a number for people and for files: culture-invariant, the one implementation behind the
/// command-line tool's text, CSV, JSON, Markdown and Parquet metadata cells and the numbers of <c>framing report</c>.
/// </summary>
internal static class InvariantNumber
{
    /// <summary>
    /// Six significant digits below 1 and six decimals from 1 up ('.' as the decimal separator; magnitudes below 0.001
    /// in scientific notation, e.g. <c>3.22572e-18</c>); empty for null, NaN and infinities.
    /// </summary>
    /// <param name="value">The number.</param>
    /// <returns>Its text.</returns>
    public static string Format(double? value)
    {
        if (value is not { } d || double.IsNaN(d) || double.IsInfinity(d))
        {
            return string.Empty;
        }

        var magnitude = Math.Abs(d);
        if (d != 0 && magnitude < 1e-3)
        {
            return d.ToString("0.#####e+0", CultureInfo.InvariantCulture);
        }

        // Six significant digits below 1, six decimals from 1 up; never an exponent.
        return Short(d, magnitude is > 0 and < 1 ? 5 - (int)Math.Floor(Math.Log10(magnitude)) : 6);
    }

    /// <summary>A number rounded for display (at most <paramref name="decimals"/> decimals), culture-invariant.</summary>
    /// <param name="value">The number.</param>
    /// <param name="decimals">Decimals.</param>
    /// <returns>Its text, or an empty string for null.</returns>
    public static string Short(double? value, int decimals = 2)
    {
        if (value is not { } d || !double.IsFinite(d))
        {
            return string.Empty;
        }

        var text = Math.Round(d, decimals, MidpointRounding.AwayFromZero).ToString("0." + new string('#', decimals), CultureInfo.InvariantCulture);
        return text == "-0" ? "0" : text;
    }
}
