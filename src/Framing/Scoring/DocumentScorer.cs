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
/// entry starting there wins (ties: fewer prefix words, so rebels over rebel*, then the higher weight, then the entry
/// defined first), and the tokens it covers cannot start or be part of another match in that dimension. A token can
/// count once in each dimension. A phrase never spans two sentences, nor a comma, semicolon, colon, parenthesis or
/// bracket between its words, nor the boundary of a quotation (quotation marks around some of its words only, as in
/// "the ‘so-called’ rebels", are no boundary). An entry does not count where one of its exclusions matches around it. A scare marker next to
/// an actor's name competes like an entry of the dimension its actor's scare mapping names, spanning the marker and the
/// name; it wins ties.</para>
/// <para><b>Context.</b> The lexicon's context words (actor names, speech cues, negation words, target links, scare
/// markers) are found first, with the same matching. A match is then judged: off target when its entry's target rule
/// excludes the actor it refers to, negated when a negation word stands right before it
/// (the negation rule), counted otherwise. Only counted matches count for their pole; the others are counted
/// apart (<see cref="FramingCounts.NegatedCount"/>, <see cref="FramingCounts.OffTargetCount"/>).</para>
/// <para><b>Scope.</b> When the lexicon lists scope words for the document's language (<c>scope:</c>), a document that
/// names none of them is out of scope: every one of its matches is out of scope and none counts
/// (<see cref="FramingCounts.OutOfScopeCount"/>, <see cref="FramingCounts.OutOfScopeDocuments"/>).</para>
/// <para><b>Voice.</b> A match is quoted when its first token stands inside quotation marks, attributed when it lies in
/// reported speech (the speech cues), editorial otherwise. A scare match made by the quotation marks
/// around a name takes the voice the name would have without them.</para>
/// <para><b>Coverage.</b> Tokens inside at least one match of any dimension (neutral, negated and off target included),
/// each counted once.</para>
/// </remarks>
public sealed partial class DocumentScorer
{
    private const int ScareChoice = -1;

    private readonly CompiledLexicon _lexicon;
    private readonly ScoringOptions _options;
    private readonly TokenizedText _tokens = new();
    private readonly NormalizedTextBuilder _normalized = new(64);
    private readonly ElementOccurrences _elements = new();
    private readonly List<(LanguageMatcher Matcher, TokenCache Cache)> _caches = [];
    private int _chunkStart;
    private int _tokenBase;
    private int _sentenceBase;
    private bool _inScope; // whether the current document names a scope word (or its language has none)
    private List<(int FirstToken, int TokenCount)>? _scopeWords; // the current document's, when matches are collected and it names one
    private readonly DocumentContext _context = new();
    private readonly QuoteBoundaries _quoteBoundaries = new();
    private WalkFrame[] _walk = new WalkFrame[8]; // grown as walks need (tests reach the growth)
    private readonly AffixVariant[] _variantScratch = new AffixVariant[AffixStripper.MaxVariants];
    private readonly int _dimensions;
    private ulong _dimensionBits; // the current lane's (LanguageMatcher.DimensionBits)
    private ulong _markerBits; // the current lane's (LanguageMatcher.MarkerBits)
    private readonly int[] _nextFree;
    private readonly int[] _bestEntry;
    private readonly int[] _bestLength;
    private readonly int[] _touched;

    // Per token of the current chunk, where its reading is (see ResolvedAt): an entry of the token cache of the chunk's
    // language (_readingValues: its readings by entry), or, as ~index, one of _uncached (a token too long to match, or
    // met once the cache was full). An index, not the reading itself: storing an int into an array costs no write
    // barrier, once per token.
    private int[] _readingOf = new int[256];
    private ResolvedToken[] _readingValues = [];
    private readonly List<ResolvedToken> _uncached = [];

    // Per token, the slots in which a match may start there (ResolvedToken.StartSlots: of its occurrences' slots, those
    // whose entries begin with the occurrence's pattern word): a token without a dimension's bit (من، في، على: context
    // words only; النار, which only ends phrases) starts no match walk, one without a marker kind's bit starts no marker
    // walk. The walks would find nothing there; skipping them changes no result. (A flat copy of the reading's StartSlots,
    // so that the loops over every token read one array instead of an object per token.)
    private ulong[] _tokenMask = new ulong[256];

    // The tokens of the current chunk covered by a selected match (see MatchAt): how many, and the furthest end so far;
    // with more than one lane (a lexicon of many dimensions), which tokens (null otherwise).
    private long _coveredCount;
    private int _coveredEnd;
    private bool[]? _coveredTokens;
    private bool[] _coveredScratch = [];

    // The tokens of the current chunk that the token cache did not hold (see ResolveTokens); as long as _readingOf.
    private int[] _misses = new int[256];

