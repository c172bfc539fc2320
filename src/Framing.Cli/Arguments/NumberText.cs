using System.Globalization;

namespace Framing.Cli.Arguments;

/// <summary>
/// How every number in an option's value is written: ASCII digits with an optional leading <c>+</c> or <c>-</c>, and for
/// numbers that may have a fraction <c>.</c> as the decimal separator and <c>e</c> for an exponent. No spaces, no
/// thousands separators, whatever the culture; <c>NaN</c> and infinities are refused. One rule, so the same text is valid
/// for every option that takes a number, or for none.
/// </summary>
internal static class NumberText
{
    private const NumberStyles Whole = NumberStyles.AllowLeadingSign;

    private const NumberStyles Real = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;

    /// <summary>Reads a whole number that fits an <see cref="int"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether the text is such a number.</returns>
    public static bool TryWhole(string text, out int value) => int.TryParse(text, Whole, CultureInfo.InvariantCulture, out value);

    /// <summary>Reads a non-negative whole number that fits a <see cref="ulong"/> (<c>-0</c> is 0).</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether the text is such a number.</returns>
    public static bool TryWhole(string text, out ulong value) => ulong.TryParse(text, Whole, CultureInfo.InvariantCulture, out value);

    /// <summary>Reads a finite number.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number.</param>
    /// <returns>Whether the text is a finite number.</returns>
    public static bool TryReal(string text, out double value) =>
        double.TryParse(text, Real, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
}
