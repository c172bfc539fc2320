using Framing.Lexicons;
using Framing.Text;

namespace Framing.Matching;

/// <summary>
/// The part of a compiled lexicon for one language: the pattern words (exact and prefix), the trie of patterns, and
/// the entries. Immutable and thread-safe.
/// </summary>
internal sealed class LanguageMatcher
{
    private readonly SpanKeyedMap<int> _words;
    private readonly int[] _prefixLengths;
    private readonly SpanKeyedMap<int>[] _prefixes;
    private readonly bool[] _inPattern;

    private LanguageMatcher(LanguageProfile profile, SpanKeyedMap<int> words, int[] prefixLengths, SpanKeyedMap<int>[] prefixes, bool[] inPattern, PatternTrie trie, CompiledEntry[] entries)
    {
        Profile = profile;
        _words = words;
        _prefixLengths = prefixLengths;
        _prefixes = prefixes;
        _inPattern = inPattern;
        Trie = trie;
        Entries = entries;
    }

    public LanguageProfile Profile { get; }

    public PatternTrie Trie { get; }

    public CompiledEntry[] Entries { get; }

    public static LanguageMatcher Create(Lexicon lexicon, LanguageProfile profile, IReadOnlyDictionary<string, int> dimensionIndex)
    {
        var elementIds = new Dictionary<PatternWord, int>();
        int ElementOf(PatternWord word)
        {
            if (!elementIds.TryGetValue(word, out var id))
            {
                id = elementIds.Count;
                elementIds[word] = id;
            }

            return id;
        }

        int[] Elements(string pattern, out PatternWord[] words)
        {
            words = PatternParser.TryParse(pattern, profile.Normalizer, out var error)
                ?? throw new InvalidOperationException($"pattern \"{pattern}\" did not compile: {error}");
            var ids = new int[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                ids[i] = ElementOf(words[i]);
            }

            return ids;
        }

        var trie = new PatternTrie.Builder();
        var entries = new List<CompiledEntry>();
        var patternElements = new HashSet<int>();
        for (var e = 0; e < lexicon.Entries.Count; e++)
        {
            var entry = lexicon.Entries[e];
            if (!string.Equals(entry.Language, profile.Code, StringComparison.Ordinal))
            {
                continue;
            }

            var elements = Elements(entry.Pattern, out var words);
            patternElements.UnionWith(elements);
            var exclusions = new CompiledExclusion[entry.Exclusions.Count];
            for (var x = 0; x < exclusions.Length; x++)
            {
                var excluded = Elements(entry.Exclusions[x], out var excludedWords);
                exclusions[x] = new CompiledExclusion(excluded, EntryReader.ExclusionOffset(excludedWords, words));
            }

            trie.Add(elements, entries.Count);
            entries.Add(new CompiledEntry(e, dimensionIndex[entry.DimensionId], entry.Side, entry.WeightMilli, words.Length, exclusions));
        }

        var exact = new List<KeyValuePair<string, int>>();
        var byLength = new SortedDictionary<int, List<KeyValuePair<string, int>>>();
        foreach (var (word, id) in elementIds)
        {
            if (word.IsPrefix)
            {
                if (!byLength.TryGetValue(word.Text.Length, out var list))
                {
                    byLength[word.Text.Length] = list = [];
                }

                list.Add(new(word.Text, id));
            }
            else
            {
                exact.Add(new(word.Text, id));
            }
        }

        var lengths = new int[byLength.Count];
        var maps = new SpanKeyedMap<int>[byLength.Count];
        var k = 0;
        foreach (var (length, list) in byLength)
        {
            lengths[k] = length;
            maps[k++] = new SpanKeyedMap<int>(list);
        }

        var inPattern = new bool[elementIds.Count];
        foreach (var id in patternElements)
        {
            inPattern[id] = true;
        }

        return new LanguageMatcher(profile, new SpanKeyedMap<int>(exact), lengths, maps, inPattern, trie.Build(), [.. entries]);
    }

    /// <summary>
    /// Finds the words that a normalized token matches: the first reading of the token (itself, then its
    /// clitic-stripped readings in the stripper's order) that matches any word of an entry's pattern wins. Words that
    /// appear only in exclusions do not stop the search (so that an exclusion never changes how another entry
    /// matches); they are collected from every reading tried. Appends the element ids to <paramref name="elements"/>.
    /// </summary>
    /// <returns>The number of elements appended; <paramref name="variant"/> is the reading that matched a pattern word.</returns>
    public int Resolve(ReadOnlySpan<char> token, Span<char> scratch, Span<AffixVariant> variants, IntList elements, out AffixVariant variant)
    {
        variant = default;
        var found = Collect(token, elements, out var inPattern);
        var stripper = Profile.AffixStripper;
        if (inPattern || stripper is null)
        {
            return found;
        }

        var count = stripper.GetVariants(token, variants);
        for (var v = 1; v < count; v++)
        {
            var length = stripper.BuildForm(token, variants[v], scratch);
            found += Collect(scratch[..length], elements, out inPattern);
            if (inPattern)
            {
                variant = variants[v];
                return found;
            }
        }

        return found;
    }

    private int Collect(ReadOnlySpan<char> form, IntList elements, out bool inPattern)
    {
        var found = 0;
        inPattern = false;
        if (_words.TryGetValue(form, out var id))
        {
            elements.Add(id);
            inPattern |= _inPattern[id];
            found++;
        }

        for (var i = 0; i < _prefixLengths.Length && _prefixLengths[i] <= form.Length; i++)
        {
            if (_prefixes[i].TryGetValue(form[.._prefixLengths[i]], out var prefixId))
            {
                elements.Add(prefixId);
                inPattern |= _inPattern[prefixId];
                found++;
            }
        }

        return found;
    }
}
