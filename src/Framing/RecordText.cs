using System.Globalization;
using System.Text;

namespace Framing;

/// <summary>
/// The text of a public record, culture-invariant. A record's compiler-written <c>ToString</c> formats its numbers (and
/// dates) with the current culture, so that a score prints <c>0,5</c> under de-DE; every public record of the library
/// declares <c>ToString() =&gt; RecordText.Invariant(nameof(T), PrintMembers)</c> instead, which keeps the compiler's
/// format (<c>T { A = 1, B = 0.5 }</c>; the compiler still writes <c>PrintMembers</c>) and prints it under the invariant
/// culture.
/// </summary>
internal static class RecordText
{
    // The invariant culture with ISO 8601 dates and times (2026-03-01, 2026-03-01 14:05:00): its own are the ambiguous
    // MM/dd/yyyy. Read-only, so that no caller can change it.
    private static readonly CultureInfo Culture = IsoDates();

    /// <summary>Formats a record as the compiler does (<c>name { members }</c>, or <c>name { }</c> without members),
    /// with the current culture set to the invariant culture (dates and times written as ISO 8601) on this thread while the members print (nested records,
    /// numbers and dates included), and restored afterwards.</summary>
    /// <param name="name">The record's type name.</param>
    /// <param name="printMembers">The record's <c>PrintMembers</c>: appends its members and says whether it appended any.</param>
    /// <returns>The text.</returns>
    public static string Invariant(string name, Func<StringBuilder, bool> printMembers)
    {
        ArgumentNullException.ThrowIfNull(printMembers);
        var builder = new StringBuilder(name).Append(" { ");
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = Culture;
            if (printMembers(builder))
            {
                builder.Append(' ');
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        return builder.Append('}').ToString();
    }

    private static CultureInfo IsoDates()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.DateTimeFormat.ShortDatePattern = "yyyy-MM-dd";
        culture.DateTimeFormat.LongTimePattern = "HH:mm:ss";
        culture.DateTimeFormat.ShortTimePattern = "HH:mm";
        return CultureInfo.ReadOnly(culture);
    }
}
