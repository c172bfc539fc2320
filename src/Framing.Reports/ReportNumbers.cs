using System.Globalization;

namespace Framing.Reports;

/// <summary>Numbers as the page writes them: culture-invariant, and exactly as <c>framing score --format csv</c> writes
/// them, so that a table of the page can be checked against the CSV (both use Framing's one number format).</summary>
internal static class ReportNumbers
{
    /// <summary>
    /// Six significant digits below 1 and six decimals from 1 up ('.' as the decimal separator; magnitudes below 0.001
    /// in scientific notation, e.g. <c>3.22572e-18</c>); empty for null, NaN and infinities.
    /// </summary>
    /// <param name="value">The number.</param>
    /// <returns>Its text.</returns>
    public static string Format(double? value) => Framing.Text.InvariantNumber.Format(value);

    /// <summary>A whole number, culture-invariant.</summary>
    /// <param name="value">The number.</param>
    /// <returns>Its digits.</returns>
    public static string Format(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number rounded for display (at most <paramref name="decimals"/> decimals), culture-invariant.</summary>
    /// <param name="value">The number.</param>
    /// <param name="decimals">Decimals.</param>
    /// <returns>Its text, or an empty string for null.</returns>
    public static string Short(double? value, int decimals = 2) => Framing.Text.InvariantNumber.Short(value, decimals);

    /// <summary>A confidence level as a percentage with every digit it has, e.g. <c>95%</c> or <c>99.995%</c> (culture-invariant).</summary>
    /// <param name="level">The level, from 0 to 1.</param>
    /// <returns>Its text.</returns>
    internal static string Percent(double level) => ((decimal)level * 100).ToString("0.############", CultureInfo.InvariantCulture) + "%";

    /// <summary>A coordinate of the SVG (two decimals, culture-invariant).</summary>
    /// <param name="value">The coordinate.</param>
    /// <returns>Its text.</returns>
    internal static string Coordinate(double value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);
}
