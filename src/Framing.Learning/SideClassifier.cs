using Framing.Corpus;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;
using Framing.Text;

namespace Framing.Learning;

/// <summary>
/// <c>framing learn</c> as a library verb: the classifier baseline. A bag-of-n-grams logistic model (elastic net,
/// Microsoft.ML L-BFGS on one thread) of a document's side, on the library's own terms (those of <c>framing keyness</c>:
/// the tokens of <c>framing score</c>, normalized, Arabic without an article chain, n-grams within a sentence) with
/// document-frequency cut-offs; its document AUC cross-validated by outlet (<see cref="OutletFolds"/>) with an
/// outlet-cluster interval, beside the lexicon's AUC on the same documents; and the most discriminative n-grams of each
/// side, marked in-lexicon, inside-entries, outlet-specific or not-in-lexicon.
/// </summary>
/// <remarks>
/// Reads the corpus twice (three times with <see cref="ClassifierOptions.ContextLines"/>): first to score it with the
/// lexicon and count each n-gram's documents, then to build each document's vector over the kept vocabulary (scoring it
/// again, matches collected, to find which uses of each n-gram lie inside the lexicon's matches). Memory:
/// the first pass's table holds at most <see cref="ClassifierOptions.MaximumCandidates"/> n-grams (when there are more,
/// the corpus is read again for each part of the n-grams, split by a stable hash, so that the counts are exact and do not
/// depend on the order of the documents; see <see cref="ClassifierReport.CountingPasses"/>); the model has at
/// most <see cref="ClassifierOptions.MaximumFeatures"/> features; per document of either side it keeps its kept n-grams
/// (sparse: the distinct kept n-grams of the document) and a few numbers, never its text.
/// </remarks>
/// <example>
/// <code>
/// var classifier = new SideClassifier(Lexicon.Load("syria-conflict").Compile(), KnownLeanings.Load("known.csv"), SideSelection.Parse("pro", "anti"));
/// var report = classifier.Learn(() => reader.Read(), d => d.GetField("outlet") ?? "");
/// Console.WriteLine($"classifier {report.Classifier.Auc}, lexicon {report.Comparisons[^1].Lexicon.Auc}");
/// </code>
/// </example>
public sealed class SideClassifier
{
    private readonly CompiledLexicon _lexicon;
    private readonly KnownLeanings _leanings;
    private readonly SideSelection _sides;
    private readonly ClassifierOptions _options;

