using System.Text;
using Framing.Text;

namespace Framing.Lexicons;

/// <summary>
/// Decodes the bytes of a lexicon file: UTF-8, with or without a byte-order mark (as File.ReadAllText read them), or
/// UTF-16 or UTF-32 with a byte-order mark (re-encoded, see <see cref="WideUnicode"/>). Bytes that are not UTF-8 are a <see cref="LexiconException"/> at the first bad byte,
/// <c>file:line:column: invalid UTF-8</c> (the column counts UTF-16 characters, as YAML positions and the JSON readers
/// do), instead of replacement characters in the lexicon's text.
/// </summary>
internal static class LexiconFileText
{
    private const string InvalidUtf8 = "invalid UTF-8";

    /// <summary>The text of the file's bytes.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="sourceName">The name used in the error's location.</param>
    /// <returns>The text, without a byte-order mark.</returns>
    /// <exception cref="LexiconException">The bytes are not UTF-8.</exception>
    public static string Decode(byte[] bytes, string sourceName)
    {
        bytes = WideUnicode.ToUtf8(bytes);
        var content = bytes.AsSpan(bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0);
        var invalid = Utf8Validation.IndexOfInvalid(content);
        if (invalid >= 0)
        {
            throw new LexiconException([new Diagnostic(At(content, invalid, sourceName), InvalidUtf8)]);
        }

        return Encoding.UTF8.GetString(content);
    }

    private static SourceLocation At(ReadOnlySpan<byte> content, int offset, string sourceName)
    {
        var before = content[..offset];
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        var line = before.Count((byte)'\n') + 1;
        return new SourceLocation(sourceName, line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }
}
