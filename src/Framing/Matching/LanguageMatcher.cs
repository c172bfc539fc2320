using Framing.Lexicons;
using Framing.Text;

namespace Framing.Matching;

/// <summary>
/// The part of a compiled lexicon for one language: the pattern words (exact and prefix), the trie of patterns, and
/// the entries. Context words (actor names, speech cues, openers, negation words, target links and scare markers) are
/// compiled into the same word table and trie as pseudo-dimensions, one slot per <see cref="MarkerKind"/> after the
/// dimensions. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Masks give each slot one bit of 64. A lexicon whose dimensions and marker kinds need more bits is compiled into
/// lanes: the first matcher holds the first <c>64 - MarkerKinds.Count</c> dimensions and the marker kinds, and each
/// following matcher (<see cref="NextLane"/>) holds up to 64 more dimensions, with the same context rules. Every
/// dimension is matched in exactly one lane with a bit of its own, so a lane gives each of its dimensions the same
/// matches as a lexicon of those dimensions alone. Slots keep their lexicon-wide numbers (a dimension's index, then
/// the marker kinds); <see cref="BitOf"/> maps a slot to its bit in its lane.
/// </remarks>
internal sealed class LanguageMatcher
{
    private readonly CharTrie _words;
    private readonly ulong[] _dimensionMasks;
    private readonly ulong[] _startMasks;
    private readonly SlotBits _bits;
    private readonly ulong[] _slotBits;
    private readonly EdgeMap _conjoined;

    private LanguageMatcher(LanguageProfile profile, CharTrie words, ulong[] dimensionMasks, ulong[] startMasks, PatternTrie trie, CompiledEntry[] entries, MatcherContext context, SlotBits bits, LanguageMatcher? nextLane, EdgeMap conjoined)
    {
        Profile = profile;
        _conjoined = conjoined;
        _words = words;
        _dimensionMasks = dimensionMasks;
        _startMasks = startMasks;
        Trie = trie;
        Entries = entries;
        Context = context;
        _bits = bits;
        DimensionBits = bits.DimensionBits;
        MarkerBits = bits.MarkerBits;
        NextLane = nextLane;
        _slotBits = new ulong[context.SlotCount];
        for (var slot = 0; slot < _slotBits.Length; slot++)
        {
            _slotBits[slot] = bits.Holds(slot) ? bits.Of(slot) : 0;
        }
    }

    public LanguageProfile Profile { get; }

    public PatternTrie Trie { get; }

    public CompiledEntry[] Entries { get; }

    /// <summary>The language's context rules: which marker kinds exist, their windows, and the actors' scare mappings.</summary>
    public MatcherContext Context { get; }

    /// <summary>The bits of this lane's dimensions.</summary>
    public ulong DimensionBits { get; }

    /// <summary>The bits of the marker kinds (0 in every lane but the first).</summary>
    public ulong MarkerBits { get; }

    /// <summary>The lane of the next dimensions (null: this is the last).</summary>
    public LanguageMatcher? NextLane { get; }

    /// <summary>The bit of a slot (a dimension of this lane, or a marker kind in the first lane) in this lane's masks; 0 for another lane's.</summary>
    /// <param name="slot">The slot's lexicon-wide number.</param>
    public ulong BitOf(int slot) => _slotBits[slot];

    /// <summary>Whether this lane matches dimension <paramref name="dimension"/>.</summary>
    public bool Owns(int dimension) => _bits.Owns(dimension);

