using System.Text;
using Framing.Text;

namespace Framing.Lexicons;

/// <summary>
/// What a valid pattern may match besides what it seems to say: a contraction read as a possessive (<c>it's</c> is
/// <c>it</c>), a symbol that is not part of a word (<c>#terror</c> is <c>terror</c>). <c>lexicons import</c> and
/// <c>lexicons validate</c> warn of them; the pattern stays valid.
/// </summary>
internal static class PatternCautions
{
    /// <summary>
    /// A word of the pattern that ends in an apostrophe and s which the language's normalizer drops (the possessive of
    /// English: Assad's is Assad) and whose remainder is a built-in stopword: a contraction such as it's or that's, which
    /// the entry would read as it or that, matching every use of the word. Null when there is none.
    /// </summary>
    /// <param name="pattern">The pattern as written.</param>
    /// <param name="profile">Its language.</param>
    /// <returns>The word and how it is read, or null.</returns>
    public static (string Word, string Read)? ContractionRead(string pattern, LanguageProfile profile)
    {
        if (profile.Code != "en")
        {
            return null;
        }

        foreach (var word in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 2 && (word[^1] is 's' or 'S') && word[^2] is '\'' or '\u2019')
            {
                var read = profile.Normalizer.Normalize(word);
                if (StopwordList.BuiltInEnglish.Words.Contains(read, StringComparer.Ordinal))
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
    public static string? DroppedSymbol(string pattern)
    {
        foreach (var rune in pattern.EnumerateRunes())
        {
            if ((Rune.IsSymbol(rune) || Rune.IsPunctuation(rune)) && rune.Value is not ('-' or '\'' or '\u2019' or '\u02BC' or '.' or '*'))
            {
                return rune.ToString();
            }
        }

        return null;
    }

    /// <summary>The warnings about <paramref name="entry"/>'s pattern, each one line for <c>lexicons validate</c>.</summary>
    /// <param name="entry">A lexicon entry.</param>
    /// <param name="profile">Its language's profile.</param>
    /// <returns>The warnings, none for most entries.</returns>
    public static IEnumerable<string> Of(LexiconEntry entry, LanguageProfile profile)
    {
        var pattern = PatternParser.Clipped(entry.Pattern);
        if (ContractionRead(entry.Pattern, profile) is { } contraction)
        {
            yield return $"pattern \"{pattern}\": \"{contraction.Word}\" is read as \"{contraction.Read}\" (an apostrophe and s are dropped, as from a possessive), so the entry matches every \"{contraction.Read}\"; if it is a contraction, reword the pattern";
        }

        if (DroppedSymbol(entry.Pattern) is { } symbol)
        {
            yield return $"pattern \"{pattern}\": '{symbol}' is not part of a word, so the entry matches the words without it";
        }
    }
}
