namespace Framing.Text;

/// <summary>The text around a match as a context line shows it (kwic, the report): on one line, trimmed.</summary>
internal static class ContextText
{
    /// <summary>
    /// <paramref name="text"/> with every character that breaks a line for the tokenizer (CR, LF, U+2028, U+2029, U+0085,
    /// vertical tab, form feed: <see cref="CharClass.IsLineBreak"/>) and every other control character (NUL, tab, ESC,
    /// DEL, the C1 controls: <see cref="char.IsControl(char)"/>) replaced by a space, then trimmed, so that a context line
    /// never breaks a table row or a terminal line, drives a terminal, or ends a CSV cell early for a reader that stops at
    /// NUL (R's <c>read.csv</c>).
    /// </summary>
    /// <param name="text">The text before or after a match.</param>
    /// <returns>The text on one line.</returns>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan();
        var first = 0;
        while (first < span.Length && !IsSpaceInContext(span[first]))
        {
            first++;
        }

        if (first == span.Length)
        {
            return text.Trim();
        }

        return string.Create(text.Length, text, static (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                chars[i] = IsSpaceInContext(source[i]) ? ' ' : source[i];
            }
        }).Trim();
    }

    private static bool IsSpaceInContext(char c) => CharClass.IsLineBreak(c) || char.IsControl(c);
}
