using System.Globalization;
using System.Text;

namespace Framing.Cli.Output;

/// <summary>
/// How many terminal columns a text takes, as terminals (and <c>wcwidth</c>) lay it out: one per text element, none for
/// marks and format characters (combining accents, Arabic harakat, zero-width space, joiners), and two for a wide
/// character (East Asian Wide and Fullwidth: CJK ideographs, kana, Hangul syllables, fullwidth forms, and the emoji that
/// terminals draw in two columns).
/// </summary>
internal static class TerminalWidth
{
    /// <summary>First and last code point of each wide range, in order (Unicode 15 East Asian Width W and F, merged).</summary>
    private static readonly int[] Wide =
    [
        0x1100, 0x115F, 0x231A, 0x231B, 0x2329, 0x232A, 0x23E9, 0x23EC, 0x23F0, 0x23F0, 0x23F3, 0x23F3, 0x25FD, 0x25FE,
        0x2614, 0x2615, 0x2648, 0x2653, 0x267F, 0x267F, 0x2693, 0x2693, 0x26A1, 0x26A1, 0x26AA, 0x26AB, 0x26BD, 0x26BE,
        0x26C4, 0x26C5, 0x26CE, 0x26CE, 0x26D4, 0x26D4, 0x26EA, 0x26EA, 0x26F2, 0x26F3, 0x26F5, 0x26F5, 0x26FA, 0x26FA,
        0x26FD, 0x26FD, 0x2705, 0x2705, 0x270A, 0x270B, 0x2728, 0x2728, 0x274C, 0x274C, 0x274E, 0x274E, 0x2753, 0x2755,
        0x2757, 0x2757, 0x2795, 0x2797, 0x27B0, 0x27B0, 0x27BF, 0x27BF, 0x2B1B, 0x2B1C, 0x2B50, 0x2B50, 0x2B55, 0x2B55,
        0x2E80, 0x303E, 0x3041, 0x33FF, 0x3400, 0x4DBF, 0x4E00, 0x9FFF, 0xA000, 0xA4CF, 0xA960, 0xA97F, 0xAC00, 0xD7A3,
        0xF900, 0xFAFF, 0xFE10, 0xFE19, 0xFE30, 0xFE6F, 0xFF00, 0xFF60, 0xFFE0, 0xFFE6, 0x16FE0, 0x16FE4, 0x17000, 0x18CFF,
        0x1B000, 0x1B2FF, 0x1F004, 0x1F004, 0x1F0CF, 0x1F0CF, 0x1F18E, 0x1F18E, 0x1F191, 0x1F19A, 0x1F200, 0x1F251,
        0x1F300, 0x1F64F, 0x1F680, 0x1F6FF, 0x1F7E0, 0x1F7EB, 0x1F90C, 0x1F9FF, 0x1FA70, 0x1FAFF, 0x20000, 0x2FFFD,
        0x30000, 0x3FFFD,
    ];

    /// <summary>The columns <paramref name="text"/> takes in a terminal.</summary>
    /// <param name="text">One line of text, without control characters.</param>
    /// <returns>The width in columns.</returns>
    public static int Of(string text)
    {
        var width = 0;
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            var element = (string)enumerator.Current;
            if (CharUnicodeInfo.GetUnicodeCategory(element, 0) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            width += Rune.TryGetRuneAt(element, 0, out var rune) && IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }

    /// <summary>Whether a terminal draws <paramref name="codePoint"/> in two columns.</summary>
    /// <param name="codePoint">A Unicode scalar value.</param>
    /// <returns>True for an East Asian Wide or Fullwidth character.</returns>
    public static bool IsWide(int codePoint)
    {
        if (codePoint < Wide[0])
        {
            return false;
        }

        // The last range start at or below the code point: its index is even when the code point is inside a range.
        var low = 0;
        var high = (Wide.Length / 2) - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Wide[2 * middle] <= codePoint)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return codePoint <= Wide[(2 * low) + 1];
    }
}
