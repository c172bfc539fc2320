using System.Runtime.CompilerServices;
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
/// spans two sentences. An entry does not count where one of its exclusions matches around it. A scare marker next to
/// an actor's name competes like an entry of the dimension its actor's scare mapping names, spanning the marker and the
/// name; it wins ties.</para>
/// <para><b>Context.</b> The lexicon's context words (actor names, speech cues, negation words, target links, scare
/// markers) are found first, with the same matching. A match is then judged: off target when its entry's target rule
/// excludes the actor it refers to (<see cref="TargetFinder"/>), negated when a negation word stands right before it
/// (<see cref="NegationRule"/>), counted otherwise. Only counted matches count for their pole; the others are counted
/// apart (<see cref="FramingCounts.NegatedCount"/>, <see cref="FramingCounts.OffTargetCount"/>).</para>
/// <para><b>Voice.</b> A match is quoted when its first token stands inside quotation marks, attributed when it lies in
/// reported speech (<see cref="AttributionSpans"/>), editorial otherwise. A scare match made by the quotation marks
/// around a name takes the voice the name would have without them.</para>
/// <para><b>Coverage.</b> Tokens inside at least one match of any dimension (neutral, negated and off target included),
/// each counted once.</para>
/// </remarks>
public sealed class DocumentScorer
{
    private const int ScareChoice = -1;

    private readonly CompiledLexicon _lexicon;
    private readonly ScoringOptions _options;
    private readonly TokenizedText _tokens = new();
    private readonly NormalizedTextBuilder _normalized = new(4096);
    private readonly ElementOccurrences _elements = new();
    private readonly List<(LanguageMatcher Matcher, TokenCache Cache)> _caches = [];
    private int _chunkStart;
    private int _tokenBase;
    private int _sentenceBase;
    private readonly DocumentContext _context = new();
    private readonly IntList _stackNodes = new();
    private readonly IntList _stackNext = new();
    private readonly List<ulong> _stackMasks = [];
    private readonly AffixVariant[] _variantScratch = new AffixVariant[AffixStripper.MaxVariants];
    private readonly int _dimensions;
    private readonly ulong _dimensionMask;
    private readonly ulong _markerMask;
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
        _dimensions = lexicon.Dimensions.Count;
        var slots = _dimensions + MarkerKinds.Count;
        _dimensionMask = _dimensions >= 64 ? ulong.MaxValue : (1UL << _dimensions) - 1;
        _markerMask = 0;
        for (var s = _dimensions; s < slots; s++)
        {
            _markerMask |= Bit(s);
        }

