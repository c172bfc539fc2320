namespace Framing.Parquet.Pages;

/// <summary>A value of a text column, decoded: its text, or null for a null value or for bytes that are not UTF-8.</summary>
/// <param name="Text">The text, or null.</param>
/// <param name="IsInvalid">Whether the value's bytes are not valid UTF-8.</param>
/// <param name="Size">The value's size in bytes.</param>
internal readonly record struct TextValue(string? Text, bool IsInvalid, int Size)
{
    /// <summary>Decodes a value's bytes.</summary>
    internal static TextValue Decode(ReadOnlySpan<byte> bytes)
    {
        var text = Utf8Decoding.TryDecode(bytes);
        return new TextValue(text, text is null, bytes.Length);
    }
}
