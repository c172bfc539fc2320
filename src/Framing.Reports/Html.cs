using System.Text;

namespace Framing.Reports;

/// <summary>Escaping of text taken from data (outlet names, terms, document text, lexicon metadata) into HTML and SVG.</summary>
internal static class Html
{
    /// <summary>The characters that make <see cref="Contained"/> isolate a text.</summary>
    private static readonly System.Buffers.SearchValues<char> BidiControls =
        System.Buffers.SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C");

    /// <summary>Escapes text for an element's content or a quoted attribute value: &amp; &lt; &gt; " and ' become
    /// character references, control characters other than tab and line breaks (invalid in HTML) are dropped, and every
    /// noncharacter becomes U+FFFD: U+FDD0–U+FDEF and the last two code points of each plane (U+FFFE, U+FFFF,
    /// U+1FFFE, U+1FFFF … U+10FFFF), which HTML forbids and of which U+FFFE and U+FFFF are not characters in XML (the SVG
    /// chart would not be well-formed).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var b = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // A code point beyond the first plane: U+nFFFE and U+nFFFF are noncharacters.
                var value = char.ConvertToUtf32(c, text[i + 1]);
                if ((value & 0xFFFE) == 0xFFFE)
                {
                    b.Append('\uFFFD');
                }
                else
                {
                    b.Append(c).Append(text[i + 1]);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '&': b.Append("&amp;"); break;
                case '<': b.Append("&lt;"); break;
                case '>': b.Append("&gt;"); break;
                case '"': b.Append("&quot;"); break;
                case '\'': b.Append("&#39;"); break;
                case '\t' or '\n' or '\r': b.Append(c); break;
                case '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF'): b.Append('\uFFFD'); break;
                default:
                    if (!char.IsControl(c))
                    {
                        b.Append(c);
                    }

                    break;
            }
        }

        return b.ToString();
    }

    /// <summary>Text isolated for bidirectional layout: <c>&lt;bdi&gt;</c> around the escaped text, so that an Arabic name
    /// in an English sentence (or the reverse) keeps its own direction and does not reorder its neighbours.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The HTML.</returns>
    public static string Isolated(string? text) => "<bdi>" + Escape(text) + "</bdi>";

    /// <summary>A group's name (an outlet's) for an element's content, escaped, with the white space that would not show
    /// made visible (<see cref="VisibleSpace"/>), so that names that differ only in it do not look alike.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The HTML.</returns>
    public static string Name(string? name) => Escape(VisibleSpace.Of(name ?? string.Empty));

    /// <summary>A group's name as by <see cref="Name"/>, isolated for bidirectional layout as by <see cref="Isolated"/>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The HTML.</returns>
    public static string IsolatedName(string? name) => "<bdi>" + Name(name) + "</bdi>";

    /// <summary>A group's name for plain text inside a longer text (a chart mark's tooltip, a chart's description, an
    /// <c>aria-label</c>), not escaped: its white space made visible (<see cref="VisibleSpace"/>) and its bidi controls
    /// contained (<see cref="Contained"/>).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The text, not escaped.</returns>
    public static string PlainName(string name) => Contained(VisibleSpace.Of(name));

    /// <summary>
    /// Text from data for plain text inside a longer text, where no element can isolate it (a tooltip, an SVG
    /// <c>desc</c>, the page's <c>title</c>), not escaped: a text that holds a bidi embedding, override or isolate control
    /// (U+202A–U+202E, U+2066–U+2069) or a direction mark (U+200E, U+200F, U+061C) is isolated between U+2068 (first
    /// strong isolate) and U+2069 (pop directional isolate), which ends every embedding and override the text opens, so
    /// that its controls cannot reorder the text around it (a right-to-left override left open would show the digits of a
    /// tooltip reversed); a pop directional isolate of the text that closes no isolate of its own becomes U+FFFD, and an
    /// isolate it leaves open is closed. Any other text is returned as it is.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, not escaped.</returns>
    public static string Contained(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAny(BidiControls) < 0)
        {
            return text ?? string.Empty;
        }

        var b = new StringBuilder(text.Length + 4).Append('\u2068');
        var open = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case >= '\u2066' and <= '\u2068':
                    open++;
                    b.Append(c);
                    break;
                case '\u2069':
                    b.Append(open > 0 ? c : '\uFFFD');
                    open = Math.Max(0, open - 1);
                    break;
                default:
                    b.Append(c);
                    break;
            }
        }

        return b.Append('\u2069', open + 1).ToString();
    }

    /// <summary>Whether the first strong character of a text is right-to-left: the base direction the Unicode
    /// bidirectional algorithm (and <c>dir="auto"</c>) gives it. A strong character is a letter (of a right-to-left script:
    /// Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic, their presentation forms, and the scripts of
    /// U+10800–U+10FFF and U+1E800–U+1EFFF such as Adlam; of any other script: left to right) or one of the marks U+200E,
    /// U+200F and U+061C. Digits (Arabic-Indic ones too), combining marks, punctuation, symbols and format characters such
    /// as U+FEFF are not strong and are passed over.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True for a right-to-left text.</returns>
    public static bool IsRightToLeft(string? text)
    {
        foreach (var rune in (text ?? string.Empty).EnumerateRunes())
        {
            switch (rune.Value)
            {
                case 0x200E: return false;
                case 0x200F or 0x061C: return true;
            }

            if (Rune.IsLetter(rune))
            {
                return IsRightToLeftScript(rune.Value);
            }
        }

        return false;
    }

    /// <summary>Whether a line of document text reads right to left: more of its strong characters (as
    /// <see cref="IsRightToLeft"/> counts them) are right-to-left than left-to-right, and on a tie, the first strong
    /// character of <paramref name="match"/> is. A keyword-in-context line whose parts are each isolated (so that a bidi
    /// control in the text ends with its part) takes its direction from this: <c>dir="auto"</c> on the line would see no
    /// strong character at all (it passes over isolated parts) and lay out an Arabic line left to right, its preceding
    /// words left of the match.</summary>
    /// <param name="left">The words before the match.</param>
    /// <param name="match">The match.</param>
    /// <param name="right">The words after the match.</param>
    /// <returns>True for a right-to-left line.</returns>
    public static bool IsRightToLeftLine(string? left, string? match, string? right)
    {
        var balance = 0;
        foreach (var part in new[] { left, match, right })
        {
            foreach (var rune in (part ?? string.Empty).EnumerateRunes())
            {
                if (rune.Value is 0x200F or 0x061C || (Rune.IsLetter(rune) && IsRightToLeftScript(rune.Value)))
                {
                    balance++;
                }
                else if (rune.Value == 0x200E || Rune.IsLetter(rune))
                {
                    balance--;
                }
            }
        }

        return balance == 0 ? IsRightToLeft(match) : balance > 0;
    }

    private static bool IsRightToLeftScript(int value) =>
        value is >= 0x0590 and <= 0x08FF or >= 0xFB1D and <= 0xFDFF or >= 0xFE70 and <= 0xFEFE
            or >= 0x10800 and <= 0x10FFF or >= 0x1E800 and <= 0x1EFFF;
}
