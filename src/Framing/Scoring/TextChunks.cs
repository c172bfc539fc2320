using Framing.Text;

namespace Framing.Scoring;

/// <summary>
/// Where <see cref="DocumentScorer"/> cuts a long text: chunks of at most <see cref="MaxCharacters"/> characters (unless a
/// line is longer) that end at line breaks. A line break ends a sentence and a paragraph (and every quotation left
/// open), so no match, exclusion or voice can span two chunks and the result is the same as scoring the text whole.
/// </summary>
internal static class TextChunks
{
    /// <summary>The most characters scored at once; longer texts are split at line breaks.</summary>
    public const int MaxCharacters = 1 << 20;

    /// <summary>The end (exclusive) of the chunk that starts at <paramref name="start"/>: after the last line break within
    /// <see cref="MaxCharacters"/> characters, else after the first line break beyond them, else the end of the text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the chunk starts.</param>
    /// <returns>Where it ends.</returns>
    public static int End(ReadOnlySpan<char> text, int start)
    {
        if (text.Length - start <= MaxCharacters)
        {
            return text.Length;
        }

        var limit = start + MaxCharacters;
        for (var i = limit - 1; i > start; i--)
        {
            if (CharClass.IsLineBreak(text[i]))
            {
                return i + 1;
            }
        }

        for (var i = limit; i < text.Length; i++)
        {
            if (CharClass.IsLineBreak(text[i]))
            {
                return i + 1;
            }
        }

        return text.Length;
    }
}