    public static LanguageMatcher Create(Lexicon lexicon, LanguageProfile profile, IReadOnlyDictionary<string, int> dimensionIndex)
    {
        var dimensionCount = lexicon.Dimensions.Count;
        var code = profile.Code;
        var speech = lexicon.Speech.FirstOrDefault(s => s.Language == code);
        var negation = lexicon.Negation.FirstOrDefault(n => n.Language == code);
        var links = lexicon.TargetLinks.FirstOrDefault(l => l.Language == code);
        var scare = lexicon.ScareMarkers.FirstOrDefault(s => s.Language == code);
        var scope = lexicon.Scope.FirstOrDefault(s => s.Language == code);
        var context = new MatcherContext(
            dimensionCount,
            HasActors: lexicon.Actors.Any(a => a.Names.Any(n => n.Language == code)),
            HasSpeech: speech is not null,
            HasNegation: negation is not null,
            SpeechWindow: speech?.Window ?? 0,
            NegationWindow: negation?.Window ?? 0,
            LinkWindow: links?.Window ?? 0,
            ScareQuotes: scare?.Quotes ?? false,
            HasScareMarkers: scare is not null,
            Scares: [.. lexicon.Actors.Select(a => Scare(lexicon, a, code, dimensionIndex))],
            SpeakerAfterCue: speech?.SpeakerAfterCue ?? false,
            HasScope: scope is not null);

        // The context words, which only the first lane holds (as pseudo-dimensions), by kind and payload.
        var markers = new List<MarkerWords>();
        for (var a = 0; a < lexicon.Actors.Count; a++)
        {
            markers.Add(new MarkerWords(lexicon.Actors[a].Names.Where(n => n.Language == code).Select(n => n.Pattern), MarkerKind.Actor, a, []));
        }

        markers.Add(new MarkerWords(speech?.Cues ?? [], MarkerKind.Cue, 0, speech?.Exclusions ?? []));
        markers.Add(new MarkerWords(speech?.Openers ?? [], MarkerKind.Opener, 0, []));
        markers.Add(new MarkerWords(negation?.Words ?? [], MarkerKind.Negation, 0, []));
        markers.Add(new MarkerWords(links?.Words ?? [], MarkerKind.Link, 0, []));
        markers.Add(new MarkerWords(scare?.Before ?? [], MarkerKind.ScareBefore, 0, []));
        markers.Add(new MarkerWords(scare?.After ?? [], MarkerKind.ScareAfter, 0, []));
        markers.Add(new MarkerWords(scope?.Words ?? [], MarkerKind.Scope, 0, []));

        // The lanes, last first, so that each can point to the next. A later lane with nothing to match in this
        // language (no entry, no scare mapping to one of its dimensions) is left out.
        var firstHigh = Math.Min(dimensionCount, 64 - MarkerKinds.Count);
        LanguageMatcher? next = null;
        for (var low = firstHigh + ((dimensionCount - firstHigh + 63) / 64 - 1) * 64; low >= firstHigh; low -= 64)
        {
            var lane = CreateLane(lexicon, profile, dimensionIndex, context, [], new SlotBits(low, Math.Min(low + 64, dimensionCount), dimensionCount), next);
            if (lane.Entries.Length > 0 || context.Scares.Any(s => s is not null && lane.Owns(s.DimensionIndex)))
            {
                next = lane;
            }
        }

        return CreateLane(lexicon, profile, dimensionIndex, context, markers, new SlotBits(0, firstHigh, dimensionCount), next);
    }

