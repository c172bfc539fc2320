using System.Globalization;
using System.Text;

namespace Framing.Reports;

/// <summary>
/// A name (an outlet's) with the white space that would not show made visible, so that names that differ only in it do
/// not look alike: HTML and Markdown collapse a run of white space into one space and drop it at the ends of a cell, and
/// a tab or a no-break space looks like a space. A name whose white space is only single spaces between other
/// characters is shown as it is; in any other name, each white-space character that is not such a space is shown as a
/// sign: a space as ␠, a tab as ␉, a line feed as ␊, a carriage return as ␍, a no-break space as ⍽, any other as its code
/// point in angle brackets (⟨U+2003⟩). A zero-width space U+200B counts as white space here (it separates words as a
/// space does, but shows as nothing: a pattern "terr" U+200B "orists" would look like terrorists), shown as ⟨U+200B⟩. Other control characters that are white space (vertical tab, form feed, next
/// line) are left as they are, for the escaping that follows to drop or replace. "Al Watan ", "Al  Watan", "Al\tWatan" and "Al\u00A0Watan" are shown as
/// "Al Watan␠", "Al␠␠Watan", "Al␉Watan" and "Al⍽Watan", and "Al Watan" as itself.
/// </summary>
internal static class VisibleSpace
{
    /// <summary>The name as shown (not escaped).</summary>
    /// <param name="name">The name.</param>
    /// <returns>The name itself when its white space is only single spaces between other characters; otherwise the name
    /// with its other white space shown as signs.</returns>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (IsPlain(name))
        {
            return name;
        }

        var b = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!IsShownSpace(c))
            {
                b.Append(c);
            }
            else if (IsPlainSpace(name, i))
            {
                b.Append(' ');
            }
            else
            {
                b.Append(c switch
                {
                    ' ' => "\u2420",
                    '\t' => "\u2409",
                    '\n' => "\u240A",
                    '\r' => "\u240D",
                    '\u00A0' => "\u237D",
                    _ => string.Create(CultureInfo.InvariantCulture, $"\u27E8U+{(int)c:X4}\u27E9"),
                });
            }
        }

        return b.ToString();
    }

    /// <summary>Whether every white-space character of the name is a single space between two other characters.</summary>
    private static bool IsPlain(string name)
    {
        for (var i = 0; i < name.Length; i++)
        {
            if (IsShownSpace(name[i]) && !IsPlainSpace(name, i))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a character is white space shown by a sign: white space other than a control character, a tab,
    /// line feed or carriage return, or a zero-width space.</summary>
    private static bool IsShownSpace(char c) => (char.IsWhiteSpace(c) && (!char.IsControl(c) || c is '\t' or '\n' or '\r')) || c == '\u200B';

    private static bool IsPlainSpace(string name, int i) =>
        name[i] == ' ' && i > 0 && i < name.Length - 1 && !char.IsWhiteSpace(name[i - 1]) && !char.IsWhiteSpace(name[i + 1]);
}
