using Framing.Text;
using YamlDotNet.RepresentationModel;

namespace Framing.Lexicons;

/// <summary>
/// Reads the per-language sections that judge a label in its context: <c>speech</c>, <c>negation</c>,
/// <c>target-links</c> and <c>scare-markers</c>, and <c>scope</c>, which says what a document must name to be about the
/// lexicon's subject. Each maps a language code to its words; every word is a pattern,
/// validated like an entry pattern.
/// </summary>
internal sealed class ContextSectionReader(YamlNodeReader reader, LexiconMetadata metadata, LanguageRegistry languages)
{
    /// <summary>Default of <c>speech: {lang}: window</c>.</summary>
    public const int DefaultSpeechWindow = 8;

    /// <summary>Default of <c>negation: {lang}: window</c>.</summary>
    public const int DefaultNegationWindow = 1;

    /// <summary>Default of <c>target-links: {lang}: window</c>.</summary>
    public const int DefaultLinkWindow = 2;

    private readonly ScopeCautions _scopeCautions = new();

    public List<SpeechCues> ReadSpeech(YamlMappingNode root)
    {
        var result = new List<SpeechCues>();
        foreach (var (lang, profile, map) in Languages(root, "speech"))
        {
            reader.CheckKeys(map, $"'speech' of '{lang}'", "window", "cues", "openers", "speaker-after-cue", "exclude");
            var cues = Patterns(map, "speech", "cues", lang, profile, required: true);
            var openers = Patterns(map, "speech", "openers", lang, profile, required: false);
            var window = reader.Integer(map, "window", DefaultSpeechWindow, 1, 50);
            var speakerAfterCue = reader.Boolean(map, "speaker-after-cue", false);
            var exclusions = CueExclusions(map, lang, profile, cues);
            result.Add(new SpeechCues(lang, cues, openers, window, reader.At(map), speakerAfterCue) { Exclusions = exclusions });
        }

        return result;
    }

    /// <summary>
    /// Reads <c>exclude:</c> of a language's speech cues: phrases in which a cue is used in another sense ("claimed the
    /// lives", "told to"). Each must be a valid exclusion pattern that holds the words of one of the cues and at least one
    /// word more (one that holds none would exclude nothing, one that is a cue itself would remove the cue).
    /// </summary>
    private List<string> CueExclusions(YamlMappingNode map, string lang, LanguageProfile profile, List<string> cues)
    {
        var result = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var cueWords = cues.Select(c => PatternParser.TryParse(c, profile.Normalizer, out _)).OfType<PatternWord[]>().ToList();
        foreach (var (exclusion, node) in reader.StringItems(map, "exclude"))
        {
            var words = PatternParser.TryParse(exclusion, profile.Normalizer, out var error, isExclusion: true);
            var shown = PatternParser.Clipped(PatternParser.Shown(exclusion));
            if (words is null)
            {
                reader.Error(node, $"'exclude' of '{lang}' in 'speech': {error}");
            }
            else if (!seen.Add(PatternParser.Key(words)))
            {
                reader.Error(node, $"duplicate exclusion \"{PatternParser.Key(words)}\" in 'exclude' of '{lang}' in 'speech'");
            }
            else if (!cueWords.Any(cue => EntryReader.ExclusionOffset(words, cue) >= 0))
            {
                reader.Error(node, $"exclusion \"{shown}\" of the speech cues ({lang}) contains none of the cues: it would exclude nothing");
            }
            else if (cueWords.Any(cue => cue.Length == words.Length && EntryReader.ExclusionOffset(words, cue) == 0))
            {
                reader.Error(node, $"exclusion \"{shown}\" of the speech cues ({lang}) is a cue itself: it would exclude every use of it (remove the cue instead)");
            }
            else
            {
                result.Add(exclusion);
            }
        }

        return result;
    }

    public List<ContextWords> ReadWords(YamlMappingNode root, string section, int defaultWindow, int minWindow, int maxWindow)
    {
        var result = new List<ContextWords>();
        foreach (var (lang, profile, map) in Languages(root, section))
        {
            reader.CheckKeys(map, $"'{section}' of '{lang}'", "window", "words");
            var words = Patterns(map, section, "words", lang, profile, required: true);
            var window = reader.Integer(map, "window", defaultWindow, minWindow, maxWindow);
            result.Add(new ContextWords(lang, words, window, reader.At(map)));
        }

        return result;
    }

