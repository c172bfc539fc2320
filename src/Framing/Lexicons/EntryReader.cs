using System.Globalization;
using Framing.Text;
using YamlDotNet.RepresentationModel;

namespace Framing.Lexicons;

/// <summary>Reads and validates the <c>entries</c> of a lexicon file.</summary>
internal sealed class EntryReader(YamlNodeReader reader, LexiconMetadata metadata, List<Dimension> dimensions, LanguageRegistry languages, TargetRuleReader targets)
{
    private static readonly string[] EntryKeys = ["lang", "pattern", "dimension", "pole", "weight", "note", "examples", "exclude", "target", "target-default"];

    private readonly Dictionary<string, SourceLocation> _seen = new(StringComparer.Ordinal);
    private readonly List<ReadEntry> _read = [];

    /// <summary>The entries read, each with what a repetition of it through an alias is told (null: it did not load).</summary>
    private readonly Dictionary<YamlMappingNode, string?> _readMaps = new(ReferenceEqualityComparer.Instance);

    public List<LexiconEntry> ReadAll(YamlMappingNode root)
    {
        var entries = new List<LexiconEntry>();
        var node = reader.Get(root, "entries");
        var seq = reader.Sequence(node, "'entries'");
        if (seq is null || seq.Children.Count == 0)
        {
            reader.Error(node ?? root, "the lexicon needs at least one entry in 'entries'");
            return entries;
        }

        for (var i = 0; i < seq.Children.Count; i++)
        {
            var item = seq.Children[i];
            if (item is YamlMappingNode repeated && _readMaps.TryGetValue(repeated, out var duplicate))
            {
                // An alias of an entry read before (- *e2): one error, at the alias, not the anchor's errors again at
                // the anchor's place.
                reader.Error(reader.Aliases.Of(seq, i) ?? reader.At(item), duplicate ?? string.Create(CultureInfo.InvariantCulture, $"duplicate entry: it repeats the entry at line {reader.At(item).Line}"));
                continue;
            }

            if (reader.Mapping(item, "an entry") is { } map && Read(map) is { } entry)
            {
                entries.Add(entry);
            }
        }

        WarnOfShadowedEntries();
        return entries;
    }

    /// <summary>Warns of each entry that can never count (<see cref="ShadowedEntries"/>), at its pattern.</summary>
    private void WarnOfShadowedEntries()
    {
        var candidates = _read.Select(e => new ShadowedEntries.Candidate(e.Language, e.Dimension, e.Words, e.Side, e.WeightMilli, e.HasContextRules)).ToList();
        foreach (var (n, b, byWeight) in ShadowedEntries.Find(candidates))
        {
            var (narrow, broad) = (_read[n], _read[b]);
            var why = byWeight ? "it has the higher weight" : "it is listed first";
            reader.Warning(narrow.Location, string.Create(CultureInfo.InvariantCulture,
                $"entry \"{PatternParser.Clipped(narrow.Pattern)}\" never counts: every word it matches is also matched by \"{PatternParser.Clipped(broad.Pattern)}\" (line {broad.Location.Line}) of dimension '{narrow.Dimension}', which wins the tie ({why}); list it before that entry, with a weight at least as high, for it to count"));
        }
    }

    private sealed record ReadEntry(
        string Language, string Dimension, PatternWord[] Words, PoleSide Side, int WeightMilli, bool HasContextRules, SourceLocation Location, string Pattern);

    private LexiconEntry? Read(YamlMappingNode map)
    {
        var errorsBefore = reader.Errors.Count;
        _readMaps[map] = null;
        reader.CheckKeys(map, "an entry", EntryKeys);
        var location = reader.At(map);
        var lang = reader.RequiredString(map, "lang", "the entry");
        var pattern = reader.OptionalString(map, "pattern");
        var dimensionId = reader.RequiredString(map, "dimension", "the entry");
        var poleId = reader.RequiredString(map, "pole", "the entry");
        var note = reader.RequiredString(map, "note", "the entry");
        var examples = reader.StringList(map, "examples");
        var exclusionItems = reader.StringItems(map, "exclude");
        IReadOnlyList<string> exclusions = [.. exclusionItems.Select(e => e.Text)];
        var (target, targetDefault) = targets.Read(map, "the entry");

        LanguageProfile? language = null;
        if (lang.Length > 0)
        {
            if (!metadata.Languages.Contains(lang, StringComparer.Ordinal))
            {
                reader.Error(reader.Get(map, "lang")!, $"language '{lang}' is not in the lexicon's languages ({string.Join(", ", metadata.Languages)})");
            }
            else
            {
                languages.TryGet(lang, out language);
            }
        }

        var side = ResolvePole(map, dimensionId, poleId);
        var weight = reader.WeightMilli(map);
        PatternWord[]? words = null;
        var patternNode = reader.Get(map, "pattern");
        if (patternNode is null)
        {
            reader.Missing(map, "pattern", map, "empty pattern");
        }
        else if (pattern is null || string.IsNullOrWhiteSpace(pattern))
        {
            reader.Error(patternNode, "empty pattern");
        }
        else if (language is not null)
        {
            words = PatternParser.TryParse(pattern, language.Normalizer, out var error);
            if (words is null)
            {
                reader.Error(patternNode!, error!);
            }
            else
            {
                CheckDuplicate(patternNode!, lang, dimensionId, words);
                CheckExclusions(words, exclusionItems, language);
                reader.Cautions(patternNode!, pattern, language, $"pattern \"{PatternParser.Clipped(PatternParser.Shown(pattern))}\"");
                if (ScriptCautions.Of(pattern, lang, metadata.Analysis) is { } script)
                {
                    reader.Warning(patternNode!, $"pattern \"{PatternParser.Clipped(PatternParser.Shown(pattern))}\" {script}");
                }
            }
        }

        if (reader.Errors.Count > errorsBefore || side is null)
        {
            return null;
        }

        if (words is not null)
        {
            _readMaps[map] = string.Create(CultureInfo.InvariantCulture, $"duplicate entry: pattern \"{PatternParser.Key(words)}\" ({lang}) is already in dimension '{dimensionId}' at line {reader.At(patternNode!).Line}");
            _read.Add(new ReadEntry(lang, dimensionId, words, side.Value, weight, exclusions.Count > 0 || target is not null || targetDefault is not null, reader.At(patternNode!), pattern!.Trim()));
        }

        return new LexiconEntry(lang, pattern!.Trim(), dimensionId, side.Value, weight, note, examples, exclusions, location, target, targetDefault);
    }

