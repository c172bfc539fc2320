using System.Globalization;
using System.Text.Json;
using Framing.Cli.Output;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// The figures of a broken limit as <c>framing check</c> writes them: six significant digits, as every output writes
/// scores, unless a figure would then read as the limit it broke (a score of 0.50000025 above the maximum 0.5 written
/// "0.5"); then the figures of that finding or result are written in full (shortest round-trip form), in the message,
/// the JSON report and the SARIF properties alike.
/// </summary>
internal static class CheckFigures
{
    /// <summary>Whether six significant digits write <paramref name="value"/> and <paramref name="limit"/> alike.</summary>
    public static bool ReadAlike(double value, double limit) =>
        string.Equals(CellFormat.FormatDouble(value), CellFormat.FormatDouble(limit), StringComparison.Ordinal);

    /// <summary>The figure: in full (shortest round-trip form) or with six significant digits.</summary>
    public static string Text(double value, bool inFull) =>
        inFull ? value.ToString("R", CultureInfo.InvariantCulture) : CellFormat.FormatDouble(value);

    /// <summary>Writes the figure as a JSON number (null when missing or not finite), in full or with six significant digits.</summary>
    public static void Write(Utf8JsonWriter json, string name, double? value, bool inFull)
    {
        json.WritePropertyName(name);
        if (inFull && value is { } d && double.IsFinite(d))
        {
            json.WriteRawValue(Text(d, inFull: true), skipInputValidation: true);
        }
        else
        {
            JsonOutput.WriteValue(json, value);
        }
    }
}
