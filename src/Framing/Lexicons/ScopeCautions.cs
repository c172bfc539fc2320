using Framing.Text;

namespace Framing.Lexicons;

/// <summary>
/// A scope word that nearly every document of its language names, so that the scope keeps nothing out: a common word
/// of the built-in stopword list (<c>the</c>, <c>في</c>), a single letter (<c>و</c>, <c>b</c>), or a prefix of fewer than <see cref="MinimumPrefixLetters"/>
/// letters (<c>a*</c>, <c>سو*</c>). <c>lexicons validate</c> warns of it.
/// </summary>
internal sealed class ScopeCautions
{
    /// <summary>The fewest letters a scope prefix needs before its <c>*</c> not to be called nearly universal.</summary>
    public const int MinimumPrefixLetters = 3;

    private readonly Dictionary<LanguageProfile, HashSet<string>> _common = new(ReferenceEqualityComparer.Instance);

    /// <summary>Why a scope word puts nearly every document of its language in scope, as a clause; null when it does not.</summary>
    /// <param name="words">The word as parsed (valid).</param>
    /// <param name="profile">Its language.</param>
    /// <returns>The clause, or null.</returns>
    public string? Of(IReadOnlyList<PatternWord> words, LanguageProfile profile)
    {
        if (words.Count != 1)
        {
            return null; // a phrase is rare enough
        }

        var word = words[0];
        if (word.IsPrefix && Letters(word.Text) < MinimumPrefixLetters)
        {
            return $"is a prefix of {Letters(word.Text)} letter(s): nearly every document names a word that begins with it, so nearly every document is in scope";
        }

        if (!word.IsPrefix && Letters(word.Text) < 2)
        {
            // و, ب, ل written apart from the next word, or a lone letter: common in any document.
            return "is a single letter: nearly every document names it, so nearly every document is in scope";
        }

        return !word.IsPrefix && CommonWords(profile).Contains(word.Text)
            ? "is a common word (in the built-in stopword list): nearly every document names it, so nearly every document is in scope"
            : null;
    }

    private HashSet<string> CommonWords(LanguageProfile profile)
    {
        if (!_common.TryGetValue(profile, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            var list = profile.Code switch
            {
                "ar" => StopwordList.BuiltInArabic,
                "en" => StopwordList.BuiltInEnglish,
                _ => StopwordList.None,
            };
            foreach (var stopword in list.Words)
            {
                if (PatternParser.TryParse(stopword, profile.Normalizer, out _) is [{ IsPrefix: false } only])
                {
                    set.Add(only.Text);
                }
            }

            _common[profile] = set;
        }

        return set;
    }

    private static int Letters(string text)
    {
        var letters = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (System.Text.Rune.IsLetter(rune))
            {
                letters++;
            }
        }

        return letters;
    }
}
