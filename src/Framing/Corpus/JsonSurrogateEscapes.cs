using System.Buffers.Text;

namespace Framing.Corpus;

/// <summary>
/// Finds a <c>\u</c> escape that leaves half a surrogate pair (<c>\ud800</c> with no <c>\udc00</c>-<c>\udfff</c> escape
/// right after it, or a low one alone) in the raw text of a nested JSON object or array, which a record keeps as written
/// without decoding its strings: such a value is a bad record, as the same escape in a string field is.
/// </summary>
internal static class JsonSurrogateEscapes
{
    /// <summary>Whether the JSON text <paramref name="json"/> (well-formed: a backslash is only ever inside a string,
    /// where it starts an escape) holds an escape of an unpaired surrogate.</summary>
    /// <param name="json">A JSON value's bytes as written.</param>
    /// <returns>True when a string or name in it could not be decoded to text.</returns>
    public static bool HasUnpaired(ReadOnlySpan<byte> json)
    {
        for (var at = json.IndexOf((byte)'\\'); at >= 0 && at + 1 < json.Length; at = json.IndexOf((byte)'\\'))
        {
            json = json[at..];
            if (json[1] != (byte)'u')
            {
                json = json[2..]; // \n, \", \\ (so that the u of "\\u" is not taken for an escape) …
                continue;
            }

            var unit = Unit(json);
            json = json[6..];
            if (char.IsLowSurrogate(unit))
            {
                return true;
            }

            if (char.IsHighSurrogate(unit))
            {
                if (json is not [(byte)'\\', (byte)'u', ..] || !char.IsLowSurrogate(Unit(json)))
                {
                    return true;
                }

                json = json[6..];
            }
        }

        return false;
    }

    // The code unit of the escape \uXXXX at the start of `escape` (U+0000 when malformed, which a parsed value never is).
    private static char Unit(ReadOnlySpan<byte> escape) =>
        escape.Length >= 6 && Utf8Parser.TryParse(escape.Slice(2, 4), out ushort unit, out var consumed, 'X') && consumed == 4 ? (char)unit : '\0';
}
