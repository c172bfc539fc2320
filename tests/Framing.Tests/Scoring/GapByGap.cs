using Framing.Scoring;
using Framing.Text;

namespace Framing.Tests.Scoring;

/// <summary>
/// The reference for reported speech's searches over many gaps at once (<see cref="AttributionSpans"/>): whether the
/// gap before one token (from the end of the previous token, or from the start of the text) holds a semicolon or a
/// comma of <see cref="TokenGaps.Semicolons"/> or <see cref="TokenGaps.Commas"/>, looked at gap by gap.
/// </summary>
internal static class GapByGap
{
    /// <summary>Whether the gap before <paramref name="token"/> contains a semicolon (; ؛ ；).</summary>
    public static bool HasSemicolonBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int token) =>
        Gap(text, tokens, token).IndexOfAny(TokenGaps.Semicolons) >= 0;

    /// <summary>Whether the gap before <paramref name="token"/> contains a comma (, ، ﹐ ､ ，).</summary>
    public static bool HasCommaBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int token) =>
        Gap(text, tokens, token).IndexOfAny(TokenGaps.Commas) >= 0;

    private static ReadOnlySpan<char> Gap(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int token) =>
        text[(token == 0 ? 0 : tokens[token - 1].End)..tokens[token].Start];
}