    internal DocumentScorer(CompiledLexicon lexicon, ScoringOptions options)
    {
        _lexicon = lexicon;
        _options = options;
        _dimensions = lexicon.Dimensions.Count;
        var slots = _dimensions + MarkerKinds.Count;
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
    /// <param name="language">The language code, or null to detect it from the script; the built-in languages also by the
    /// names a language field accepts (<c>ara</c>, <c>arabic</c>, <c>eng</c>, <c>english</c>, any case, a region as in
    /// <c>en-GB</c> ignored).</param>
    /// <returns>The document's figures.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not a language the lexicon was loaded with.</exception>
    public DocumentResult Score(string id, string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (language is not null)
        {
            // As a run reads a language field: "EN" and "english" are en (the scorer refused them).
            language = language is "ar" or "en" ? language : Corpus.CorpusRun.LanguageCode(language) ?? language;
            Lexicon.CheckLanguage(language, nameof(language), "language");
        }

        return Score(id, text, language, null);
    }

    /// <summary>
    /// Scores a document into <paramref name="reusedCounts"/> (cleared first) when given, instead of new counts: for a
    /// caller that adds each result to a tally and drops it before scoring the next, so that documents allocate no
    /// counts. The result's <see cref="DocumentResult.Counts"/> is then that object, overwritten by the next call. The
    /// text may lie in a reused buffer (<see cref="Framing.Corpus.LentText"/>): nothing of it is kept but the matches'
    /// copies when <see cref="ScoringOptions.CollectMatches"/> is set.
    /// </summary>
    [PerDocument]
    internal DocumentResult Score(string id, ReadOnlySpan<char> text, string? language, FramingCounts? reusedCounts)
    {
        ArgumentNullException.ThrowIfNull(id);
        language ??= _lexicon.LanguageOf(_options.LanguageDetector, text);
        var counts = reusedCounts ?? new FramingCounts(_dimensions);
        var matches = _options.CollectMatches ? new List<FramingMatch>() : null;
        var uncounted = _options.CollectMatches ? new List<FramingMatch>() : null;
        _scopeWords = null;
        var tokenCount = ScoreInto(text, language, counts, matches, uncounted, out var covered);
        // Adopted, not copied: the lists are this call's own.
        var result = new DocumentResult(id, language, tokenCount, covered, counts, matches is null ? [] : ReadOnlyLists.Adopt(matches))
        {
            UncountedMatches = uncounted is null ? [] : ReadOnlyLists.Adopt(uncounted),
            ScopeWords = _scopeWords is null ? ReadOnlyLists.Empty<(int, int)>() : ReadOnlyLists.Adopt(_scopeWords),
        };
        _scopeWords = null;
        return result;
    }

    /// <summary>
    /// Scores a text into <paramref name="counts"/> (cleared first) and makes no result: for a caller that adds the
    /// figures to a tally at once (<see cref="CorpusTally.Add(string, string, long, long, FramingCounts, ulong)"/>), so that a
    /// document allocates nothing here. Matches are not collected.
    /// </summary>
    /// <param name="text">The original text (it may lie in a reused buffer: nothing of it is kept).</param>
    /// <param name="language">The language code, or null to detect it from the script.</param>
    /// <param name="counts">Receives the counts.</param>
    /// <param name="coveredTokens">The number of tokens inside at least one match.</param>
    /// <returns>The number of tokens.</returns>
    [PerDocument]
    internal long ScoreInto(ReadOnlySpan<char> text, string? language, FramingCounts counts, out long coveredTokens) =>
        ScoreInto(text, language ?? _lexicon.LanguageOf(_options.LanguageDetector, text), counts, null, null, out coveredTokens);

    [PerDocument]
    private long ScoreInto(ReadOnlySpan<char> text, string language, FramingCounts counts, List<FramingMatch>? matches, List<FramingMatch>? uncounted, out long coveredTokens)
    {
        if (counts.DimensionCount != _dimensions)
        {
            throw new ArgumentException("counts are over a different lexicon", nameof(counts));
        }

        counts.Clear();
        var matcher = _lexicon.MatcherFor(language);
        long tokenCount = 0;
        long covered = 0;
        _tokenBase = 0;
        _sentenceBase = 0;
        _inScope = matcher is null || !matcher.Context.HasScope || _options.IgnoreScope;

        // A long text is scored in chunks that end at line breaks. A line break ends a sentence and a paragraph (and
        // every quotation left open), so no match, exclusion or voice can span two chunks and the result is the same
        // as scoring the text whole, with memory bounded by the chunk instead of the document.
        for (var chunkStart = 0; chunkStart < text.Length;)
        {
            var chunkEnd = TextChunks.End(text, chunkStart);
            var chunk = text.Slice(chunkStart, chunkEnd - chunkStart);
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

        if (!_inScope)
        {
            // The document names none of the scope words: none of its matches counts (known only at its end).
            counts.SetOutOfScope();
            OutOfScope(matches, uncounted);
        }

        coveredTokens = covered;
        return tokenCount;
    }

    /// <summary>Makes every collected match of an out-of-scope document an uncounted one of status
    /// <see cref="MatchStatus.OutOfScope"/>, in text order.</summary>
    private static void OutOfScope(List<FramingMatch>? matches, List<FramingMatch>? uncounted)
    {
        if (matches is null || uncounted is null || matches.Count + uncounted.Count == 0)
        {
            return;
        }

        var all = matches.Concat(uncounted).OrderBy(m => m.FirstToken).Select(m => m with { Status = MatchStatus.OutOfScope }).ToList();
        matches.Clear();
        uncounted.Clear();
        uncounted.AddRange(all);
    }

    /// <summary>The most characters scored at once; longer texts are split at line breaks (see <see cref="TextChunks"/>).</summary>
    internal const int ChunkCharacters = TextChunks.MaxCharacters;

    /// <summary>Matches the tokens of the current chunk (<paramref name="text"/>: the chunk); returns how many of them are covered.</summary>
    [MethodImpl(HotPath.Compilation)]
    private long ScoreChunk(ReadOnlySpan<char> text, LanguageMatcher matcher, FramingCounts counts, List<FramingMatch>? matches, List<FramingMatch>? uncounted)
    {
        var n = _tokens.TokenCount;
        EnsureCapacity(n);
        ResolveTokens(text, matcher);
        _context.Reset(n);
        _quoteBoundaries.Reset();
        var rules = matcher.Context;
        (_dimensionBits, _markerBits) = (matcher.DimensionBits, matcher.MarkerBits);
        if (rules.HasMarkers)
        {
            FindMarkers(matcher, text);
            if (_context.CueStarts.Count > 0)
            {
                AttributionSpans.Compute(_context, _tokens, text, rules.SpeechWindow, rules.SpeakerAfterCue);
            }

            if (_context.HasMentions && rules.HasScareMarkers)
            {
                ScareFinder.Compute(_context, _tokens, text, rules);
            }
        }

        (_coveredCount, _coveredEnd) = (0, 0);
        _coveredTokens = null;
        if (matcher.NextLane is not null)
        {
            if (_coveredScratch.Length < n)
            {
                _coveredScratch = new bool[Math.Max(n, _coveredScratch.Length * 2)];
            }

            _coveredTokens = _coveredScratch;
            Array.Clear(_coveredTokens, 0, n);
        }

        var (matchesBefore, uncountedBefore) = (matches?.Count ?? 0, uncounted?.Count ?? 0);
        MatchLane(text, matcher, counts, matches, uncounted);

        // The lanes of further dimensions (see LanguageMatcher), with the context found above: each resolves the
        // tokens against its own words. Their matches are then put in text order (a stable sort: at one token, the
        // first lane's come first).
        for (var lane = matcher.NextLane; lane is not null; lane = lane.NextLane)
        {
            ResolveTokens(text, lane);
            (_dimensionBits, _markerBits) = (lane.DimensionBits, lane.MarkerBits);
            MatchLane(text, lane, counts, matches, uncounted);
        }

        if (matcher.NextLane is not null)
        {
            InTextOrder(matches, matchesBefore);
            InTextOrder(uncounted, uncountedBefore);
        }

        return _coveredCount;
    }

    /// <summary>Sorts the matches from <paramref name="start"/> on by their first token, keeping the order of matches at one token.</summary>
    private static void InTextOrder(List<FramingMatch>? matches, int start)
    {
        if (matches is null || matches.Count - start < 2)
        {
            return;
        }

        // OrderBy is a stable sort.
        var ordered = matches.GetRange(start, matches.Count - start).OrderBy(m => m.FirstToken).ToList();
        matches.RemoveRange(start, ordered.Count);
        matches.AddRange(ordered);
    }

    /// <summary>Selects and counts the matches of one lane's dimensions in the current chunk.</summary>
    [MethodImpl(HotPath.Compilation)]
    private void MatchLane(ReadOnlySpan<char> text, LanguageMatcher matcher, FramingCounts counts, List<FramingMatch>? matches, List<FramingMatch>? uncounted)
    {
        var n = _tokens.TokenCount;
        Array.Fill(_nextFree, 0);
        var tokens = _tokens.Tokens;
        if (_context.HasScareCandidates)
        {
            for (var i = 0; i < n; i++)
            {
                if ((_tokenMask[i] & _dimensionBits) != 0 || _context.ScareLength(i) > 0)
                {
                    MatchAt(i, matcher, tokens, text, counts, matches, uncounted);
                }
            }
        }
        else
        {
            // No scare candidate: only a token that starts an entry's walk can match.
            var masks = _tokenMask.AsSpan(0, n);
            for (var i = TokenMaskScan.Next(masks, 0, _dimensionBits); i < n; i = TokenMaskScan.Next(masks, i + 1, _dimensionBits))
            {
                MatchAt(i, matcher, tokens, text, counts, matches, uncounted);
            }
        }
    }
}
