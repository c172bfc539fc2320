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

    /// <summary>Why <paramref name="pattern"/> matches more than it says, each reason one clause that a caller prefixes
    /// with the pattern (and its category or line); none for most patterns.</summary>
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

        if (DroppedSymbol(pattern) is { } symbol && PatternParser.TryParse(pattern, profile.Normalizer, out _) is { } words)
        {
            var read = PatternParser.Clipped(string.Join(' ', words.Select(w => w.ToString())));
            yield return $"'{symbol}' is not part of a word here (a dictionary tool may keep \"#terror\" or \"@user\" as one token), so the entry is \"{read}\" and matches every \"{read}\"";
        }
    }
}
