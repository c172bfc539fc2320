namespace Framing.Text;

/// <summary>
/// Text files saved as UTF-16 or UTF-32 with a byte-order mark (Excel's "Unicode text", Notepad's "Unicode") read as the
/// UTF-8 that every reader of text expects: the mark is dropped and the text re-encoded, so that lines, fields and line
/// numbers are those of the same text saved as UTF-8. A code unit that is no character (an unpaired surrogate, a UTF-32
/// value above U+10FFFF, an odd byte at the end) becomes the byte 0xFF, which is never UTF-8, so the reader rejects that
/// line or file as <c>invalid UTF-8</c> at its place instead of reading a replacement character.
/// </summary>
internal static class WideUnicode
{
    /// <summary>The longest byte-order mark (UTF-32's): the bytes <see cref="Detect"/> needs to see when there are so many.</summary>
    internal const int LongestMark = 4;

    /// <summary>The form that the byte-order mark at the start of <paramref name="head"/> names, or null for none or UTF-8's.</summary>
    /// <param name="head">The first bytes: at least <see cref="LongestMark"/>, or all of a shorter input.</param>
    /// <param name="markLength">The byte-order mark's length (0 when null is returned).</param>
    /// <returns>The form, or null.</returns>
    internal static WideForm? Detect(ReadOnlySpan<byte> head, out int markLength)
    {
        // UTF-32 LE's mark starts with UTF-16 LE's, so it is looked for first (as .NET's StreamReader does).
        (WideForm? form, markLength) = head switch
        {
            [0xFF, 0xFE, 0x00, 0x00, ..] => ((WideForm?)WideForm.Utf32LittleEndian, 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (WideForm.Utf32BigEndian, 4),
            [0xFF, 0xFE, ..] => (WideForm.Utf16LittleEndian, 2),
            [0xFE, 0xFF, ..] => (WideForm.Utf16BigEndian, 2),
            _ => (null, 0),
        };
        return form;
    }

    /// <summary>The bytes of a whole file as UTF-8: <paramref name="bytes"/> itself unless it starts with a UTF-16 or UTF-32 byte-order mark.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <returns>UTF-8 bytes (with a UTF-8 byte-order mark kept as it was).</returns>
    internal static byte[] ToUtf8(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (Detect(bytes, out var mark) is not { } form)
        {
            return bytes;
        }

        var output = new byte[WideUnicodeTranscoder.MaxOutput(bytes.Length - mark)];
        var written = new WideUnicodeTranscoder(form).Convert(bytes.AsSpan(mark), output, final: true, out _);
        return output.AsSpan(0, written).ToArray();
    }
}
