using Framing.Text;

namespace Framing.Lexicons;

/// <summary>
/// A negation word, speech cue or opener, target link word or scare marker that is also the pattern of an entry of its
/// language: the word then both counts as a label and changes how the labels near it count (<c>terrorists</c> as a
/// negation word negates the label after it, and itself). <c>lexicons validate</c> warns of it at the context list.
/// </summary>
internal static class ContextWordCollisions
{
    /// <summary>Adds a warning for each context word that is an entry's pattern, after normalization.</summary>
    /// <param name="reader">Where the warnings go.</param>
    /// <param name="context">The context sections read.</param>
    /// <param name="entries">The entries read.</param>
    /// <param name="languages">The languages, for normalizing both the same way.</param>
    public static void Warn(YamlNodeReader reader, LexiconContextRules context, IReadOnlyList<LexiconEntry> entries, LanguageRegistry languages)
    {
        var patterns = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (KeyOf(entry.Language, entry.Pattern, languages) is { } key)
            {
                patterns.TryAdd(key, entry.Location.Line);
            }
        }

        foreach (var speech in context.Speech)
        {
            Check(speech.Language, speech.Cues, "cues", "speech", "makes what follows reported speech", speech.Location);
            Check(speech.Language, speech.Openers, "openers", "speech", "opens reported speech", speech.Location);
        }

        foreach (var negation in context.Negation)
        {
            Check(negation.Language, negation.Words, "words", "negation", "negates the labels after it", negation.Location);
        }

        foreach (var links in context.TargetLinks)
        {
            Check(links.Language, links.Words, "words", "target-links", "links the labels before it to an actor", links.Location);
        }

        foreach (var scare in context.ScareMarkers)
        {
            Check(scare.Language, scare.Before, "before", "scare-markers", "marks the name after it", scare.Location);
            Check(scare.Language, scare.After, "after", "scare-markers", "marks the name before it", scare.Location);
        }

        void Check(string language, IReadOnlyList<string> words, string key, string section, string role, SourceLocation location)
        {
            foreach (var word in words)
            {
                if (KeyOf(language, word, languages) is { } normalized && patterns.TryGetValue(normalized, out var line))
                {
                    reader.Warning(location, FormattableString.Invariant(
                        $"word \"{PatternParser.Clipped(word)}\" of '{key}' in '{section}' ({language}) is also the pattern of the entry at line {line}: it counts as a label and {role}; keep it in one place"));
                }
            }
        }
    }

    private static string? KeyOf(string language, string pattern, LanguageRegistry languages) =>
        languages.TryGet(language, out var profile) && PatternParser.TryParse(pattern, profile.Normalizer, out _) is { } words
            ? language + "\u0001" + PatternParser.Key(words)
            : null;
}