    private static LanguageMatcher CreateLane(Lexicon lexicon, LanguageProfile profile, IReadOnlyDictionary<string, int> dimensionIndex, MatcherContext context, List<MarkerWords> markers, SlotBits bits, LanguageMatcher? nextLane)
    {
        var dimensionCount = lexicon.Dimensions.Count;
        // Pattern words by their written form ("word", or "word*" for a prefix), which names each one exactly: string
        // keys, because a dictionary keyed by the PatternWord struct had to be compiled at every start.
        var elementIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var elementWords = new List<string>();
        var plainOf = new List<int>(); // per element: for a word joined by a conjunction, the element of the word itself; else -1
        var conjoined = new EdgeMap(); // (conjunction << 32 | word's element) -> the element of the word joined by it
        int ElementOf(PatternWord word)
        {
            var written = word.ToString();
            if (!elementIds.TryGetValue(written, out var id))
            {
                id = elementWords.Count;
                elementIds[written] = id;
                elementWords.Add(written);
                plainOf.Add(-1);
            }

            return id;
        }

        // A word written after a lone conjunction (أمن و استقرار) is an element of its own, which no reading of a token
        // spells (its key holds a space): a token reaches it only through its word's reading with that conjunction removed
        // (ContinuationElement), and only after a phrase's first word.
        int ConjoinedOf(char conjunction, PatternWord word)
        {
            var plain = ElementOf(word);
            var key = ((long)conjunction << 32) | (uint)plain;
            if (!conjoined.TryGetValue(key, out var id))
            {
                id = elementWords.Count;
                var written = conjunction + " " + word;
                elementIds[written] = id;
                elementWords.Add(written);
                plainOf.Add(plain);
                conjoined.Add(key, id);
            }

            return id;
        }

        static int PrefixWordCount(PatternWord[] words)
        {
            var count = 0;
            foreach (var word in words)
            {
                count += word.IsPrefix ? 1 : 0;
            }

            return count;
        }

        int[] Elements(string pattern, out PatternWord[] words, bool isExclusion = false) => ElementsWithCommas(pattern, out words, out _, isExclusion);

        int[] ElementsWithCommas(string pattern, out PatternWord[] words, out ulong commaGaps, bool isExclusion = false)
        {
            var parsed = PatternParser.TryParse(pattern, profile.Normalizer, out var error, isExclusion)
                ?? throw new InvalidOperationException($"pattern \"{pattern}\" did not compile: {error}");
            var commas = isExclusion ? PatternParser.CommaBefore(pattern) : null;
            words = WithoutLoneConjunctions(parsed, profile.AffixStripper, out var conjunctions, commas is not null && commas.Length == parsed.Length ? commas : null, out commaGaps);
            var ids = new int[words.Length];
            for (var i = 0; i < words.Length; i++)
            {
                // An exclusion's words are found through any reading of a token (HasElement), with its conjunction or not.
                ids[i] = conjunctions[i] != '\0' && !isExclusion ? ConjoinedOf(conjunctions[i], words[i]) : ElementOf(words[i]);
            }

            return ids;
        }

        var trie = new PatternTrie.Builder();
        var entries = new List<CompiledEntry>();
        var patternElements = new List<(int Element, int Dimension)>();
        var patternStarts = new List<(int Element, int Dimension)>();
        for (var e = 0; e < lexicon.Entries.Count; e++)
        {
            var entry = lexicon.Entries[e];
            if (!string.Equals(entry.Language, profile.Code, StringComparison.Ordinal) || !bits.Owns(dimensionIndex[entry.DimensionId]))
            {
                continue;
            }

            var elements = Elements(entry.Pattern, out var words);
            foreach (var element in elements)
            {
                patternElements.Add((element, dimensionIndex[entry.DimensionId]));
            }

            if (elements.Length > 0)
            {
                patternStarts.Add((elements[0], dimensionIndex[entry.DimensionId]));
            }

            var exclusions = new CompiledExclusion[entry.Exclusions.Count];
            for (var x = 0; x < exclusions.Length; x++)
            {
                var excluded = ElementsWithCommas(entry.Exclusions[x], out var excludedWords, out var commaGaps, isExclusion: true);
                exclusions[x] = CompiledExclusion.Create(excluded, EntryReader.ExclusionOffset(excludedWords, words), elements.Length, commaGaps);
            }

            var dimension = lexicon.Dimensions[dimensionIndex[entry.DimensionId]];
            trie.Add(elements, entries.Count);
            entries.Add(new CompiledEntry(
                e,
                dimensionIndex[entry.DimensionId],
                bits.Of(dimensionIndex[entry.DimensionId]),
                entry.Side,
                entry.WeightMilli,
                words.Length,
                exclusions,
                AllowedTargets(lexicon, entry.EffectiveTarget(dimension)),
                entry.EffectiveTargetDefault(dimension),
                PrefixWordCount(words)));
        }

        void AddMarkers(IEnumerable<string> patterns, MarkerKind kind, int payload, IReadOnlyList<string> exclusionPatterns)
        {
            var slot = dimensionCount + (int)kind;
            foreach (var pattern in patterns)
            {
                var elements = Elements(pattern, out var words);

                // The exclusions that hold this word (of the speech cues: "claimed the lives" for claimed).
                var exclusions = new List<CompiledExclusion>();
                foreach (var exclusionPattern in exclusionPatterns)
                {
                    var excludedWords = PatternParser.TryParse(exclusionPattern, profile.Normalizer, out _, isExclusion: true);
                    var offset = excludedWords is null ? -1 : EntryReader.ExclusionOffset(excludedWords, words);
                    if (offset >= 0 && excludedWords!.Length > words.Length)
                    {
                        exclusions.Add(CompiledExclusion.Create(Elements(exclusionPattern, out _, isExclusion: true), offset, elements.Length));
                    }
                }

                foreach (var element in elements)
                {
                    patternElements.Add((element, slot));
                }

                if (elements.Length > 0)
                {
                    patternStarts.Add((elements[0], slot));
                }

                trie.Add(elements, entries.Count);
                entries.Add(new CompiledEntry(payload, slot, bits.Of(slot), PoleSide.A, 0, words.Length, [.. exclusions]));
            }
        }

        foreach (var (patterns, kind, payload, exclusions) in markers)
        {
            AddMarkers(patterns, kind, payload, exclusions);
        }

        var wordTrie = CharTrie.Build(elementWords);

        // A bit per slot whose patterns use the element (0: the element only appears in exclusions).
        var masks = new ulong[elementWords.Count];
        foreach (var (id, slot) in patternElements)
        {
            masks[id] |= bits.Of(slot);
            if (plainOf[id] >= 0)
            {
                // A token reaches a word joined by a conjunction through the word itself (see ConjoinedOf).
                masks[plainOf[id]] |= bits.Of(slot);
            }
        }

        // The same bits, for the patterns that begin with the element (see StartSlots).
        var startMasks = new ulong[elementWords.Count];
        foreach (var (id, slot) in patternStarts)
        {
            startMasks[id] |= bits.Of(slot);
        }

        return new LanguageMatcher(profile, wordTrie, masks, startMasks, trie.Build(), [.. entries], context, bits, nextLane, conjoined);
    }

