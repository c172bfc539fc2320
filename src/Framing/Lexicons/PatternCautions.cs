using System.Globalization;
using System.Text;
using Framing.Text;

namespace Framing.Lexicons;

/// <summary>
/// What a valid pattern may match besides what it seems to say: a contraction read as a possessive (<c>it's</c> is
/// <c>it</c>), a symbol that is not part of a word (<c>#terror</c> is <c>terror</c>), an invisible character that splits
/// a word (<c>terr</c> U+200B <c>orists</c> is the phrase <c>terr orists</c>). <c>lexicons import</c> and
/// <c>lexicons validate</c> warn of them; the pattern stays valid.
/// </summary>
internal static class PatternCautions
{
    /// <summary>
    /// A word of the pattern that ends in an apostrophe and s which the language's normalizer drops (the possessive of
    /// English: Assad's is Assad), so that the entry reads it as the remainder: with <paramref name="anyRemainder"/>, every
    /// such word (an imported dictionary's let's, read as let, as much as its it's); without, only one whose remainder is
    /// a built-in English stopword (a contraction such as it's or that's, read as it or that, matching every use of the
    /// word), since a hand-written lexicon writes possessives (Russia's invasion) on purpose. Null when there is none.
    /// </summary>
    /// <param name="pattern">The pattern as written.</param>
    /// <param name="profile">Its language.</param>
    /// <param name="anyRemainder">Whether to return a word whatever its remainder is.</param>
    /// <returns>The word and how it is read, or null.</returns>
    private static (string Word, string Read)? ContractionRead(string pattern, LanguageProfile profile, bool anyRemainder)
    {
        if (!anyRemainder && profile.Code != "en")
        {
            return null;
        }

        foreach (var word in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 2 && (word[^1] is 's' or 'S') && word[^2] is '\'' or '\u2019')
            {
                var read = profile.Normalizer.Normalize(word);
                if (!string.Equals(read, profile.Normalizer.Normalize(word.Remove(word.Length - 2)), StringComparison.Ordinal))
                {
                    continue; // the s is kept
                }

                if (anyRemainder || StopwordList.BuiltInEnglish.Words.Contains(read, StringComparer.Ordinal))
                {
                    return (word, read);
                }
            }
        }

