using Framing.Lexicons;
using Framing.Matching;
using Framing.Text;

namespace Framing.Scoring;

/// <summary>
/// Scores documents against a compiled lexicon: tokenizes, normalizes, finds matches and counts them per dimension,
/// pole and voice. Reuses its buffers from document to document, so it is not thread-safe: create one per thread with
/// <see cref="CompiledLexicon.CreateScorer"/>.
/// </summary>
/// <remarks>
/// <para><b>Which matches count.</b> Within one dimension, matches are chosen left to right: at each token the longest
/// entry starting there wins (ties: the higher weight, then the entry defined first), and the tokens it covers cannot
/// start or be part of another match in that dimension. A token can count once in each dimension. A phrase never
/// spans two sentences. An entry does not count where one of its exclusions matches around it.</para>
/// <para><b>Voice.</b> A match is quoted when its first token stands inside quotation marks, editorial otherwise.</para>
/// <para><b>Coverage.</b> Tokens inside at least one match of any dimension (neutral included), each counted once.</para>
/// </remarks>
public sealed class DocumentScorer
{
    private readonly CompiledLexicon _lexicon;
    private readonly ScoringOptions _options;
    private readonly TokenizedText _tokens = new();
    private readonly NormalizedTextBuilder _normalized = new(4096);
    private readonly ElementOccurrences _elements = new();
    private readonly List<(LanguageMatcher Matcher, TokenCache Cache)> _caches = [];
    private int _chunkStart;
    private int _tokenBase;
    private int _sentenceBase;
    private readonly IntList _stackNodes = new();
    private readonly IntList _stackNext = new();
    private readonly List<ulong> _stackMasks = [];
    private readonly AffixVariant[] _variantScratch = new AffixVariant[AffixStripper.MaxVariants];
    private readonly int[] _nextFree;
    private readonly int[] _bestEntry;
    private readonly int[] _bestLength;
    private readonly int[] _touched;
    private int[] _normStart = new int[256];
    private int[] _normLength = new int[256];
    private int[] _elementStart = new int[256];
    private int[] _elementCount = new int[256];
    private bool[] _covered = new bool[256];

    internal DocumentScorer(CompiledLexicon lexicon, ScoringOptions options)
    {
        _lexicon = lexicon;
        _options = options;
        var dimensions = lexicon.Dimensions.Count;
        _nextFree = new int[dimensions];
        _bestEntry = new int[dimensions];
        _bestLength = new int[dimensions];
        _touched = new int[dimensions];
    }

    /// <summary>The compiled lexicon this scorer matches.</summary>
    public CompiledLexicon Lexicon => _lexicon;

    /// <summary>Scores one text.</summary>
    /// <param name="id">The document's id (copied into the result).</param>
    /// <param name="text">The original text.</param>
    /// <param name="language">The language code, or null to detect it from the script.</param>
    /// <returns>The document's figures.</returns>
    public DocumentResult Score(string id, string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        language ??= _options.LanguageDetector.Detect(text);
        var counts = new FramingCounts(_lexicon.Dimensions.Count);
        var matcher = _lexicon.MatcherFor(language);
        var matches = _options.CollectMatches ? new List<FramingMatch>() : null;
        long tokenCount = 0;
        long covered = 0;
        _tokenBase = 0;
        _sentenceBase = 0;

        // A long text is scored in chunks that end at line breaks. A line break ends a sentence and a paragraph (and
        // every quotation left open), so no match, exclusion or voice can span two chunks and the result is the same
        // as scoring the text whole, with memory bounded by the chunk instead of the document.
        for (var chunkStart = 0; chunkStart < text.Length;)
        {
            var chunkEnd = ChunkEnd(text, chunkStart);
            _chunkStart = chunkStart;
            Tokenizer.Instance.Tokenize(text.AsSpan(chunkStart, chunkEnd - chunkStart), _tokens);
            var n = _tokens.TokenCount;
            tokenCount += n;
            if (matcher is not null && n > 0)
            {
                covered += ScoreChunk(text, matcher, counts, matches);
            }

            _tokenBase += n;
            _sentenceBase += _tokens.SentenceCount;
            chunkStart = chunkEnd;
        }

        return new DocumentResult(id, language, tokenCount, covered, counts, (IReadOnlyList<FramingMatch>?)matches ?? []);
    }

    /// <summary>The most characters scored at once; longer texts are split at line breaks.</summary>
    internal const int ChunkCharacters = 1 << 20;

    private static int ChunkEnd(string text, int start)
    {
        if (text.Length - start <= ChunkCharacters)
        {
            return text.Length;
        }

        var limit = start + ChunkCharacters;
        for (var i = limit - 1; i > start; i--)
        {
            if (CharClass.IsLineBreak(text[i]))
            {
                return i + 1;
            }
        }

        for (var i = limit; i < text.Length; i++)
        {
            if (CharClass.IsLineBreak(text[i]))
            {
                return i + 1;
            }
        }

        return text.Length;
    }

