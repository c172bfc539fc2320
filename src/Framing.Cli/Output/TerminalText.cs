namespace Framing.Cli.Output;

/// <summary>
/// Text from the data (names, ids, matched text) made safe to show on a terminal line: it cannot break the line, send the
/// terminal an escape sequence, or reorder what follows it on the line.
/// </summary>
internal static class TerminalText
{
    /// <summary>One line of plain text for a terminal: line breaks (CR, LF, U+2028, U+2029) and tabs become spaces, and
    /// other control characters (NUL, ESC, which would start a terminal escape sequence, DEL, C1) and the bidi
    /// embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) become U+FFFD.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text to show (<paramref name="text"/> itself when nothing needs replacing).</returns>
    public static string Flatten(string text)
    {
        if (!NeedsFlattening(text))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Flattened(source[i]);
            }
        });
    }

    /// <summary>Whether <see cref="Flatten"/> would change the text: it holds a control character, U+2028–U+202E or
    /// U+2066–U+2069.</summary>
    /// <param name="chars">The text.</param>
    /// <returns>True when some character is to be replaced.</returns>
    public static bool NeedsFlattening(ReadOnlySpan<char> chars) =>
        chars.ContainsAnyInRange('\u0000', '\u001F') || chars.ContainsAnyInRange('\u007F', '\u009F')
        || chars.ContainsAnyInRange('\u2028', '\u202E') || chars.ContainsAnyInRange('\u2066', '\u2069');

    /// <summary>One character as <see cref="Flatten"/> shows it: a line break or tab as a space, another unsafe character
    /// (<see cref="IsUnsafe"/>) as U+FFFD, any other as itself.</summary>
    /// <param name="c">The character.</param>
    /// <returns>The character to show.</returns>
    public static char Flattened(char c) => c switch
    {
        '\r' or '\n' or '\t' or '\u2028' or '\u2029' => ' ',
        _ when IsUnsafe(c) => '\uFFFD',
        _ => c,
    };

    /// <summary>Whether a character of the data must not reach a terminal or a log viewer as it is: a control character
    /// (ESC would start an escape sequence, BEL rings) or a bidi embedding, override or isolate control (it would reorder
    /// what follows it on the line). Line breaks and tabs are controls too; each writer decides what they become.</summary>
    /// <param name="c">The character.</param>
    /// <returns>True when it is to be replaced.</returns>
    public static bool IsUnsafe(char c) => char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