    /// <summary>
    /// The slots (dimensions and marker kinds, as the bits of occurrence masks) whose entries begin with
    /// <paramref name="element"/>. A walk of the trie from a token can only end in an entry whose slot one of the token's
    /// occurrences has both in its mask and here, so a token without such a slot starts no walk (a word found only
    /// inside phrases, such as the last word of «وقف إطلاق النار»).
    /// </summary>
    /// <param name="element">A pattern word's id.</param>
    public ulong StartSlots(int element) => _startMasks[element];

    /// <summary>
    /// The element a phrase's word after the first steps with when a token's reading of <paramref name="element"/> removed
    /// the conjunction <paramref name="conjunction"/> (<see cref="AffixStripper.RemovedConjunction"/>): the element of that
    /// word written after that lone conjunction in a pattern (أمن و استقرار), or -1 when no pattern writes it so. A
    /// conjunction glued to a later word of a phrase begins a new phrase: «التنظيم والدولة» is two things, not تنظيم الدولة.
    /// </summary>
    /// <param name="element">A pattern word's id.</param>
    /// <param name="conjunction">The conjunction removed.</param>
    public int ContinuationElement(int element, char conjunction) =>
        _conjoined.TryGetValue(((long)conjunction << 32) | (uint)element, out var id) ? id : -1;