    /// <summary>Matches the tokens of the current chunk; returns how many of them are covered.</summary>
    private long ScoreChunk(string text, LanguageMatcher matcher, FramingCounts counts, List<FramingMatch>? matches)
    {
        var n = _tokens.TokenCount;
        EnsureCapacity(n);
        ResolveTokens(text, matcher);
        Array.Fill(_nextFree, 0);
        Array.Clear(_covered, 0, n);
        var tokens = _tokens.Tokens;
        for (var i = 0; i < n; i++)
        {
            if (_elementCount[i] > 0)
            {
                MatchAt(i, matcher, tokens, text, counts, matches);
            }
        }

        long covered = 0;
        for (var i = 0; i < n; i++)
        {
            if (_covered[i])
            {
                covered++;
            }
        }

        return covered;
    }

    private void ResolveTokens(string text, LanguageMatcher matcher)
    {
        _normalized.Clear();
        _elements.Clear();
        var tokens = _tokens.Tokens;
        var normalizer = matcher.Profile.Normalizer;
        var cache = CacheFor(matcher);
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            _elementStart[i] = _elements.Count;
            _normStart[i] = _normalized.Length;
            if (token.Length > _options.MaxMatchableTokenLength)
            {
                _normLength[i] = 0;
                _elementCount[i] = 0;
                continue;
            }

            var original = text.AsSpan(_chunkStart + token.Start, token.Length);
            if (cache.TryGet(original, out var known))
            {
                _normalized.Append(known.Normalized);
                _normLength[i] = known.Normalized.Length;
                for (var k = 0; k < known.Elements.Length; k++)
                {
                    _elements.Add(known.Elements[k], known.Masks[k], known.Variants[k]);
                }

                _elementCount[i] = known.Elements.Length;
                continue;
            }

            normalizer.Normalize(original, _normalized);
            var length = _normalized.Length - _normStart[i];
            _normLength[i] = length;
            _elementCount[i] = length == 0
                ? 0
                : matcher.Resolve(_normalized.Slice(_normStart[i], length), _variantScratch, _elements);
            cache.Add(original, Remember(_normalized.Slice(_normStart[i], length), _elementStart[i], _elementCount[i]));
        }
    }

    private ResolvedToken Remember(ReadOnlySpan<char> normalized, int start, int count)
    {
        if (count == 0)
        {
            return new ResolvedToken(normalized.ToString(), [], [], []);
        }

        var elements = new int[count];
        var masks = new ulong[count];
        var variants = new AffixVariant[count];
        for (var k = 0; k < count; k++)
        {
            elements[k] = _elements.Element(start + k);
            masks[k] = _elements.Mask(start + k);
            variants[k] = _elements.Variant(start + k);
        }

        return new ResolvedToken(normalized.ToString(), elements, masks, variants);
    }

    private TokenCache CacheFor(LanguageMatcher matcher)
    {
        foreach (var (owner, cache) in _caches)
        {
            if (ReferenceEquals(owner, matcher))
            {
                return cache;
            }
        }

        var created = new TokenCache();
        _caches.Add((matcher, created));
        return created;
    }

    private void MatchAt(int i, LanguageMatcher matcher, ReadOnlySpan<Token> tokens, string text, FramingCounts counts, List<FramingMatch>? matches)
    {
        var trie = matcher.Trie;
        var touchedCount = 0;
        _stackNodes.Clear();
        _stackNext.Clear();
        _stackMasks.Clear();
        PushChildren(trie, PatternTrie.Root, i, ulong.MaxValue);
        var sentence = tokens[i].Sentence;
        while (_stackNodes.Count > 0)
        {
            var node = _stackNodes[_stackNodes.Count - 1];
            var next = _stackNext[_stackNext.Count - 1];
            var mask = _stackMasks[^1];
            _stackNodes.Truncate();
            _stackNext.Truncate();
            _stackMasks.RemoveAt(_stackMasks.Count - 1);
            foreach (var entryIndex in trie.Terminals(node))
            {
                var entry = matcher.Entries[entryIndex];
                var d = entry.DimensionIndex;
                if ((mask & Bit(d)) == 0 || i < _nextFree[d] || IsExcluded(entry, i, tokens))
                {
                    continue;
                }

                var length = next - i;
                if (_bestLength[d] == 0)
                {
                    _touched[touchedCount++] = d;
                    _bestLength[d] = length;
                    _bestEntry[d] = entryIndex;
                }
                else if (IsBetter(matcher, entryIndex, length, _bestEntry[d], _bestLength[d]))
                {
                    _bestLength[d] = length;
                    _bestEntry[d] = entryIndex;
                }
            }

            if (next < tokens.Length && tokens[next].Sentence == sentence)
            {
                PushChildren(trie, node, next, mask);
            }
        }

        for (var t = 0; t < touchedCount; t++)
        {
            var d = _touched[t];
            var entry = matcher.Entries[_bestEntry[d]];
            var length = _bestLength[d];
            _bestLength[d] = 0;
            _nextFree[d] = i + length;
            var voice = tokens[i].IsQuoted ? Voice.Quoted : Voice.Editorial;
            counts.AddMatch(d, entry.Side, voice, entry.WeightMilli);
            Array.Fill(_covered, true, i, length);
            matches?.Add(BuildMatch(matcher, entry, i, length, voice, tokens, text));
        }
    }

    private static bool IsBetter(LanguageMatcher matcher, int candidate, int candidateLength, int best, int bestLength)
    {
        if (candidateLength != bestLength)
        {
            return candidateLength > bestLength;
        }

        var c = matcher.Entries[candidate];
        var b = matcher.Entries[best];
        return c.WeightMilli != b.WeightMilli ? c.WeightMilli > b.WeightMilli : c.EntryIndex < b.EntryIndex;
    }

    /// <summary>The bit of a dimension in occurrence masks (dimensions past 64 share all bits).</summary>
    private static ulong Bit(int dimension) => dimension < 64 ? 1UL << dimension : ulong.MaxValue;

    /// <summary>Pushes the trie steps that the token's occurrences allow; a path keeps only the dimensions every step allows.</summary>
    private void PushChildren(PatternTrie trie, int node, int token, ulong pathMask)
    {
        var start = _elementStart[token];
        var end = start + _elementCount[token];
        for (var e = start; e < end; e++)
        {
            var mask = pathMask & _elements.Mask(e);
            if (mask != 0 && trie.TryStep(node, _elements.Element(e), out var child))
            {
                _stackNodes.Add(child);
                _stackNext.Add(token + 1);
                _stackMasks.Add(mask);
            }
        }
    }

    private bool IsExcluded(CompiledEntry entry, int start, ReadOnlySpan<Token> tokens)
    {
        foreach (var exclusion in entry.Exclusions)
        {
            var first = start - exclusion.EntryOffset;
            if (first < 0 || first + exclusion.Elements.Length > tokens.Length)
            {
                continue;
            }

            // Like a phrase, an exclusion never spans two sentences.
            var sentence = tokens[start].Sentence;
            var all = tokens[first].Sentence == sentence && tokens[first + exclusion.Elements.Length - 1].Sentence == sentence;
            for (var k = 0; k < exclusion.Elements.Length && all; k++)
            {
                all = HasElement(first + k, exclusion.Elements[k]);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private bool HasElement(int token, int element)
    {
        var start = _elementStart[token];
        var end = start + _elementCount[token];
        for (var e = start; e < end; e++)
        {
            if (_elements.Element(e) == element)
            {
                return true;
            }
        }

        return false;
    }

    private FramingMatch BuildMatch(LanguageMatcher matcher, CompiledEntry entry, int first, int length, Voice voice, ReadOnlySpan<Token> tokens, string text)
    {
        var start = _chunkStart + tokens[first].Start;
        var end = _chunkStart + tokens[first + length - 1].End;
        var normalized = new System.Text.StringBuilder();
        var rules = new System.Text.StringBuilder();
        for (var t = first; t < first + length; t++)
        {
            if (normalized.Length > 0)
            {
                normalized.Append(' ');
            }

            var form = _normalized.Slice(_normStart[t], _normLength[t]);
            normalized.Append(form);
            var variant = ReadingFor(t, entry.DimensionIndex);
            if (!variant.IsExact && matcher.Profile.AffixStripper is { } stripper)
            {
                if (rules.Length > 0)
                {
                    rules.Append("; ");
                }

                rules.Append(stripper.Describe(form, variant));
            }
        }

        var lexiconEntry = _lexicon.Lexicon.Entries[entry.EntryIndex];
        return new FramingMatch(
            lexiconEntry,
            _lexicon.Dimensions[entry.DimensionIndex],
            start,
            end - start,
            text[start..end],
            normalized.ToString(),
            voice,
            _sentenceBase + tokens[first].Sentence,
            _tokenBase + first,
            length,
            rules.ToString());
    }

    /// <summary>The clitic reading by which token <paramref name="token"/> counts for a dimension (its first usable occurrence).</summary>
    private Text.AffixVariant ReadingFor(int token, int dimension)
    {
        var start = _elementStart[token];
        var end = start + _elementCount[token];
        for (var e = start; e < end; e++)
        {
            if ((_elements.Mask(e) & Bit(dimension)) != 0)
            {
                return _elements.Variant(e);
            }
        }

        return default;
    }

    private void EnsureCapacity(int n)
    {
        if (_normStart.Length >= n)
        {
            return;
        }

        var size = Math.Max(n, _normStart.Length * 2);
        _normStart = new int[size];
        _normLength = new int[size];
        _elementStart = new int[size];
        _elementCount = new int[size];
        _covered = new bool[size];
    }
}
