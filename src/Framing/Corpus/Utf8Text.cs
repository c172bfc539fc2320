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

    private static readonly SearchValues<byte> BreakTailBytes = SearchValues.Create("\r\0"u8);

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

    /// <summary>
    /// Decodes the whole of a text file, as every reader of whole files (a folder's or a manifest's <c>.txt</c> files,
    /// <c>check</c>'s) does: UTF-16 or UTF-32 with a byte-order mark is read as the same text in UTF-8
    /// (<see cref="Framing.Text.WideUnicode"/>), a UTF-8 byte-order mark is removed, and the rest must be strict UTF-8
    /// without NUL bytes, which UTF-16 or UTF-32 saved without a byte-order mark has and no UTF-8 text does.
    /// </summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="text">The text, or null when the file is refused.</param>
    /// <param name="reason">Why the file is refused (<see cref="RecordMessages.InvalidUtf8"/>, or
    /// <see cref="RecordMessages.NulBytes"/> of <paramref name="what"/>, or that it is compressed:
    /// <see cref="CompressedInput.DocumentReason"/>), or null.</param>
    /// <param name="line">The 1-based line of the first NUL or invalid byte, or 0 (also for a compressed file).</param>
    /// <param name="what">The file as a reason names it.</param>
    /// <returns>Whether the file was decoded.</returns>
    internal static bool TryDecodeFile(byte[] bytes, [NotNullWhen(true)] out string? text, [NotNullWhen(false)] out string? reason, out int line, string what = "the file")
    {
        var content = StripBom(Framing.Text.WideUnicode.ToUtf8(bytes));
        line = 0;
        reason = null;
        if (content.IndexOf((byte)0) is var nul and >= 0)
        {
            // Checked first: UTF-16 of non-ASCII text is also invalid UTF-8, and this says what to do about it.
            text = null;
            (reason, line) = CompressedInput.Of(bytes) is { } compressed
                ? (compressed.DocumentReason(what), 0)
                : (RecordMessages.NulBytes(what), LineOf(content, nul));
            return false;
        }

        if (!TryDecode(content, out text, out var invalidOffset))
        {
            // A compressed file is said to be one, not blamed on UTF-16 or on a byte of its line 1.
            (reason, line) = CompressedInput.Of(bytes) is { } compressed
                ? (compressed.DocumentReason(what), 0)
                : (RecordMessages.InvalidUtf8, LineOf(content, invalidOffset));
            return false;
        }

        return true;
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

    /// <summary>
    /// Whether a line's bytes are only ASCII spaces, tabs and carriage returns (or nothing), or what the line break of
    /// UTF-16 or UTF-32 without a byte-order mark leaves: a blank line. Lines are split at the byte <c>\n</c>, and in such
    /// a file (read as bytes, its records refused for their NULs) a line feed is that byte with NULs beside it, so a blank
    /// line of it, and what follows its last line feed in little-endian order (<c>0A 00</c>), is at most seven bytes of
    /// NUL and carriage return (<c>00 00 00 0D 00 00 00</c> in UTF-32): the rest of a line break, not a record. A longer
    /// run of NUL bytes (a zero-filled tail) is a record, rejected for its NULs and counted.
    /// </summary>
    internal static bool IsBlank(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)'\r') < 0 || (bytes.Length <= 7 && bytes.IndexOfAnyExcept(BreakTailBytes) < 0);
}
