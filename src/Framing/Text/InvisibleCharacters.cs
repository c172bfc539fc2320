using System.Globalization;
using System.Text;

namespace Framing.Text;

/// <summary>
/// The characters that show as nothing: white space, format characters (a zero-width space U+200B, a joiner, a bidi
/// mark, a byte-order mark U+FEFF, the Mongolian vowel separator U+180E, a word joiner U+2060, tag characters) and the
/// other default-ignorable code points of Unicode (variation selectors, the combining grapheme joiner U+034F, the Hangul
/// fillers U+115F, U+1160, U+3164 and U+FFA0, the Khmer inherent vowels U+17B4 and U+17B5, and the code points reserved
/// as such). A text, group or id made only of them is one nobody could read: an empty text, a group no table shows.
/// </summary>
internal static class InvisibleCharacters
{
    /// <summary>
    /// Whether <paramref name="value"/> is empty or made only of invisible characters. The first visible character ends
    /// the scan, so an ordinary text costs the test of its first character. A lone surrogate is visible (it reads as
    /// U+FFFD).
    /// </summary>
    /// <param name="value">The text.</param>
    /// <returns>True when nothing in it shows.</returns>
    internal static bool OnlyInvisible(ReadOnlySpan<char> value)
    {
        while (!value.IsEmpty)
        {
            _ = Rune.DecodeFromUtf16(value, out var rune, out var used);
            if (!IsInvisible(rune))
            {
                return false;
            }

            value = value[used..];
        }

        return true;
    }

    /// <summary>Whether <paramref name="rune"/> shows as nothing (see <see cref="InvisibleCharacters"/>).</summary>
    /// <param name="rune">The character.</param>
    /// <returns>True for white space, a format character or another default-ignorable code point.</returns>
    internal static bool IsInvisible(Rune rune) =>
        Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format || IsOtherDefaultIgnorable(rune.Value);

    /// <summary>Whether the code point <paramref name="value"/> is one of Unicode's Default_Ignorable_Code_Point
    /// (DerivedCoreProperties.txt) that is no format character (which the category test finds): the nonspacing marks and
    /// letters that show nothing, and the code points reserved as default-ignorable.</summary>
    /// <param name="value">The code point.</param>
    /// <returns>True for those.</returns>
    internal static bool IsOtherDefaultIgnorable(int value) => value is 0x034F or 0x115F or 0x1160 or 0x17B4 or 0x17B5
        or (>= 0x180B and <= 0x180F) or (>= 0x2060 and <= 0x206F) or 0x3164 or (>= 0xFE00 and <= 0xFE0F) or 0xFFA0
        or (>= 0xFFF0 and <= 0xFFF8) or (>= 0xE0000 and <= 0xE0FFF);
}
