using System.Runtime.CompilerServices;
using Framing.Text;

namespace Framing.Scoring;

/// <summary>
/// What stands between two tokens in the original text: the punctuation that context rules look at. A gap is the
/// text from the end of one token to the start of the next.
/// </summary>
internal static class TokenGaps
{
    /// <summary>
    /// Whether the gap before token <paramref name="token"/> (after the previous token, or from the start of the text)
    /// contains punctuation that separates phrases: a comma (, ، ﹐ ､ ，), a semicolon (; ؛ ；), a colon (: ：), a
    /// parenthesis or bracket (ASCII or fullwidth), a dash (the em dash — and the bars ― ⸺ ⸻; a hyphen, en or figure dash,
    /// minus sign or Arabic tatweel with a space beside it: "rebels - the army said", «دمشق ـ سانا»), or a line break.
    /// Spaces, quotation marks, apostrophes and a hyphen or en dash between two words ("Iranian-backed", "Damascus–Aleppo")
    /// do not separate.
    /// </summary>
    // Inlined for its common case, a gap of one space (a third of the calls' instructions went into finding and
    // slicing the gap); other gaps are looked at out of line.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HasBarrierBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int token)
    {
        var gap = Before(text, tokens, token);
        return !IsOneSpace(gap) && HasBarrier(gap);
    }

    /// <summary>
    /// Whether token <paramref name="token"/> (after the first) continues the phrase of the token before it: the same
    /// sentence, and no comma, semicolon, colon, parenthesis, bracket or dash between them. The one rule for a lexicon phrase,
    /// an exclusion's clause aside, a coverage bigram and a keyness or learn n-gram. A lexicon phrase must also not straddle
    /// a quotation's boundary, which the gap alone does not tell (<see cref="QuoteBoundaries"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool ContinuesPhrase(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int token) =>
        tokens[token].Sentence == tokens[token - 1].Sentence && !HasBarrierBefore(text, tokens, token);

    /// <summary>
    /// Whether token <paramref name="token"/> (after the first) continues an exclusion's words from the token before it:
    /// as <see cref="ContinuesPhrase"/>, except that a comma does not separate them ("Odessa, Texas"); a semicolon, colon,
    /// parenthesis, bracket, dash or line break does ("the regime; change came" is no "regime change").
    /// </summary>
    public static bool ContinuesExclusion(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int token)
    {
        if (tokens[token].Sentence != tokens[token - 1].Sentence)
        {
            return false;
        }

        var gap = Before(text, tokens, token);
        return IsOneSpace(gap) || !HasBarrier(gap, commaSeparates: false);
    }

    [MethodImpl(MethodImplOptions.NoInlining | HotPath.Compilation)]
    private static bool HasBarrier(ReadOnlySpan<char> gap, bool commaSeparates = true)
    {
        bool dash = false, space = false;
        foreach (var c in gap)
        {
            if ((commaSeparates && c is ',' or '\u060C' or '\uFE50' or '\uFF64' or '\uFF0C') || c is ';' or '\u061B' or '\uFF1B' or ':' or '\uFF1A'
                or '(' or ')' or '[' or ']' or '\uFF08' or '\uFF09' or '\uFF3B' or '\uFF3D' or '\u2014' or '\u2015' or '\u2E3A' or '\u2E3B'
                || CharClass.IsLineBreak(c))
            {
                return true;
            }

            dash |= c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2212' or '\u0640';
            space |= c is ' ' or '\u00A0' or '\u2009' or '\u202F' or '\t';
        }

        return dash && space;
    }

    /// <summary>Whether the gap before token <paramref name="token"/> contains a colon (: ：).</summary>
    // Inlined, and a gap of one space (most of them) decided without the search, as in HasBarrierBefore: the speech
    // window looks at the gap before each of the tokens after every cue.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HasColonBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int token)
    {
        var gap = Before(text, tokens, token);
        return !IsOneSpace(gap) && gap.IndexOfAny(':', '\uFF1A') >= 0;
    }

    /// <summary>The semicolons that end reported speech and clauses: ; ؛ ；. None of them is ever inside a token.</summary>
    public const string Semicolons = ";\u061B\uFF1B";

    /// <summary>The commas that end a clause: , ، ﹐ ､ ，. Only the ASCII one occurs inside a token (a number: 1,000).</summary>
    public const string Commas = ",\u060C\uFE50\uFF64\uFF0C";

    /// <summary>Whether the gap before token <paramref name="token"/> contains a line break (a new paragraph).</summary>
    public static bool HasLineBreakBefore(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int token)
    {
        foreach (var c in Before(text, tokens, token))
        {
            if (CharClass.IsLineBreak(c))
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsOneSpace(ReadOnlySpan<char> gap) => gap.Length == 1 && gap[0] == ' ';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<char> Before(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int token)
    {
        var start = token == 0 ? 0 : tokens[token - 1].End;
        return text[start..tokens[token].Start];
    }
}
