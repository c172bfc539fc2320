namespace Framing.Text;

/// <summary>The text around a match as a context line shows it (kwic, the report): on one line, trimmed.</summary>
internal static class ContextText
{
    /// <summary>
    /// <paramref name="text"/> with every character that breaks a line for the tokenizer (CR, LF, U+2028, U+2029, U+0085,
    /// vertical tab, form feed: <see cref="CharClass.IsLineBreak"/>; CR LF as one) and every other control character (NUL, tab, ESC,
    /// DEL, the C1 controls: <see cref="char.IsControl(char)"/>) replaced by a space (CR LF by one), then trimmed, so that a context line
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

        // CR LF, one line break, becomes one space (a Windows file's context showed two).
        var chars = new char[text.Length];
        var length = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (span[i] == '\n' && i > 0 && span[i - 1] == '\r')
            {
                continue;
            }

            chars[length++] = IsSpaceInContext(span[i]) ? ' ' : span[i];
        }

        return new string(chars, 0, length).Trim();
    }

    private static bool IsSpaceInContext(char c) => CharClass.IsLineBreak(c) || char.IsControl(c);
}