        _nextFree = new int[slots];
        _bestEntry = new int[slots];
        _bestLength = new int[slots];
        _touched = new int[slots];
    }

    /// <summary>The compiled lexicon this scorer matches.</summary>
    public CompiledLexicon Lexicon => _lexicon;

    /// <summary>Scores one text.</summary>
    /// <param name="id">The document's id (copied into the result).</param>
    /// <param name="text">The original text.</param>
    /// <param name="language">The language code, or null to detect it from the script.</param>
    /// <returns>The document's figures.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public DocumentResult Score(string id, string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        language ??= _options.LanguageDetector.Detect(text);
        var counts = new FramingCounts(_dimensions);
        var matcher = _lexicon.MatcherFor(language);
        var matches = _options.CollectMatches ? new List<FramingMatch>() : null;
        var uncounted = _options.CollectMatches ? new List<FramingMatch>() : null;
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
            var chunk = text.AsSpan(chunkStart, chunkEnd - chunkStart);
            _chunkStart = chunkStart;
            Tokenizer.Instance.Tokenize(chunk, _tokens);
            var n = _tokens.TokenCount;
            tokenCount += n;
            if (matcher is not null && n > 0)
            {
                covered += ScoreChunk(chunk, matcher, counts, matches, uncounted);
            }

            _tokenBase += n;
            _sentenceBase += _tokens.SentenceCount;
            chunkStart = chunkEnd;
        }

        return new DocumentResult(id, language, tokenCount, covered, counts, (IReadOnlyList<FramingMatch>?)matches ?? [])
        {
            UncountedMatches = (IReadOnlyList<FramingMatch>?)uncounted ?? [],
        };
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

    /// <summary>Matches the tokens of the current chunk (<paramref name="text"/>: the chunk); returns how many of them are covered.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private long ScoreChunk(ReadOnlySpan<char> text, LanguageMatcher matcher, FramingCounts counts, List<FramingMatch>? matches, List<FramingMatch>? uncounted)
    {
        var n = _tokens.TokenCount;
        EnsureCapacity(n);
        ResolveTokens(text, matcher);
        _context.Reset(n);
        var rules = matcher.Context;
        if (rules.HasMarkers)
        {
            FindMarkers(matcher);
            if (_context.CueStarts.Count > 0)
            {
                AttributionSpans.Compute(_context, _tokens, text, rules.SpeechWindow, rules.SpeakerAfterCue);
            }

            if (_context.HasMentions && rules.HasScareMarkers)
            {
                ScareFinder.Compute(_context, _tokens, text, rules);
            }
        }

        Array.Fill(_nextFree, 0);
        Array.Clear(_covered, 0, n);
        var tokens = _tokens.Tokens;
        for (var i = 0; i < n; i++)
        {
            if (_elementCount[i] > 0 || _context.ScareLength(i) > 0)
            {
                MatchAt(i, matcher, tokens, text, counts, matches, uncounted);
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ResolveTokens(ReadOnlySpan<char> text, LanguageMatcher matcher)
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

            var original = text.Slice(token.Start, token.Length);
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

    /// <summary>Finds the context words of every marker kind (leftmost, then longest, per kind) and records them.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindMarkers(LanguageMatcher matcher)
    {
        var tokens = _tokens.Tokens;
        Array.Fill(_nextFree, 0);
        for (var i = 0; i < tokens.Length; i++)
        {
            if (_elementCount[i] == 0)
            {
                continue;
            }

            var touched = CollectLongest(i, matcher, tokens, _markerMask, _dimensions, _dimensions + MarkerKinds.Count);
            for (var k = 0; k < touched; k++)
            {
                var slot = _touched[k];
                var entry = matcher.Entries[_bestEntry[slot]];
                var length = _bestLength[slot];
                _bestLength[slot] = 0;
                _nextFree[slot] = i + length;
                switch ((MarkerKind)(slot - _dimensions))
                {
                    case MarkerKind.Actor:
                        _context.AddMention(i, length, entry.EntryIndex, RemovesConjunction(matcher, i, slot), RemovesPreposition(matcher, i, slot));
                        break;
                    case MarkerKind.Cue:
                        _context.AddCue(i, length);
                        break;
                    case MarkerKind.Opener:
                        _context.AddOpener(i, length);
                        break;
                    case MarkerKind.Negation:
                        _context.AddNegation(i, length);
                        break;
                    case MarkerKind.Link:
                        _context.AddLink(i, length);
                        break;
                    case MarkerKind.ScareBefore:
                        _context.AddScareBefore(i, length);
                        break;
                    default:
                        _context.AddScareAfter(i, length);
                        break;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MatchAt(int i, LanguageMatcher matcher, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, FramingCounts counts, List<FramingMatch>? matches, List<FramingMatch>? uncounted)
    {
        var touchedCount = _elementCount[i] > 0 ? CollectLongest(i, matcher, tokens, _dimensionMask, 0, _dimensions) : 0;
        var scareLength = _context.ScareLength(i);
        if (scareLength > 0 && matcher.Context.Scares[_context.ScareActor(i)] is { } scare)
        {
            var d = scare.DimensionIndex;
            if (i >= _nextFree[d])
            {
                if (_bestLength[d] == 0)
                {
                    _touched[touchedCount++] = d;
                    _bestLength[d] = scareLength;
                    _bestEntry[d] = ScareChoice;
                }
                else if (scareLength >= _bestLength[d])
                {
                    _bestLength[d] = scareLength;
                    _bestEntry[d] = ScareChoice;
                }
            }
        }

        for (var t = 0; t < touchedCount; t++)
        {
            var d = _touched[t];
            var length = _bestLength[d];
            var choice = _bestEntry[d];
            _bestLength[d] = 0;
            _nextFree[d] = i + length;
            Array.Fill(_covered, true, i, length);
            if (choice == ScareChoice)
            {
                CountScare(i, length, matcher, tokens, text, counts, matches, uncounted);
            }
            else
            {
                CountEntry(i, length, matcher.Entries[choice], matcher, tokens, text, counts, matches, uncounted);
            }
        }
    }

    private void CountEntry(int i, int length, CompiledEntry entry, LanguageMatcher matcher, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, FramingCounts counts, List<FramingMatch>? matches, List<FramingMatch>? uncounted)
    {
        var rules = matcher.Context;
        var d = entry.DimensionIndex;
        var voice = _context.VoiceAt(tokens[i], i);
        var target = rules.HasActors
            ? TargetFinder.Find(_context, tokens, text, i, length, rules.LinkWindow, RemovesConjunction(matcher, i, d))
            : -1;
        var status = MatchStatus.Counted;
        if (entry.JudgesTarget && !(target >= 0 ? entry.AllowedTargets?[target] ?? true : entry.TargetDefault == TargetDefault.Count))
        {
            status = MatchStatus.OffTarget;
        }
        else if (rules.HasNegation && NegationRule.IsNegated(_context, tokens, text, i, rules.NegationWindow))
        {
            status = MatchStatus.Negated;
        }

        Count(counts, d, entry.Side, voice, entry.WeightMilli, status);
        if (matches is not null)
        {
            var match = BuildMatch(matcher, _lexicon.Lexicon.Entries[entry.EntryIndex], d, i, length, voice, tokens, text, target, status, MatchKind.Entry);
            (status == MatchStatus.Counted ? matches : uncounted!).Add(match);
        }
    }

    private void CountScare(int i, int length, LanguageMatcher matcher, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, FramingCounts counts, List<FramingMatch>? matches, List<FramingMatch>? uncounted)
    {
        var rules = matcher.Context;
        var actor = _context.ScareActor(i);
        var scare = rules.Scares[actor]!;
        var voice = _context.VoiceAt(tokens[i], i, _context.ScareByQuotes(i) ? 1 : 0);
        var status = rules.HasNegation && NegationRule.IsNegated(_context, tokens, text, i, rules.NegationWindow)
            ? MatchStatus.Negated
            : MatchStatus.Counted;
        Count(counts, scare.DimensionIndex, scare.Side, voice, scare.WeightMilli, status);
        if (matches is not null)
        {
            var match = BuildMatch(matcher, scare.Entry, scare.DimensionIndex, i, length, voice, tokens, text, actor, status, MatchKind.ScareMarker);
            (status == MatchStatus.Counted ? matches : uncounted!).Add(match);
        }
    }

    private static void Count(FramingCounts counts, int dimension, PoleSide side, Voice voice, int weightMilli, MatchStatus status)
    {
        switch (status)
        {
            case MatchStatus.Counted:
                counts.AddMatch(dimension, side, voice, weightMilli);
                break;
            case MatchStatus.Negated:
                counts.AddNegated(dimension, side, voice);
                break;
            default:
                counts.AddOffTarget(dimension, side, voice);
                break;
        }
    }

    /// <summary>
    /// Walks the trie from token <paramref name="i"/> along the readings that <paramref name="pathMask"/> allows and keeps,
    /// per slot in [<paramref name="slotLow"/>, <paramref name="slotHigh"/>) that is free at <paramref name="i"/>, the best
    /// entry (longest; then higher weight; then first defined). Returns how many slots it wrote into <c>_touched</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int CollectLongest(int i, LanguageMatcher matcher, ReadOnlySpan<Token> tokens, ulong pathMask, int slotLow, int slotHigh)
    {
        var trie = matcher.Trie;
        var touchedCount = 0;
        _stackNodes.Clear();
        _stackNext.Clear();
        _stackMasks.Clear();
        PushChildren(trie, PatternTrie.Root, i, pathMask);
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
                if (d < slotLow || d >= slotHigh || (mask & Bit(d)) == 0 || i < _nextFree[d] || IsExcluded(entry, i, tokens))
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

        return touchedCount;
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

    /// <summary>The bit of a slot in occurrence masks (slots past 64 share all bits).</summary>
    private static ulong Bit(int slot) => slot < 64 ? 1UL << slot : ulong.MaxValue;

    /// <summary>Pushes the trie steps that the token's occurrences allow; a path keeps only the slots every step allows.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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

    /// <summary>Whether token <paramref name="token"/> counts for <paramref name="slot"/> through a reading that removes a conjunction clitic.</summary>
    private bool RemovesConjunction(LanguageMatcher matcher, int token, int slot) =>
        matcher.Profile.AffixStripper is { } stripper
        && stripper.RemovesConjunction(_normalized.Slice(_normStart[token], _normLength[token]), ReadingFor(token, slot));

    /// <summary>Whether token <paramref name="token"/> counts for <paramref name="slot"/> through a reading that removes a preposition clitic.</summary>
    private bool RemovesPreposition(LanguageMatcher matcher, int token, int slot) =>
        matcher.Profile.AffixStripper is { } stripper
        && stripper.RemovesPreposition(_normalized.Slice(_normStart[token], _normLength[token]), ReadingFor(token, slot));

    private FramingMatch BuildMatch(LanguageMatcher matcher, LexiconEntry lexiconEntry, int dimension, int first, int length, Voice voice, ReadOnlySpan<Token> tokens, ReadOnlySpan<char> text, int target, MatchStatus status, MatchKind kind)
    {
        var start = tokens[first].Start;
        var end = tokens[first + length - 1].End;
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
            var variant = ReadingFor(t, dimension);
            if (!variant.IsExact && matcher.Profile.AffixStripper is { } stripper)
            {
                if (rules.Length > 0)
                {
                    rules.Append("; ");
                }

                rules.Append(stripper.Describe(form, variant));
            }
        }

        return new FramingMatch(
            lexiconEntry,
            _lexicon.Dimensions[dimension],
            _chunkStart + start,
            end - start,
            text[start..end].ToString(),
            normalized.ToString(),
            voice,
            _sentenceBase + tokens[first].Sentence,
            _tokenBase + first,
            length,
            rules.ToString(),
            target >= 0 ? _lexicon.Lexicon.Actors[target] : null,
            status,
            kind);
    }

    /// <summary>The clitic reading by which token <paramref name="token"/> counts for a slot (its first usable occurrence).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private AffixVariant ReadingFor(int token, int slot)
    {
        var start = _elementStart[token];
        var end = start + _elementCount[token];
        for (var e = start; e < end; e++)
        {
            if ((_elements.Mask(e) & Bit(slot)) != 0)
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