    /// <summary>
    /// A pattern's words without its lone conjunctions (a word that is a conjunction clitic written apart, such as و, between
    /// two words: «أمن و استقرار»), and per word left the conjunction written before it (<c>'\0'</c>: none); with
    /// <paramref name="commas"/> (per word of <paramref name="words"/>, a comma written before it), the words left that
    /// have a comma before them or before the lone conjunction ahead of them, as bits (words past the 64th have none).
    /// </summary>
    private static PatternWord[] WithoutLoneConjunctions(PatternWord[] words, AffixStripper? stripper, out char[] conjunctions, bool[]? commas, out ulong commaGaps)
    {
        commaGaps = 0;
        var pendingComma = false;
        var lone = 0;
        for (var i = 1; i < words.Length - 1; i++)
        {
            lone += IsLoneConjunction(words[i], stripper) ? 1 : 0;
        }

        var kept = new PatternWord[words.Length - lone];
        conjunctions = new char[kept.Length];
        var k = 0;
        for (var i = 0; i < words.Length; i++)
        {
            pendingComma |= commas is not null && commas[i];
            if (i > 0 && i < words.Length - 1 && IsLoneConjunction(words[i], stripper))
            {
                conjunctions[k] = words[i].Text[0];
                continue;
            }

            if (pendingComma && k < 64)
            {
                commaGaps |= 1UL << k;
            }

            pendingComma = false;
            kept[k++] = words[i];
        }

        return kept;
    }

    private static bool IsLoneConjunction(PatternWord word, AffixStripper? stripper) =>
        stripper is not null && !word.IsPrefix && word.Text.Length == 1 && stripper.DetachedProclitic(word.Text) is (true, false);

    /// <summary>Which actors (by index) a rule lets a match be aimed at; null for no rule.</summary>
    private static bool[]? AllowedTargets(Lexicon lexicon, TargetRule? rule)
    {
        if (rule is null)
        {
            return null;
        }

        var allowed = new bool[lexicon.Actors.Count];
        for (var a = 0; a < allowed.Length; a++)
        {
            allowed[a] = rule.Allows(lexicon.Actors[a].Id);
        }

        return allowed;
    }

    private static CompiledScare? Scare(Lexicon lexicon, Actor actor, string language, IReadOnlyDictionary<string, int> dimensionIndex)
    {
        if (actor.Scare is not { } scare)
        {
            return null;
        }

        var entry = new LexiconEntry(
            language,
            "scare marker + " + actor.Id,
            scare.DimensionId,
            scare.Side,
            scare.WeightMilli,
            $"A scare marker next to a name of actor '{actor.Id}' ({actor.Label}).",
            [],
            [],
            scare.Location);
        return new CompiledScare(dimensionIndex[scare.DimensionId], scare.Side, scare.WeightMilli, entry);
    }

    /// <summary>
    /// Finds the pattern words that a normalized token matches, reading the token first as it is, then with its clitics
    /// removed in the stripper's order. Each dimension takes the first reading that matches any of its pattern words:
    /// an occurrence from a later reading may only count for dimensions that no earlier reading matched (its mask).
    /// Words that only appear in exclusions are recorded with an empty mask, for the exclusion check, from every reading.
    /// </summary>
    /// <returns>The number of occurrences appended to <paramref name="output"/>.</returns>
    /// <param name="token">The normalized token.</param>
    /// <param name="original">The token as written (the stripper may rule out readings by it: a final ة is no pronoun).</param>
    /// <param name="variants">Scratch for the stripper's readings.</param>
    /// <param name="output">Receives the occurrences.</param>
    public int Resolve(ReadOnlySpan<char> token, ReadOnlySpan<char> original, Span<AffixVariant> variants, ElementOccurrences output)
    {
        var start = output.Count;
        var claimed = Collect(ReadOnlySpan<char>.Empty, token, default, start, 0UL, output);
        var stripper = Profile.AffixStripper;
        if (stripper is not null)
        {
            var count = stripper.GetVariantsAsWritten(token, original, variants);
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

    /// <summary>The words of one kind of context word (and its payload: the actor's index for actor names).</summary>
    // A class rather than a value tuple: the installed (ReadyToRun) tool then uses the list code precompiled for
    // references instead of compiling a list of tuples at start.
    private sealed record MarkerWords(IEnumerable<string> Patterns, MarkerKind Kind, int Payload, IReadOnlyList<string> Exclusions);
}
