using Framing.Lexicons;
using Framing.Text;

namespace Framing.Matching;

/// <summary>
/// The part of a compiled lexicon for one language: the pattern words (exact and prefix), the trie of patterns, and
/// the entries. Immutable and thread-safe.
/// </summary>
internal sealed class LanguageMatcher
{
    private readonly CharTrie _words;
    private readonly ulong[] _dimensionMasks;

    private LanguageMatcher(LanguageProfile profile, CharTrie words, ulong[] dimensionMasks, PatternTrie trie, CompiledEntry[] entries)
    {
        Profile = profile;
        _words = words;
        _dimensionMasks = dimensionMasks;
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
        var patternElements = new List<(int Element, int Dimension)>();
        for (var e = 0; e < lexicon.Entries.Count; e++)
        {
            var entry = lexicon.Entries[e];
            if (!string.Equals(entry.Language, profile.Code, StringComparison.Ordinal))
            {
                continue;
            }

            var elements = Elements(entry.Pattern, out var words);
            foreach (var element in elements)
            {
                patternElements.Add((element, dimensionIndex[entry.DimensionId]));
            }

            var exclusions = new CompiledExclusion[entry.Exclusions.Count];
            for (var x = 0; x < exclusions.Length; x++)
            {
                var excluded = Elements(entry.Exclusions[x], out var excludedWords);
                exclusions[x] = new CompiledExclusion(excluded, EntryReader.ExclusionOffset(excludedWords, words));
            }

            trie.Add(elements, entries.Count);
            entries.Add(new CompiledEntry(e, dimensionIndex[entry.DimensionId], entry.Side, entry.WeightMilli, words.Length, exclusions));
        }

        var wordTrie = CharTrie.Build(elementIds.Select(pair => (pair.Key.Text, pair.Key.IsPrefix, pair.Value)));

        // A bit per dimension whose patterns use the element (0: the element only appears in exclusions). A lexicon
        // with more than 64 dimensions gives every pattern element all bits: readings are then not told apart by dimension.
        var masks = new ulong[elementIds.Count];
        foreach (var (id, dimension) in patternElements)
        {
            masks[id] |= dimension < 64 ? 1UL << dimension : ulong.MaxValue;
        }

        return new LanguageMatcher(profile, wordTrie, masks, trie.Build(), [.. entries]);
    }

    /// <summary>
    /// Finds the pattern words that a normalized token matches, reading the token first as it is, then with its clitics
    /// removed in the stripper's order. Each dimension takes the first reading that matches any of its pattern words:
    /// an occurrence from a later reading may only count for dimensions that no earlier reading matched (its mask).
    /// Words that only appear in exclusions are recorded with an empty mask, for the exclusion check, from every reading.
    /// </summary>
    /// <returns>The number of occurrences appended to <paramref name="output"/>.</returns>
    public int Resolve(ReadOnlySpan<char> token, Span<AffixVariant> variants, ElementOccurrences output)
    {
        var start = output.Count;
        var claimed = Collect(ReadOnlySpan<char>.Empty, token, default, start, 0UL, output);
        var stripper = Profile.AffixStripper;
        if (stripper is not null)
        {
            var count = stripper.GetVariants(token, variants);
            for (var v = 1; v < count; v++)
            {
                var variant = variants[v];
                var stem = token[variant.ProcliticLength..(token.Length - variant.EncliticLength)];
                var head = variant.RestoresArticle ? stripper.Article.AsSpan() : ReadOnlySpan<char>.Empty;
                claimed |= Collect(head, stem, variant, start, claimed, output);
            }
        }

        return output.Count - start;
    }

    /// <summary>Adds the occurrences of one reading (written as head + stem); returns the dimensions its pattern words serve.</summary>
    private ulong Collect(ReadOnlySpan<char> head, ReadOnlySpan<char> stem, AffixVariant variant, int tokenStart, ulong claimed, ElementOccurrences output)
    {
        Span<int> found = stackalloc int[16];
        var count = _words.Match(head, stem, found);
        var served = 0UL;
        for (var i = 0; i < count; i++)
        {
            served |= Add(found[i], variant, tokenStart, claimed, output);
        }

        return served;
    }

    private ulong Add(int element, AffixVariant variant, int tokenStart, ulong claimed, ElementOccurrences output)
    {
        if (!output.Contains(tokenStart, element))
        {
            output.Add(element, _dimensionMasks[element] & ~claimed, variant);
        }

        return _dimensionMasks[element];
    }
}
