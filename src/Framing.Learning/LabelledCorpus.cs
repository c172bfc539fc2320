using Framing.Corpus;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Learning;

/// <summary>
/// Scores a corpus with the library's own pipeline (<see cref="CorpusScorer"/>: tokenizer, normalizers, clitic rules,
/// lexicon matches with voice, target and negation status) and keeps, for each document of either side, a
/// <see cref="LabelledDocument"/>. The callback runs in corpus order on one thread, so the result is the same for any
/// degree of parallelism.
/// </summary>
internal sealed class LabelledCorpus
{
    private readonly CompiledLexicon _lexicon;
    private readonly KnownLeanings _leanings;
    private readonly GroupLeaningCheck _groupLeanings;
    private readonly SideSelection _sides;
    private readonly LearningOptions _options;
    private readonly Dictionary<LexiconEntry, int> _entryIndex = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _dimensionIndex = new(StringComparer.Ordinal);
    private readonly SortedSet<string> _leaningsSeen = new(StringComparer.Ordinal);
    private readonly List<LabelledDocument> _documents = [];

    // Kept once, not per document: each outlet's and language's name (a reader makes a new string for each record's
    // field), and the scare weights of a document without scare markers (most documents), which nothing writes into.
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private long[]? _noScare;
    private long _position;
    private long _withoutLeaning;
    private long _otherLeaning;

    public LabelledCorpus(CompiledLexicon lexicon, KnownLeanings leanings, SideSelection sides, LearningOptions options)
    {
        _lexicon = lexicon;
        _leanings = leanings;
        _groupLeanings = new GroupLeaningCheck(leanings);
        _sides = sides;
        _options = options;
        var l = lexicon.Lexicon;
        for (var i = 0; i < l.Entries.Count; i++)
        {
            _entryIndex[l.Entries[i]] = i;
        }

        for (var d = 0; d < l.Dimensions.Count; d++)
        {
            _dimensionIndex[l.Dimensions[d].Id] = d;
        }
    }

    public IReadOnlyList<LabelledDocument> Documents => _documents;

    /// <summary>Side A's outlets then side B's, each sorted (ordinal); <see cref="LabelledDocument.OutletIndex"/> points here.</summary>
    public IReadOnlyList<(string Outlet, bool IsSideA)> Outlets { get; private set; } = [];

    /// <summary>Scores the corpus; <c>onDocument</c> is also called for each document of either side (for example to
    /// count its n-grams), in corpus order.</summary>
    public LearningDocuments Read(
        IEnumerable<CorpusItem> items,
        Func<Document, string> groupOf,
        Func<Document, string?>? languageOf,
        Action<Diagnostic>? onRejected,
        Action<LabelledDocument, Document>? onDocument,
        CancellationToken cancellationToken)
    {
        var scorer = new CorpusScorer(_lexicon, new ScoringOptions { CollectMatches = true }, null, _options.MaxDegreeOfParallelism);
        var tally = scorer.Score(items, groupOf, languageOf, (document, group, result) => Add(document, group, result, onDocument), onRejected, cancellationToken);
        // The order in which the models see the documents changes their optimiser's sums: fit them in an order that depends
        // on the documents, not on the corpus's order: their ids' keys, then (for ids given twice) their identities; the
        // position only orders documents alike in group, id and text.
        _documents.Sort((x, y) => x.Key != y.Key ? x.Key.CompareTo(y.Key) : x.Identity != y.Identity ? x.Identity.CompareTo(y.Identity) : x.Position.CompareTo(y.Position));
        var outletsA = _documents.Where(d => d.IsSideA).Select(d => d.Outlet).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var outletsB = _documents.Where(d => !d.IsSideA).Select(d => d.Outlet).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Outlets = [.. outletsA.Select(o => (o, true)), .. outletsB.Select(o => (o, false))];
        var index = new Dictionary<(string, bool), int>();
        for (var i = 0; i < Outlets.Count; i++)
        {
            index[Outlets[i]] = i;
        }

        foreach (var d in _documents)
        {
            d.OutletIndex = index[(d.Outlet, d.IsSideA)];
        }

        return new LearningDocuments(
            tally.ScoredDocuments,
            tally.RejectedDocuments,
            _documents.Count(d => d.IsSideA),
            _documents.Count(d => !d.IsSideA),
            _withoutLeaning,
            _otherLeaning,
            outletsA,
            outletsB,
            [.. _leaningsSeen])
        {
            KnownGroupsNotInCorpus = _groupLeanings.GroupsNotSeen(),
        };
    }

    // Of the group, id and the whole text (DocumentSample's identity reads only a long text's length, head and tail: two
    // versions of an article that differ in the middle would tie, and be left in corpus order).
    private static ulong WholeIdentity(string group, Document document) =>
        System.IO.Hashing.XxHash3.HashToUInt64(
            System.Runtime.InteropServices.MemoryMarshal.AsBytes(document.Text.AsSpan()),
            unchecked((long)DocumentSample.IdentityOf(group, DocumentSample.OwnId(document), ReadOnlySpan<char>.Empty)));

    // The one instance of a name kept by the documents.
    private string Once(string name)
    {
        if (!_names.TryGetValue(name, out var kept))
        {
            _names[name] = kept = name;
        }

        return kept;
    }

    private void Add(Document document, string group, DocumentResult result, Action<LabelledDocument, Document>? onDocument)
    {
        var position = _position++;
        var leaning = _leanings.LeaningOf(document, group);
        if (leaning is null)
        {
            _withoutLeaning++;
            return;
        }

        _groupLeanings.Note(document, group, leaning);
        _leaningsSeen.Add(leaning);
        if (_sides.SideOf(leaning) is not { } side)
        {
            _otherLeaning++;
            return;
        }

        var dimensions = _lexicon.Lexicon.Dimensions.Count;
        long[]? scareA = null;
        long[]? scareB = null;
        var counts = new SortedDictionary<int, int>();
        foreach (var match in result.Matches)
        {
            if (match.Status != MatchStatus.Counted || !_options.Voices.Includes(match.Voice))
            {
                continue;
            }

            if (match.Kind == MatchKind.ScareMarker)
            {
                var d = _dimensionIndex[match.Dimension.Id];
                if (match.Entry.Side == PoleSide.A)
                {
                    (scareA ??= new long[dimensions])[d] += match.Entry.WeightMilli;
                }
                else if (match.Entry.Side == PoleSide.B)
                {
                    (scareB ??= new long[dimensions])[d] += match.Entry.WeightMilli;
                }

                continue;
            }

            if (_entryIndex.TryGetValue(match.Entry, out var e))
            {
                counts[e] = counts.GetValueOrDefault(e) + 1;
            }
        }

        _noScare ??= new long[dimensions];
        var labelled = new LabelledDocument
        {
            // The outlet of the known-leanings row that gave the leaning: a group "a " is outlet "a" for the folds and
            // the outlet-cluster bootstrap too, or half of a's documents would train the model that scores the other half.
            Outlet = Once(_leanings.OutletOf(group)),
            IsSideA = side == KnownSide.A,
            Tokens = result.Tokens,
            Language = Once(result.Language),
            Position = position,
            Key = Framing.Scoring.PoissonResampling.KeyOf(document.Id),
            Identity = WholeIdentity(group, document),
            Entries = [.. counts.Keys],
            EntryCounts = [.. counts.Values],
            ScareA = scareA ?? _noScare,
            ScareB = scareB ?? _noScare,
        };
        _documents.Add(labelled);
        onDocument?.Invoke(labelled, document);
    }
}