    /// <summary>Reads <c>scope:</c>: per language, the words of which a document must name one for its matches to count.</summary>
    public List<ContextWords> ReadScope(YamlMappingNode root)
    {
        var result = new List<ContextWords>();
        foreach (var (lang, profile, map) in Languages(root, "scope"))
        {
            reader.CheckKeys(map, $"'scope' of '{lang}'", "words");
            var words = Patterns(map, "scope", "words", lang, profile, required: true);
            result.Add(new ContextWords(lang, words, 0, reader.At(map)));
        }

        return result;
    }

    public List<ScareMarkers> ReadScareMarkers(YamlMappingNode root)
    {
        var result = new List<ScareMarkers>();
        foreach (var (lang, profile, map) in Languages(root, "scare-markers"))
        {
            reader.CheckKeys(map, $"'scare-markers' of '{lang}'", "before", "after", "quotes");
            var before = Patterns(map, "scare-markers", "before", lang, profile, required: false);
            var after = Patterns(map, "scare-markers", "after", lang, profile, required: false);
            var quotes = reader.Boolean(map, "quotes", false);
            if (before.Count == 0 && after.Count == 0 && !quotes && reader.Get(map, "before") is null && reader.Get(map, "after") is null)
            {
                reader.Error(map, $"'scare-markers' of '{lang}' needs 'before' or 'after' markers, or 'quotes: true'");
            }

            result.Add(new ScareMarkers(lang, before, after, quotes, reader.At(map)));
        }

        return result;
    }

    private IEnumerable<(string Lang, LanguageProfile Profile, YamlMappingNode Map)> Languages(YamlMappingNode root, string section)
    {
        if (reader.Mapping(reader.Get(root, section), $"'{section}'") is not { } byLanguage)
        {
            yield break;
        }

        if (byLanguage.Children.Count == 0)
        {
            // 'scope: {}' left to fill in: it reads as no scope (every document in it), so say so.
            reader.Warning(byLanguage, $"'{section}' lists no language, so it does nothing; remove it or give it words per language");
        }

        foreach (var (key, value) in byLanguage.Children)
        {
            var lang = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!metadata.Languages.Contains(lang, StringComparer.Ordinal))
            {
                reader.Error(key, $"language '{lang}' in '{section}' is not in the lexicon's languages ({string.Join(", ", metadata.Languages)})");
                continue;
            }

            // A language without an analysis is reported where the lexicon lists its languages; its words here are not read.
            if (reader.Mapping(value, $"'{section}' of '{lang}'") is { } map && languages.TryGet(lang, out var profile))
            {
                yield return (lang, profile, map);
            }
        }
    }

    private List<string> Patterns(YamlMappingNode map, string section, string key, string lang, LanguageProfile profile, bool required)
    {
        var patterns = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var items = reader.StringItems(map, key);
        if (required && items.Count == 0 && reader.Get(map, key) is not YamlSequenceNode { Children.Count: > 0 })
        {
            // Not when the key is misspelt ('Words:'): the typo, reported by CheckKeys, is the cause.
            reader.Missing(map, key, reader.Get(map, key) ?? map, $"'{key}' of '{lang}' needs at least one word");
        }

        foreach (var (pattern, node) in items)
        {
            var words = PatternParser.TryParse(pattern, profile.Normalizer, out var error);
            if (words is null)
            {
                reader.Error(node, $"'{key}' of '{lang}': {error}");
            }
            else if (!seen.Add(PatternParser.Key(words)))
            {
                reader.Error(node, $"duplicate word \"{PatternParser.Key(words)}\" in '{key}' of '{lang}'");
            }
            else
            {
                // A context word that matches more than it says moves every match near it (it's read as it negates).
                var what = $"word \"{PatternParser.Clipped(PatternParser.Shown(pattern))}\" of '{key}' in '{section}' ({lang})";
                reader.Cautions(node, pattern, profile, what);
                if (ScriptCautions.Of(pattern, lang, metadata.Analysis) is { } script)
                {
                    // A word of the other script is never found in the documents it is meant for.
                    reader.Warning(node, $"{what} {script}");
                }

                if (section == "scope" && _scopeCautions.Of(words, profile) is { } universal)
                {
                    reader.Warning(node, $"{what} {universal}");
                }

                patterns.Add(pattern);
            }
        }

        return patterns;
    }
}
