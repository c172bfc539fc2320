using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Unicode;

namespace Framing.Corpus;

/// <summary>
/// The one place where corpus readers turn bytes into text: strict UTF-8 (invalid bytes are an error, never replaced
/// silently) and removal of a leading byte-order mark.
/// </summary>
internal static class Utf8Text
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The UTF-8 byte-order mark.</summary>
    internal static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Returns <paramref name="bytes"/> without a leading UTF-8 byte-order mark.</summary>
    internal static ReadOnlySpan<byte> StripBom(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(ByteOrderMark) ? bytes[ByteOrderMark.Length..] : bytes;

    /// <summary>Whether <paramref name="bytes"/> is well-formed UTF-8.</summary>
    internal static bool IsValid(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes);

    /// <summary>Decodes well-formed UTF-8; on invalid input returns false and the offset of the first invalid byte.</summary>
    internal static bool TryDecode(ReadOnlySpan<byte> bytes, [NotNullWhen(true)] out string? text, out int invalidOffset)
    {
        if (Utf8.IsValid(bytes))
        {
            text = Strict.GetString(bytes);
            invalidOffset = -1;
            return true;
        }

        text = null;
        invalidOffset = Framing.Text.Utf8Validation.IndexOfInvalid(bytes);
        return false;
    }

    /// <summary>
    /// Decodes <paramref name="bytes"/>, replacing invalid sequences with U+FFFD, and reports whether the input was valid.
    /// Used where the structure of a record (quotes, delimiters: ASCII bytes, which never occur inside a multi-byte
    /// sequence) must be followed through invalid bytes so that the following records can still be read; a record
    /// decoded with replacements is always rejected.
    /// </summary>
    internal static string DecodeLenient(ReadOnlySpan<byte> bytes, out bool valid)
    {
        if (Utf8.IsValid(bytes))
        {
            valid = true;
            return Strict.GetString(bytes);
        }

        valid = false;
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>The 1-based line of the byte at <paramref name="offset"/>.</summary>
    internal static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;

    /// <summary>Whether <paramref name="text"/> has a carriage return that is not followed by a line feed.</summary>
    internal static bool HasBareCarriageReturn(ReadOnlySpan<char> text)
    {
        for (var at = text.IndexOf('\r'); at >= 0; at = text.IndexOf('\r'))
        {
            if (at + 1 == text.Length || text[at + 1] != '\n')
            {
                return true;
            }

            text = text[(at + 2)..];
        }

        return false;
    }

    /// <summary>Whether the bytes are only ASCII spaces, tabs and carriage returns (or nothing).</summary>
    internal static bool IsBlank(ReadOnlySpan<byte> bytes) => bytes.IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0;
}