    private PoleSide? ResolvePole(YamlMappingNode map, string dimensionId, string poleId)
    {
        if (dimensionId.Length == 0 || poleId.Length == 0)
        {
            return null;
        }

        var dimension = dimensions.Find(d => string.Equals(d.Id, dimensionId, StringComparison.Ordinal));
        if (dimension is null)
        {
            // Without any dimension (an error of its own), every reference would be reported as unknown.
            if (dimensions.Count > 0)
            {
                reader.Error(reader.Get(map, "dimension")!, $"unknown dimension '{dimensionId}' (known: {Dimension.KnownIds(dimensions)})");
            }

            return null;
        }

        if (string.Equals(poleId, dimension.PoleA.Id, StringComparison.Ordinal))
        {
            return PoleSide.A;
        }

        if (string.Equals(poleId, dimension.PoleB.Id, StringComparison.Ordinal))
        {
            return PoleSide.B;
        }

        if (string.Equals(poleId, "neutral", StringComparison.Ordinal))
        {
            if (dimension.Neutral is null)
            {
                reader.Error(reader.Get(map, "pole")!, $"dimension '{dimensionId}' has no neutral category; add 'neutral:' to the dimension");
                return null;
            }

            return PoleSide.Neutral;
        }

        if (dimension.HasPoleWithoutId)
        {
            return null; // the pole without an id is the error
        }

        var expected = dimension.Neutral is null
            ? $"{dimension.PoleA.Id} or {dimension.PoleB.Id}"
            : $"{dimension.PoleA.Id}, {dimension.PoleB.Id} or neutral";
        reader.Error(reader.Get(map, "pole")!, $"unknown pole '{poleId}' for dimension '{dimensionId}' (expected {expected})");
        return null;
    }

    private void CheckDuplicate(YamlNode patternNode, string lang, string dimensionId, PatternWord[] words)
    {
        var key = lang + "\u0001" + dimensionId + "\u0001" + PatternParser.Key(words);
        var here = reader.At(patternNode);
        if (_seen.TryGetValue(key, out var first))
        {
            reader.Error(patternNode, string.Create(CultureInfo.InvariantCulture, $"duplicate entry: pattern \"{PatternParser.Key(words)}\" ({lang}) is already in dimension '{dimensionId}' at line {first.Line}"));
        }
        else
        {
            _seen[key] = here;
        }
    }

    /// <summary>Reports each exclusion that is invalid, does not contain the entry's pattern or is the pattern itself, at
    /// the exclusion (the item of the 'exclude' list), and warns of a valid one that an invisible character splits
    /// (<see cref="PatternCautions.SplitByInvisible"/>).</summary>
    private void CheckExclusions(PatternWord[] words, IReadOnlyList<(string Text, YamlNode Node)> exclusions, LanguageProfile language)
    {
        foreach (var (exclusion, node) in exclusions)
        {
            var excluded = PatternParser.TryParse(exclusion, language.Normalizer, out var error, isExclusion: true);
            var shown = PatternParser.Shown(exclusion);
            if (excluded is null)
            {
                reader.Error(node, $"exclusion \"{shown}\": {error}");
            }
            else if (ExclusionOffset(excluded, words) < 0)
            {
                reader.Error(node, $"exclusion \"{shown}\" does not contain the entry's pattern \"{PatternParser.Key(words)}\"");
            }
            else if (excluded.Length == words.Length)
            {
                // Nothing but the pattern (after normalization): it would exclude every match, and the entry never count.
                reader.Error(node, $"exclusion \"{shown}\" is the entry's pattern \"{PatternParser.Key(words)}\" itself: it would exclude every match (an exclusion names a longer phrase that contains the pattern)");
            }
            else if (PatternCautions.SplitByInvisible(exclusion, language, isExclusion: true) is { } split)
            {
                reader.Warning(node, $"exclusion \"{PatternParser.Clipped(shown)}\": {split}");
            }
        }
    }

    /// <summary>Where the pattern's words start inside the exclusion's words, or -1.</summary>
    internal static int ExclusionOffset(IReadOnlyList<PatternWord> exclusion, IReadOnlyList<PatternWord> pattern)
    {
        for (var start = 0; start + pattern.Count <= exclusion.Count; start++)
        {
            var all = true;
            for (var k = 0; k < pattern.Count && all; k++)
            {
                all = exclusion[start + k] == pattern[k];
            }

            if (all)
            {
                return start;
            }
        }

        return -1;
    }
}