    /// <summary>Creates a classifier.</summary>
    /// <param name="lexicon">The lexicon to compare with (and to mark n-grams it has).</param>
    /// <param name="leanings">The documents' known leanings.</param>
    /// <param name="sides">Which leanings are side A's and side B's.</param>
    /// <param name="options">Options (default: <see cref="ClassifierOptions.Default"/>).</param>
    public SideClassifier(CompiledLexicon lexicon, KnownLeanings leanings, SideSelection sides, ClassifierOptions? options = null)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        _leanings = leanings ?? throw new ArgumentNullException(nameof(leanings));
        _sides = sides ?? throw new ArgumentNullException(nameof(sides));
        _options = options ?? ClassifierOptions.Default;
        _options.Learning.Check();
        if (_options.MinimumN < 1 || _options.MaximumN < _options.MinimumN || _options.MaximumN > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "n-grams must satisfy 1 <= min <= max <= 5");
        }

        if (_options.MinimumDocuments < 1 || _options.MaximumFeatures < 1 || _options.MaximumCandidates < 2 || _options.Top < 0 || _options.ContextLines < 0
            || !IsShare(_options.MaximumDocumentShare) || !IsShare(_options.OutletShare) || !IsShare(_options.OutletCoverage) || !IsShare(_options.InsideEntriesShare))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "cut-offs must be positive (and the shares in (0, 1])");
        }

        static bool IsShare(double x) => x > 0 && x <= 1;
    }

    /// <summary>Learns from documents held in memory.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="groupOf">The outlet of a document.</param>
    /// <param name="languageOf">The language of a document, or null to detect it.</param>
    /// <returns>The report.</returns>
    public ClassifierReport Learn(IReadOnlyList<Document> documents, Func<Document, string> groupOf, Func<Document, string?>? languageOf = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Learn(() => documents.Select(CorpusItem.Accepted), groupOf, languageOf, null);
    }

    /// <summary>Learns from a corpus read afresh by <paramref name="open"/> for each pass (two, or three with context lines).</summary>
    /// <param name="open">Opens the corpus; each call must yield the same items in the same order.</param>
    /// <param name="groupOf">The outlet of a document; runs on worker threads.</param>
    /// <param name="languageOf">The language of a document, or null to detect it; runs on worker threads.</param>
    /// <param name="onRejected">Called for each rejected record of the first pass, in corpus order; throw from it to stop.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report; the same for every degree of parallelism and every order of the documents.</returns>
    /// <exception cref="LearningInputException">A side has no documents, or fewer than two outlets.</exception>
    public ClassifierReport Learn(
        Func<IEnumerable<CorpusItem>> open,
        Func<Document, string> groupOf,
        Func<Document, string?>? languageOf = null,
        Action<Diagnostic>? onRejected = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(groupOf);
        var learning = _options.Learning;
        // The lexicon's languages: a language its 'analysis' declares gets that analysis's normalizer and stripper.
        var extractor = new TermExtractor(_options.MinimumN, _options.MaximumN, _lexicon.Languages);
        var scratch = new Dictionary<string, long>(StringComparer.Ordinal);
        var frequencies = new DocumentFrequencies(_options.MaximumCandidates, DocumentFrequencies.Part.Whole);
        var corpus = new LabelledCorpus(_lexicon, _leanings, _sides, learning);
        var usage = corpus.Read(open(), groupOf, languageOf, onRejected, (labelled, document) =>
        {
            scratch.Clear();
            extractor.Count(document.Text, labelled.Language, scratch);
            frequencies.AddDocument(scratch.Keys);
        }, cancellationToken);
        var documents = corpus.Documents;
        LearningInputException.ThrowIfUnusable(usage, "learning");

        var (vocabulary, countingPasses) = frequencies.Overflowed
            ? VocabularyInParts(open, documents, extractor, cancellationToken)
            : (Vocabulary(frequencies.Counts, documents.Count), 1);
        var (rows, outletDocuments, outletScripts, inside) = Vectors(open(), documents, corpus.Outlets.Count, vocabulary, extractor, cancellationToken);
        var labels = documents.Select(d => d.IsSideA).ToArray();
        var folds = OutletFolds.Create(corpus.Outlets.Select(o => (o.Outlet, o.IsSideA ? KnownSide.A : KnownSide.B)), learning.Folds, learning.Seed);
        var foldOf = documents.Select(d => folds.FoldOf(d.Outlet)).ToArray();
        var scores = new double[documents.Count];
        for (var f = 0; f < folds.Count; f++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var train = Enumerable.Range(0, documents.Count).Where(i => foldOf[i] != f).ToArray();
            // Scores leave out the intercept: holding out an outlet of one side shifts the intercept against that side,
            // which would make the pooled scores of different folds incomparable (and the AUC fall below chance).
            var (w, _) = LogisticFit.Fit([.. train.Select(i => rows[i])], [.. train.Select(i => labels[i])], vocabulary.Count, learning);
            for (var i = 0; i < documents.Count; i++)
            {
                if (foldOf[i] == f)
                {
                    scores[i] = rows[i].Dot(w, 0f);
                }
            }
        }

        var outOfFold = documents.Select((d, i) => (d.OutletIndex, d.IsSideA, scores[i])).ToList();
        cancellationToken.ThrowIfCancellationRequested();
        var (auc, low, high) = GroupedAuc.Compute(outOfFold, learning, cancellationToken: cancellationToken);
        var foldAucs = Enumerable.Range(0, folds.Count)
            .Select(f => GroupedAuc.Compute(outOfFold.Where((_, i) => foldOf[i] == f).ToList(), learning with { Replicates = 0 }, cancellationToken: cancellationToken).Auc)
            .ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        var comparisons = Compare(documents, auc, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var (weights, _) = LogisticFit.Fit(rows, labels, vocabulary.Count, learning);
        cancellationToken.ThrowIfCancellationRequested();
        var terms = Terms(vocabulary, weights, inside, documents, corpus.Outlets, outletDocuments, outletScripts);
        if (_options.ContextLines > 0 && terms.Count > 0)
        {
            terms = WithContext(terms, open(), documents, cancellationToken);
        }

        cancellationToken.ThrowIfCancellationRequested(); // a run cancelled during the last phase returns no report
        return new ClassifierReport(
            _lexicon.Lexicon, _sides, _options, usage, folds, new AxisAuc(auc, low, high), foldAucs, comparisons, vocabulary.Count, countingPasses, terms);
    }

    /// <summary>The kept n-grams, sorted (ordinal): in at least MinimumDocuments and at most MaximumDocumentShare of the
    /// documents, the MaximumFeatures most frequent (ties: ordinal).</summary>
    private List<string> Vocabulary(IEnumerable<KeyValuePair<string, int>> frequencies, int documents) => Sorted(MostFrequent(frequencies, documents));

    /// <summary>The n-grams of a selection, sorted (ordinal).</summary>
    private static List<string> Sorted(List<KeyValuePair<string, int>> selection) => [.. selection.Select(p => p.Key).Order(StringComparer.Ordinal)];

    /// <summary>The MaximumFeatures n-grams within the cut-offs, most frequent first (ties: ordinal).</summary>
    private List<KeyValuePair<string, int>> MostFrequent(IEnumerable<KeyValuePair<string, int>> frequencies, int documents)
    {
        var most = (int)Math.Floor(_options.MaximumDocumentShare * documents);
        return frequencies
            .Where(p => p.Value >= _options.MinimumDocuments && p.Value <= most)
            .OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(_options.MaximumFeatures)
            .ToList();
    }

    /// <summary>
    /// The vocabulary when the first pass found more distinct n-grams than <see cref="ClassifierOptions.MaximumCandidates"/>:
    /// the corpus is read again for each part of the n-grams (halves of the vocabulary by a stable hash, each halved again
    /// while it is too large), and each part's exact document frequencies keep their best n-grams. The result is the
    /// vocabulary the whole table would give, whatever the order of the documents; only the memory is bounded.
    /// </summary>
    /// <returns>The vocabulary and the number of passes that counted n-grams (the first one included).</returns>
    private (List<string> Vocabulary, int Passes) VocabularyInParts(
        Func<IEnumerable<CorpusItem>> open, IReadOnlyList<LabelledDocument> documents, TermExtractor extractor, CancellationToken cancellationToken)
    {
        var (low, high) = DocumentFrequencies.Part.Whole.Halves();
        var parts = new Queue<DocumentFrequencies.Part>([low, high]);
        var best = new List<KeyValuePair<string, int>>();
        var passes = 1;
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        while (parts.TryDequeue(out var part))
        {
            var table = new DocumentFrequencies(_options.MaximumCandidates, part);
            ForEachLabelled(open(), documents, (i, document) =>
            {
                counts.Clear();
                extractor.Count(document.Text, documents[i].Language, counts);
                table.AddDocument(counts.Keys);
            }, cancellationToken);
            passes++;
            if (table.Overflowed)
            {
                var (first, second) = part.Halves();
                parts.Enqueue(first);
                parts.Enqueue(second);
                continue;
            }

            best = MostFrequent(best.Concat(table.Counts), documents.Count);
        }

        return (Sorted(best), passes);
    }

    /// <summary>Each labelled document of a fresh reading of the corpus, in corpus order, with its index in <paramref name="documents"/>.</summary>
    private static void ForEachLabelled(
        IEnumerable<CorpusItem> items, IReadOnlyList<LabelledDocument> documents, Action<int, Document> action, CancellationToken cancellationToken)
    {
        var byPosition = new Dictionary<long, int>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            byPosition[documents[i].Position] = i;
        }

        long position = 0;
        foreach (var item in items)
        {
            if (item.Document is not { } document)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (byPosition.TryGetValue(position++, out var i))
            {
                action(i, document);
            }
        }
    }

    /// <summary>Second pass: each labelled document's vector (log(1 + count), L2-normalised), per outlet the documents that
    /// use each feature and the documents with letters of the Arabic script and of another script.</summary>
    // Each document's vector over the vocabulary; how many of its documents each outlet has of each n-gram; and the share
    // of each n-gram's uses that lie inside matches of the lexicon's entries (counted or not), found by scoring the
    // document with the lexicon again, matches collected.
    private (SparseRow[] Rows, int[][] OutletDocuments, OutletScripts OutletScripts, double[] Inside) Vectors(
        IEnumerable<CorpusItem> items, IReadOnlyList<LabelledDocument> documents, int outlets, List<string> vocabulary, TermExtractor extractor, CancellationToken cancellationToken)
    {
        var index = new Dictionary<string, int>(vocabulary.Count, StringComparer.Ordinal);
        for (var i = 0; i < vocabulary.Count; i++)
        {
            index[vocabulary[i]] = i;
        }

        var rows = new SparseRow[documents.Count];
        var outletDocuments = Enumerable.Range(0, outlets).Select(_ => new int[vocabulary.Count]).ToArray();
        var outletScripts = new OutletScripts(outlets);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var insideCounts = new Dictionary<string, long>(StringComparer.Ordinal);
        var uses = new long[vocabulary.Count];
        var usesInside = new long[vocabulary.Count];
        var scorer = _lexicon.CreateScorer(new ScoringOptions { CollectMatches = true });
        var spans = new List<(int Start, int End)>();
        ForEachLabelled(items, documents, (i, document) =>
        {
            var labelled = documents[i];
            outletScripts.Add(labelled.OutletIndex, document.Text);
            counts.Clear();
            extractor.Count(document.Text, labelled.Language, counts);
            insideCounts.Clear();
            spans.Clear();
            var matched = scorer.Score(document.Id, document.Text, labelled.Language);
            foreach (var m in matched.Matches.Concat(matched.UncountedMatches))
            {
                if (m.Kind == MatchKind.Entry)
                {
                    spans.Add((m.Start, m.Start + m.Length));
                }
            }

            extractor.CountWithin(document.Text, labelled.Language, spans, insideCounts);
            var features = new List<(int Index, float Value)>();
            foreach (var (term, count) in counts)
            {
                if (index.TryGetValue(term, out var f))
                {
                    features.Add((f, (float)Math.Log(1 + count)));
                    outletDocuments[labelled.OutletIndex][f]++;
                    uses[f] += count;
                    usesInside[f] += insideCounts.GetValueOrDefault(term);
                }
            }

            features.Sort((x, y) => x.Index.CompareTo(y.Index));
            var norm = (float)Math.Sqrt(features.Sum(x => (double)x.Value * x.Value));
            rows[i] = new SparseRow([.. features.Select(x => x.Index)], [.. features.Select(x => norm > 0 ? x.Value / norm : 0f)]);
        }, cancellationToken);

        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] ??= SparseRow.Empty;
        }

        return (rows, outletDocuments, outletScripts, [.. uses.Select((u, f) => u == 0 ? 0 : (double)usesInside[f] / u)]);
    }

    private LexiconComparison[] Compare(IReadOnlyList<LabelledDocument> documents, double classifierAuc, CancellationToken cancellationToken)
    {
        var lexicon = _lexicon.Lexicon;
        var shares = new AxisShares(lexicon);
        var weights = lexicon.Entries.Select(e => e.WeightMilli).ToArray();
        var all = documents.Select(d => shares.Shares(d, weights)).ToArray();
        // A dimension that a composite takes with sign -1 has side A's framing at its pole B: its pole-A share's AUC is
        // below 0.5 when it separates the camps as the composite means, so what it captures is read the other way round.
        var signs = CalibrationOrientation.Of(lexicon).Signs;
        var result = new LexiconComparison[shares.Ids.Count];
        for (var x = 0; x < shares.Ids.Count; x++)
        {
            var (auc, low, high) = GroupedAuc.Compute(documents.Select((d, i) => (d.OutletIndex, d.IsSideA, all[i][x])).ToList(), _options.Learning, cancellationToken: cancellationToken);
            var sign = x < shares.Dimensions ? signs[x] : 1;
            var captured = classifierAuc > 0.5 ? sign * (auc - 0.5) / (classifierAuc - 0.5) : double.NaN;
            result[x] = new LexiconComparison(shares.Ids[x], x >= shares.Dimensions, new AxisAuc(auc, low, high), captured);
        }

        return result;
    }

    private List<DiscriminativeTerm> Terms(
        List<string> vocabulary, float[] weights, double[] inside, IReadOnlyList<LabelledDocument> documents,
        IReadOnlyList<(string Outlet, bool IsSideA)> outlets, int[][] outletDocuments, OutletScripts outletScripts)
    {
        var marker = new LexiconTermLabels(_lexicon);
        var outletSizes = new int[outlets.Count];
        foreach (var d in documents)
        {
            outletSizes[d.OutletIndex]++;
        }

        var ranked = Enumerable.Range(0, vocabulary.Count).Where(f => weights[f] != 0).ToArray();
        var sideA = ranked.Where(f => weights[f] > 0).OrderByDescending(f => weights[f]).ThenBy(f => vocabulary[f], StringComparer.Ordinal).Take(_options.Top);
        var sideB = ranked.Where(f => weights[f] < 0).OrderBy(f => weights[f]).ThenBy(f => vocabulary[f], StringComparer.Ordinal).Take(_options.Top);
        var terms = new List<DiscriminativeTerm>();
        foreach (var f in sideA.Concat(sideB))
        {
            int a = 0, b = 0, using_ = 0, top = 0;
            for (var o = 0; o < outlets.Count; o++)
            {
                var n = outletDocuments[o][f];
                (outlets[o].IsSideA ? ref a : ref b) += n;
                using_ += n > 0 ? 1 : 0;
                if (n > outletDocuments[top][f])
                {
                    top = o;
                }
            }

            var total = a + b;
            var share = total == 0 ? 0 : (double)outletDocuments[top][f] / total;
            var coverage = outletSizes[top] == 0 ? 0 : (double)outletDocuments[top][f] / outletSizes[top];
            // Compared with the other outlets of its side that could use it, in their documents that could (a camp's word
            // is common in all of them; a byline in one): those with letters of its script, so that an Arabic word is not
            // taken for a byline because the side's English outlets lack it. When no other outlet of its side writes its
            // script, with the other outlets that do.
            var arabic = ScriptDetector.ArabicLetterShare(vocabulary[f]) > 0.5;
            int OfScript(int o) => outletScripts.Documents(o, arabic);
            var peers = Enumerable.Range(0, outlets.Count).Where(o => o != top && OfScript(o) > 0 && outlets[o].IsSideA == outlets[top].IsSideA).ToList();
            if (peers.Count == 0)
            {
                peers = [.. Enumerable.Range(0, outlets.Count).Where(o => o != top && OfScript(o) > 0)];
            }

            var restDocuments = peers.Sum(OfScript);
            var restCoverage = restDocuments == 0 ? 0 : (double)peers.Sum(o => outletDocuments[o][f]) / restDocuments;
            var specific = using_ <= 1 || share >= _options.OutletShare || (coverage >= _options.OutletCoverage && restCoverage <= coverage / 4);
            // In the lexicon only when an entry matches the n-gram as written: an Arabic n-gram that an entry matches only
            // with the article (نظام, where the entry is النظام) pools uses the lexicon does not count, so its mark
            // comes from where its uses are, and its lexicon column says "with ال: …" (or "partial: …").
            var (whole, lexicon) = marker.Label(vocabulary[f]);
            var mark = whole ? TermMark.InLexicon
                : inside[f] >= _options.InsideEntriesShare ? TermMark.InsideEntries
                : specific ? TermMark.OutletSpecific
                : TermMark.NotInLexicon;
            // The language of its script, as the lexicon reads a text of that script without a language (a declared
            // language when the lexicon lacks ar or en); the contexts, when asked for, give the documents' own.
            var language = _lexicon.ScriptLanguage(arabic ? "ar" : "en");
            terms.Add(new DiscriminativeTerm(
                vocabulary[f], weights[f] > 0, weights[f], a, b, using_, outlets[top].Outlet, share, coverage, lexicon, specific, mark, [], language)
            {
                InsideEntries = inside[f],
            });
        }

        return terms;
    }

    private List<DiscriminativeTerm> WithContext(List<DiscriminativeTerm> terms, IEnumerable<CorpusItem> items, IReadOnlyList<LabelledDocument> documents, CancellationToken cancellationToken)
    {
        var contexts = new TermContexts(terms.Select(t => t.Term), _options.ContextLines, _lexicon.Languages);
        // Each document's rank in the order the models fit them (drawn from ids, not the corpus's order): the lines come
        // from the lowest-ranked documents, so the whole corpus is read (no early stop at the first lines found).
        var byPosition = documents.Select((d, rank) => (d, rank)).ToDictionary(x => x.d.Position, x => (Labelled: x.d, Rank: (long)x.rank));
        long position = 0;
        foreach (var item in items)
        {
            if (item.Document is not { } document)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (byPosition.TryGetValue(position++, out var found))
            {
                contexts.Add(document.Text, found.Labelled.Language, found.Rank);
            }
        }

        return terms.Select(t =>
        {
            var lines = contexts.Of(t.Term);
            return t with { Context = [.. lines.Select(l => l.Line)], Language = lines.Count > 0 ? lines[0].Language : t.Language };
        }).ToList();
    }
}
