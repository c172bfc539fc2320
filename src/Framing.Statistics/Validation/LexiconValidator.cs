using Framing.Corpus;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Statistics.Validation;

/// <summary>
/// <c>framing validate</c> as a library verb: scores a corpus of outlets of known leaning and measures whether the
/// lexicon separates the two camps: document AUC with an outlet-cluster bootstrap interval, outlet ordering and
/// Spearman correlation per dimension and composite, leave-one-outlet-out figures, and, when asked, the evidence for
/// every entry (see <see cref="ValidationReport"/>).
/// </summary>
/// <example>
/// <code>
/// var lexicon = Lexicon.Load("syria-conflict").Compile();
/// var leanings = KnownLeanings.Load("known-leanings.csv");
/// var sides = SideSelection.Parse("pro-damascus", "anti-damascus");
/// var report = new LexiconValidator(lexicon, leanings, sides).Validate(documents, d => d.GetField("outlet") ?? "");
/// Console.WriteLine(report.Axis("damascus-alignment").Auc);
/// </code>
/// </example>
public sealed class LexiconValidator
{
    private readonly CompiledLexicon _lexicon;
    private readonly KnownLeanings _leanings;
    private readonly SideSelection _sides;
    private readonly ValidationOptions _options;

    /// <summary>Creates a validator.</summary>
    /// <param name="lexicon">The compiled lexicon.</param>
    /// <param name="leanings">The documents' known leanings (per group, or a document field).</param>
    /// <param name="sides">Which leanings are side A's (pole A's camp) and side B's.</param>
    /// <param name="options">Options (default: <see cref="ValidationOptions.Default"/>).</param>
    public LexiconValidator(CompiledLexicon lexicon, KnownLeanings leanings, SideSelection sides, ValidationOptions? options = null)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        _leanings = leanings ?? throw new ArgumentNullException(nameof(leanings));
        _sides = sides ?? throw new ArgumentNullException(nameof(sides));
        _options = options ?? ValidationOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(_options.Replicates, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxDegreeOfParallelism, 1, nameof(options));
        if (!(_options.ConfidenceLevel > 0 && _options.ConfidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "the confidence level must be between 0 and 1");
        }
    }

    /// <summary>Validates the lexicon on documents held in memory.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="groupOf">The group (outlet) of a document.</param>
    /// <param name="languageOf">The language of a document, or null to detect it from the script.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report.</returns>
    public ValidationReport Validate(IEnumerable<Document> documents, Func<Document, string> groupOf, Func<Document, string?>? languageOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Validate(documents.Select(CorpusItem.Accepted), groupOf, languageOf, null, cancellationToken);
    }

    /// <summary>Validates the lexicon on a corpus as a reader yields it (streamed: documents are scored and dropped;
    /// only one number per document and axis is kept for the documents of either side).</summary>
    /// <param name="items">Documents and rejected records.</param>
    /// <param name="groupOf">The group (outlet) of a document; runs on worker threads.</param>
    /// <param name="languageOf">The language of a document, or null to detect it; runs on worker threads.</param>
    /// <param name="onRejected">Called for each rejected record, in corpus order; throw from it to stop.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report; identical for every degree of parallelism.</returns>
    public ValidationReport Validate(
        IEnumerable<CorpusItem> items,
        Func<Document, string> groupOf,
        Func<Document, string?>? languageOf = null,
        Action<Diagnostic>? onRejected = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(groupOf);
        var lexicon = _lexicon.Lexicon;
        var axes = lexicon.Axes.ToArray();
        var entryRows = _options.Entries ? new EntryRows(lexicon) : null;
        var run = new ValidationRun(_leanings, _sides, axes, entryRows, _options.Voices);
        var scorer = new CorpusScorer(_lexicon, new ScoringOptions { CollectMatches = _options.Entries }, null, _options.MaxDegreeOfParallelism);
        var tally = scorer.Score(items, groupOf, languageOf, run.Add, onRejected, cancellationToken);

        var outlets = run.Outlets();
        var outletsA = outlets.Count(o => o.Side == KnownSide.A);
        var bootstrap = new ClusterBootstrap(outletsA, outlets.Length - outletsA, _options.Replicates, _options.Seed);

        // Each replicate is drawn once and gives every axis's AUC and every entry's ratio, so the draws (replicates ×
        // outlets) are never stored.
        var counts = new AxisCounts[axes.Length];
        for (var x = 0; x < axes.Length; x++)
        {
            counts[x] = new AxisCounts(outlets, x, bootstrap);
        }

        var entryReplicates = entryRows is null ? null : new EntryReplicates(entryRows.Count, outlets, bootstrap);
        if (bootstrap.Obstacle() is null)
        {
            bootstrap.ForEach(_options.MaxDegreeOfParallelism, (b, m) =>
            {
                foreach (var axis in counts)
                {
                    axis.AddReplicate(b, m);
                }

                entryReplicates?.AddReplicate(b, m);
            },
            cancellationToken);
        }

        var axisRows = new List<AxisValidation>(axes.Length);
        var outletRows = new List<OutletValidation>(axes.Length * outlets.Length);
        for (var x = 0; x < axes.Length; x++)
        {
            var (axis, perOutlet) = AxisFigures.Compute(axes[x], x, outlets, counts[x], bootstrap, _options.ConfidenceLevel);
            axisRows.Add(axis);
            outletRows.AddRange(perOutlet);
        }

        var entries = entryRows is null || entryReplicates is null
            ? []
            : EntryFigures.Compute(lexicon, entryRows, outlets, bootstrap, entryReplicates, _options.ConfidenceLevel, _options.MaxDegreeOfParallelism);
        var documents = new ValidationDocuments(
            tally.ScoredDocuments, tally.RejectedDocuments, run.SideA, run.SideB, run.WithoutLeaning, run.GroupsWithoutLeaning, run.ByLeaning)
        {
            KnownGroupsNotInCorpus = run.KnownGroupsNotInCorpus,
        };
        return new ValidationReport(lexicon, _leanings, _sides, _options, documents, axisRows, outletRows, entries);
    }
}
