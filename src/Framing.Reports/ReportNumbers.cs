using System.Globalization;

namespace Framing.Reports;

/// <summary>Numbers as the page writes them: culture-invariant, and exactly as <c>framing score --format csv</c> writes
/// them, so that a table of the page can be checked against the CSV. <see cref="Format(double?)"/> is the one
/// implementation of that format: the command-line tool's text, CSV, JSON, Markdown and Parquet metadata cells use it too.</summary>
public static class ReportNumbers
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

    /// <summary>A whole number, culture-invariant.</summary>
    /// <param name="value">The number.</param>
    /// <returns>Its digits.</returns>
    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

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

    /// <summary>A confidence level as a percentage, e.g. <c>95%</c> (culture-invariant).</summary>
    /// <param name="level">The level, from 0 to 1.</param>
    /// <returns>Its text.</returns>
    internal static string Percent(double level) => (level * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>A coordinate of the SVG (two decimals, culture-invariant).</summary>
    /// <param name="value">The coordinate.</param>
    /// <returns>Its text.</returns>
    internal static string Coordinate(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}
