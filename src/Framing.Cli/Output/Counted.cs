using System.Globalization;

namespace Framing.Cli.Output;

/// <summary>A count with its noun in the right number, for summary lines: "1 document", "2 documents", "0 documents".</summary>
internal static class Counted
{
    /// <summary>Writes <paramref name="count"/> and the noun: <paramref name="singular"/> for exactly one, otherwise
    /// <paramref name="plural"/> (the singular with an "s" when not given), in the invariant culture.</summary>
    /// <param name="count">The count.</param>
    /// <param name="singular">The noun for one ("document").</param>
    /// <param name="plural">The noun for any other count ("matches"); the singular and "s" when null.</param>
    /// <returns>For example "1 document" or "24 documents".</returns>
    public static string Of(long count, string singular, string? plural = null) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural ?? singular + "s");
}
