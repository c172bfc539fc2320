namespace Framing.Text;

/// <summary>A Unicode encoding wider than UTF-8 that a byte-order mark names (see <see cref="WideUnicode"/>).</summary>
internal enum WideForm
{
    /// <summary>UTF-16, little-endian (<c>FF FE</c>).</summary>
    Utf16LittleEndian,

    /// <summary>UTF-16, big-endian (<c>FE FF</c>).</summary>
    Utf16BigEndian,

    /// <summary>UTF-32, little-endian (<c>FF FE 00 00</c>).</summary>
    Utf32LittleEndian,

    /// <summary>UTF-32, big-endian (<c>00 00 FE FF</c>).</summary>
    Utf32BigEndian,
}
