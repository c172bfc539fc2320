using System.Text;

namespace Framing.Reports;

/// <summary>Escaping of text taken from data (outlet names, terms, document text, lexicon metadata) into HTML and SVG.</summary>
internal static class Html
{
    /// <summary>Escapes text for an element's content or a quoted attribute value: &amp; &lt; &gt; " and ' become
    /// character references, control characters other than tab and line breaks (invalid in HTML) are dropped, and the
    /// noncharacters U+FFFE and U+FFFF (not characters in XML: the SVG chart would not be well-formed) become U+FFFD.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var b = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': b.Append("&amp;"); break;
                case '<': b.Append("&lt;"); break;
                case '>': b.Append("&gt;"); break;
                case '"': b.Append("&quot;"); break;
                case '\'': b.Append("&#39;"); break;
                case '\t' or '\n' or '\r': b.Append(c); break;
                case '\uFFFE' or '\uFFFF': b.Append('\uFFFD'); break;
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

    /// <summary>Whether the first strong character of a text is right-to-left (Arabic, Hebrew, Syriac, Thaana, N'Ko…):
    /// the base direction the Unicode bidirectional algorithm (and <c>dir="auto"</c>) gives it.</summary>
    /// <param name="text">The text.</param>
    /// <returns>True for a right-to-left text.</returns>
    public static bool IsRightToLeft(string? text)
    {
        foreach (var c in text ?? string.Empty)
        {
            if (c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                return true;
            }

            if (char.IsLetter(c))
            {
                return false;
            }
        }

        return false;
    }
}
