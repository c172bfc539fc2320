using System.Buffers;
using System.Globalization;
using System.Text;

namespace Framing.Reports;

/// <summary>
/// An estimate of the width of a text drawn in the charts' font, and labels cut to fit a column by it. The charts are
/// SVG laid out by the browser, whose widths the project cannot measure; the estimate is a little wider than DejaVu Sans
/// (the first and widest font of the charts' list, measured in Chromium), so that a label it fits also fits when drawn.
/// Widths are in em (times the font size), per user-perceived character (extended grapheme cluster, whose combining
/// marks add nothing): a space 0.32; i, j, l, I, J and thin punctuation 0.34; f, r, t, brackets, slashes and ! 0.46;
/// other lower-case Latin letters, digits and ASCII punctuation 0.64; capitals 0.79; M, W, m, w and the wide ASCII
/// symbols (@ % # &amp; + &lt; = &gt; ^ ~) 1.0; other capitals 0.8, letters of right-to-left scripts and other letters
/// 0.7; ideographs, Hangul, kana, full-width forms and emoji 1.05; anything else (dashes, quotation marks, symbols) 1.0.
/// Bold text is 15% wider.
/// </summary>
internal static class TextWidth
{
    /// <summary>The ellipsis that ends a cut label.</summary>
    public const string Ellipsis = "\u2026";

    private const double BoldFactor = 1.15;

    /// <summary>The estimated width of <paramref name="text"/> in user units.</summary>
    /// <param name="text">The text as drawn (not escaped).</param>
    /// <param name="fontSize">The font size in user units.</param>
    /// <param name="bold">Whether the text is bold.</param>
    /// <returns>The width, at least that of the text in DejaVu Sans.</returns>
    public static double Estimate(string text, double fontSize, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var em = 0.0;
        var span = text.AsSpan();
        for (var position = 0; position < span.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(span[position..]);
            em += Character(span.Slice(position, length));
            position += length;
        }

        return em * fontSize * (bold ? BoldFactor : 1);
    }

    /// <summary>A text cut to fit <paramref name="width"/>: the text itself when its estimate fits, otherwise its longest
    /// beginning (whole user-perceived characters, trailing spaces left out) followed by an ellipsis that fits.</summary>
    /// <param name="text">The text as drawn (not escaped).</param>
    /// <param name="width">The width of the column in user units (at least that of an ellipsis).</param>
    /// <param name="fontSize">The font size in user units.</param>
    /// <param name="bold">Whether the text is bold.</param>
    /// <returns>The text, or its beginning and an ellipsis; <see cref="Estimate"/> of it is at most <paramref name="width"/>.</returns>
    public static string Fit(string text, double width, double fontSize, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Estimate(text, fontSize, bold) <= width)
        {
            return text;
        }

        var room = width - Estimate(Ellipsis, fontSize, bold);
        var span = text.AsSpan();
        var kept = 0;
        var used = 0.0;
        for (var position = 0; position < span.Length;)
        {
            var length = StringInfo.GetNextTextElementLength(span[position..]);
            used += Estimate(span.Slice(position, length).ToString(), fontSize, bold);
            if (used > room)
            {
                break;
            }

            position += length;
            kept = position;
        }

        return string.Concat(span[..kept].TrimEnd(' '), Ellipsis);
    }

    /// <summary>A text cut in its middle to fit <paramref name="width"/>: the text itself when its estimate fits, otherwise
    /// its longest beginning within <paramref name="headShare"/> of the room, an ellipsis, and its longest end within the
    /// rest (whole user-perceived characters; spaces next to the ellipsis left out). For names that share a long
    /// beginning, whose ends tell them apart.</summary>
    /// <param name="text">The text as drawn (not escaped).</param>
    /// <param name="width">The width of the column in user units (at least that of an ellipsis).</param>
    /// <param name="fontSize">The font size in user units.</param>
    /// <param name="headShare">The share of the room (after the ellipsis) given to the beginning, from 0 to 1.</param>
    /// <param name="bold">Whether the text is bold.</param>
    /// <returns>The text, or its beginning, an ellipsis and its end; <see cref="Estimate"/> of it is at most
    /// <paramref name="width"/>.</returns>
    public static string FitAroundMiddle(string text, double width, double fontSize, double headShare, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Estimate(text, fontSize, bold) <= width)
        {
            return text;
        }

        var starts = StringInfo.ParseCombiningCharacters(text);
        var room = width - Estimate(Ellipsis, fontSize, bold);
        var headRoom = room * Math.Clamp(headShare, 0, 1);
        var head = 0; // characters kept from the beginning
        var used = 0.0;
        for (; head < starts.Length; head++)
        {
            var next = used + Estimate(Element(text, starts, head), fontSize, bold);
            if (next > headRoom)
            {
                break;
            }

            used = next;
        }

        var tail = starts.Length; // the first character kept at the end
        for (; tail > head; tail--)
        {
            var next = used + Estimate(Element(text, starts, tail - 1), fontSize, bold);
            if (next > room)
            {
                break;
            }

            used = next;
        }

        var beginning = text.AsSpan(0, head < starts.Length ? starts[head] : text.Length).TrimEnd(' ');
        var end = text.AsSpan(tail < starts.Length ? starts[tail] : text.Length).TrimStart(' ');
        return string.Concat(beginning, Ellipsis, end);
    }

    private static string Element(string text, int[] starts, int index) =>
        text[starts[index]..(index + 1 < starts.Length ? starts[index + 1] : text.Length)];

    /// <summary>The width in em of one user-perceived character: that of its first code point.</summary>
    private static double Character(ReadOnlySpan<char> cluster)
    {
        if (Rune.DecodeFromUtf16(cluster, out var rune, out _) != OperationStatus.Done)
        {
            return 1;
        }

        var value = rune.Value;
        if (value < 0x7F)
        {
            return Ascii((char)value);
        }

        if (IsWide(value))
        {
            return 1.05;
        }

        if (Rune.IsLetter(rune))
        {
            return Rune.IsUpper(rune) ? 0.8 : 0.7;
        }

        return Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format ? 0 : 1;
    }

    private static double Ascii(char c) => c switch
    {
        ' ' => 0.32,
        'i' or 'j' or 'l' or 'I' or 'J' or '\'' or '.' or ',' or ':' or ';' or '|' => 0.34,
        'f' or 'r' or 't' or '(' or ')' or '[' or ']' or '!' or '-' or '/' or '\\' or '"' => 0.46,
        'M' or 'W' or 'm' or 'w' or '@' or '%' or '#' or '&' or '+' or '<' or '=' or '>' or '^' or '~' => 1,
        >= 'A' and <= 'Z' => 0.79,
        < ' ' => 0,
        _ => 0.64,
    };

    /// <summary>East Asian wide characters and emoji: Hangul jamo, CJK and kana, Hangul syllables, compatibility
    /// ideographs, vertical and full-width forms, the pictographs of U+2600–U+27BF and U+1F000–U+1FAFF, and the
    /// ideographs beyond the first plane.</summary>
    private static bool IsWide(int value) =>
        value is >= 0x1100 and <= 0x115F or >= 0x2600 and <= 0x27BF or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6
            or >= 0x1F000 and <= 0x1FAFF or >= 0x20000 and <= 0x3FFFD;
}