        return null;
    }

    /// <summary>The first symbol or punctuation mark of <paramref name="pattern"/> that tokenizing leaves out of every
    /// word (#, @, $, %, +, &amp; …), or null; joiners (- ' ’ ʼ .), the prefix '*' and spaces are not.</summary>
    /// <param name="pattern">The pattern as written.</param>
    /// <returns>The symbol, or null.</returns>
    private static string? DroppedSymbol(string pattern)
    {
        TokenizedText? tokens = null;
        for (var i = 0; i < pattern.Length;)
        {
            var rune = Rune.GetRuneAt(pattern, i);
            if ((Rune.IsSymbol(rune) || Rune.IsPunctuation(rune)) && rune.Value is not ('-' or '\'' or '\u2019' or '\u02BC' or '.' or '*'))
            {
                // Only where tokenizing leaves it out of every word: the comma of "1,000" is inside the token.
                if (tokens is null)
                {
                    tokens = new TokenizedText();
                    Tokenizer.Instance.Tokenize(pattern, tokens);
                }

                var inside = false;
                foreach (var token in tokens.Tokens)
                {
                    inside |= i >= token.Start && i < token.End;
                }

                if (!inside)
                {
                    return rune.ToString();
                }
            }

            i += rune.Utf16SequenceLength;
        }

        return null;
    }

    /// <summary>
    /// The first character of <paramref name="pattern"/> that shows as nothing yet ends a word, where it stands between
    /// two words with nothing visible beside it: a zero-width space U+200B (pasted from a web page: "terr" U+200B "orists"
    /// looks like terrorists but is read as the phrase "terr orists"), the Mongolian vowel separator U+180E, an invisible
    /// operator U+2061..U+2064, a tag character. Not the characters the tokenizer keeps inside a word (the joiners ZWNJ
    /// U+200C, which Persian writes inside words, and ZWJ U+200D, the word joiner U+2060, a soft hyphen, a bidi mark),
    /// which the normalizer then removes, nor white space, which shows as a space; null when there is none.
    /// </summary>
    /// <param name="pattern">The pattern as written.</param>
    /// <returns>The character, or null.</returns>
    internal static Rune? InvisibleBreak(string pattern)
    {
        var any = false;
        foreach (var rune in pattern.EnumerateRunes())
        {
            any |= IsBreakingInvisible(rune);
        }

        if (!any)
        {
            return null; // nearly every pattern: no tokenizing
        }

        var tokenized = new TokenizedText();
        Tokenizer.Instance.Tokenize(pattern, tokenized);
        var tokens = tokenized.Tokens;
        for (var t = 1; t < tokens.Length; t++)
        {
            Rune? breaking = null;
            var gap = pattern.AsSpan(tokens[t - 1].End, tokens[t].Start - tokens[t - 1].End);
            foreach (var rune in gap.EnumerateRunes())
            {
                if (!IsInvisibleNonSpace(rune))
                {
                    breaking = null; // a space or a mark shows that the words are apart
                    break;
                }

                if (breaking is null && IsBreakingInvisible(rune))
                {
                    breaking = rune;
                }
            }

            if (breaking is not null)
            {
                return breaking;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="rune"/> shows as nothing and is no white space: a format character or another
    /// default-ignorable one (<see cref="InvisibleCharacters"/>), but not one of the format characters that show a sign,
    /// the prepended concatenation marks U+0600..U+0605, U+06DD, U+070F, U+0890, U+0891, U+08E2, U+110BD and U+110CD.</summary>
    private static bool IsInvisibleNonSpace(Rune rune) =>
        InvisibleCharacters.IsInvisible(rune) && !Rune.IsWhiteSpace(rune)
        && rune.Value is not ((>= 0x0600 and <= 0x0605) or 0x06DD or 0x070F or 0x0890 or 0x0891 or 0x08E2 or 0x110BD or 0x110CD);

    /// <summary>Whether <paramref name="rune"/> shows as nothing and ends a word: invisible (<see cref="IsInvisibleNonSpace"/>)
    /// and not one of the joiners the tokenizer keeps inside a word.</summary>
    private static bool IsBreakingInvisible(Rune rune) =>
        IsInvisibleNonSpace(rune) && !(rune.IsBmp && CharClass.IsInWordJoiner((char)rune.Value));

    /// <summary>The character as a message names it: its code point, and its name when it is one a pasted text
    /// usually brings (U+200B ZERO WIDTH SPACE).</summary>
    private static string Named(Rune rune) => string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}") + rune.Value switch
    {
        0x200B => " ZERO WIDTH SPACE",
        0x180E => " MONGOLIAN VOWEL SEPARATOR",
        0x2061 => " FUNCTION APPLICATION",
        0x2062 => " INVISIBLE TIMES",
        0x2063 => " INVISIBLE SEPARATOR",
        0x2064 => " INVISIBLE PLUS",
        _ => string.Empty,
    };

    /// <summary>Why <paramref name="pattern"/>, which an invisible character splits (<see cref="InvisibleBreak"/>), is
    /// not the word it looks like, as a clause that a caller prefixes with the pattern; null when no such character
    /// splits it. Also for an exclusion, of which the other cautions do not hold (a comma there is meant).</summary>
    /// <param name="pattern">The pattern as written (valid).</param>
    /// <param name="profile">Its language.</param>
    /// <param name="isExclusion">Whether the pattern is an exclusion (as <see cref="PatternParser.TryParse"/> reads it).</param>
    /// <returns>The clause, or null.</returns>
    public static string? SplitByInvisible(string pattern, LanguageProfile profile, bool isExclusion = false)
    {
        if (InvisibleBreak(pattern) is not { } breaking
            || PatternParser.TryParse(pattern, profile.Normalizer, out _, isExclusion) is not { } words)
        {
            return null;
        }

        var read = PatternParser.Clipped(string.Join(' ', words.Select(w => w.ToString())));
        var seen = new StringBuilder(pattern.Length);
        foreach (var rune in pattern.EnumerateRunes())
        {
            if (!IsBreakingInvisible(rune))
            {
                seen.Append(rune.ToString());
            }
        }

        var looks = PatternParser.TryParse(seen.ToString(), profile.Normalizer, out _, isExclusion) is { } joined
            ? $" and never matches \"{PatternParser.Clipped(string.Join(' ', joined.Select(w => w.ToString())))}\""
            : string.Empty;
        return $"{Named(breaking)} shows as nothing but separates words as a space does, so it is read as \"{read}\" ({words.Length} words){looks}; delete the character, or write a space if separate words are meant";
    }

    /// <summary>Why <paramref name="pattern"/> matches more than it says, or other than it looks, each reason one clause
    /// that a caller prefixes with the pattern (and its category or line); none for most patterns.</summary>
    /// <param name="pattern">The pattern as written (valid).</param>
    /// <param name="profile">Its language.</param>
    /// <param name="everyApostropheS">Whether every word whose apostrophe and s are dropped is a reason (an import, whose
    /// patterns were not written for Framing), not only one read as an English stopword (a lexicon file).</param>
    /// <returns>The reasons.</returns>
    public static IEnumerable<string> Of(string pattern, LanguageProfile profile, bool everyApostropheS = false)
    {
        if (ContractionRead(pattern, profile, everyApostropheS) is { } contraction)
        {
            yield return $"\"{contraction.Word}\" is read as \"{contraction.Read}\" (an apostrophe and s are dropped, as from a possessive), so the entry matches every \"{contraction.Read}\"; if it is a contraction, reword the pattern or remove the entry";
        }

        if (SplitByInvisible(pattern, profile) is { } split)
        {
            yield return split;
        }

        if (DroppedSymbol(pattern) is { } symbol && PatternParser.TryParse(pattern, profile.Normalizer, out _) is { } words)
        {
            var read = PatternParser.Clipped(string.Join(' ', words.Select(w => w.ToString())));
            yield return $"'{symbol}' is not part of a word here (a dictionary tool may keep \"#terror\" or \"@user\" as one token), so the entry is \"{read}\" and matches every \"{read}\"";
        }
    }
}
