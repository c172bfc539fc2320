using Framing.Corpus;
using Framing.Coverage;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;
using Framing.Statistics.Comparisons;
using Framing.Statistics.Scores;
using Framing.Statistics.Validation;
using Framing.Verbs;
using Framing.Statistics;
using Framing.Text;

namespace Framing.Reports;

/// <summary>
/// Gathers a report's figures from a corpus in one streamed pass: the scores with bootstrap intervals (as
/// <c>framing score</c>), the differences between groups (as <c>framing compare</c>), each group's distinctive terms
/// (as <c>framing keyness --target G --reference rest</c>), the entries that count most, the first matches in context
/// (as <c>framing kwic</c>) and the unmatched vocabulary (as <c>framing coverage</c>). Memory grows with the groups'
/// vocabularies and the documents' pole weights (for the permutation tests), not with their text.
/// </summary>
/// <example>
/// <code>
/// var lexicon = Lexicon.Load("starter");
/// var builder = new ReportBuilder(lexicon, ReportOptions.Default with { Seed = 7 });
/// var model = builder.Build(CorpusReaderFactory.Open("corpus.jsonl").Read(), d => d.GetField("outlet") ?? "", "corpus.jsonl", "0.1.0");
/// File.WriteAllText("report.html", HtmlReport.Render(model));
/// </code>
/// </example>
public sealed class ReportBuilder
{
    private readonly Lexicon _lexicon;
    private readonly ReportOptions _options;

    /// <summary>Creates a builder.</summary>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="options">Options, or null for <see cref="ReportOptions.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of its range; the message names it.</exception>
    public ReportBuilder(Lexicon lexicon, ReportOptions? options = null)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        _options = Checked(options ?? ReportOptions.Default);
    }

    /// <summary>
    /// Refuses an option out of its range before any document is read, naming it. Before, a confidence level of 2 failed
    /// only after scoring, with the runtime's bland message; 0 permutations gave every difference p = 1, and a negative
    /// count of lines or terms, or a minimum of 0 documents, went through.
    /// </summary>
    private static ReportOptions Checked(ReportOptions options)
    {
        if (options.Replicates is < 0 or > BootstrapSettings.MaxReplicates)
        {
            throw OutOfRange("Replicates", options.Replicates, $"0 (no score intervals) or 1 to {BootstrapSettings.MaxReplicates}");
        }

        if (!(options.ConfidenceLevel > 0 && options.ConfidenceLevel < 1))
        {
            throw OutOfRange("ConfidenceLevel", options.ConfidenceLevel, "between 0 and 1, e.g. 0.95");
        }

        if (options.Voices == 0 || (options.Voices & ~VoiceSelection.All) != 0)
        {
            throw OutOfRange("Voices", options.Voices, "one or more voices (VoiceSelection.Editorial, Attributed, Quoted or a combination)");
        }

        if (!Enum.IsDefined(options.Pairs))
        {
            throw OutOfRange("Pairs", options.Pairs, "ComparisonPairs.All, VersusRest or One");
        }

        if ((options.Pairs == ComparisonPairs.One) != (options.Pair is not null)
            || options.Pair is { } pair && (string.IsNullOrEmpty(pair.First) || string.IsNullOrEmpty(pair.Second) || pair.First == pair.Second))
        {
            throw OutOfRange("Pair", options.Pair?.ToString() ?? "null", "two different group names with Pairs = ComparisonPairs.One, and null otherwise");
        }

        AtLeast("Permutations", options.Permutations, 1);
        AtLeast("MinimumDocuments", options.MinimumDocuments, 1);
        AtLeast("MaxDegreeOfParallelism", options.MaxDegreeOfParallelism, 1);
        AtLeast("TopTerms", options.TopTerms, 0);
        AtLeast("MinimumTermCount", options.MinimumTermCount, 0);
        AtLeast("TopEntries", options.TopEntries, 0);
        AtLeast("ContextLines", options.ContextLines, 0);
        AtLeast("ContextWindow", options.ContextWindow, 0);
        AtLeast("CoverageTerms", options.CoverageTerms, 0);
        return options;

        static void AtLeast(string name, int value, int minimum)
        {
            if (value < minimum)
            {
                throw OutOfRange(name, value, $"at least {minimum}");
            }
        }

        static ArgumentOutOfRangeException OutOfRange(string name, object value, string expected) =>
            new(nameof(options), value, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"options.{name} must be {expected}, not {value}"));
    }

    /// <summary>Scores a corpus and gathers every figure of the page.</summary>
    /// <param name="items">Documents and rejected records, as a corpus reader yields them.</param>
    /// <param name="groupOf">The group (outlet) of a document; runs on worker threads.</param>
    /// <param name="corpus">The corpus's description (its path).</param>
    /// <param name="framingVersion">The version of Framing, for the provenance.</param>
    /// <param name="languageOf">The language of a document, or null to detect it; runs on worker threads.</param>
    /// <param name="onRejected">Called for each rejected record, in corpus order; throw from it to stop.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The page model; identical for every degree of parallelism.</returns>
    public ReportModel Build(
        IEnumerable<CorpusItem> items,
        Func<Document, string> groupOf,
        string corpus,
        string framingVersion,
        Func<Document, string?>? languageOf = null,
        Action<Diagnostic>? onRejected = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(groupOf);
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(framingVersion);
        var compiled = _lexicon.Compile();
        var voices = _options.Voices;
        var weights = new DocumentPoleWeights(_lexicon.Dimensions.Count, voices);
        var coverage = new CoverageCounter(compiled);
        var terms = new GroupTermCounts(compiled, languageOf);
        var context = new ContextCollector(_options.ContextLines, _options.ContextWindow);
        var entries = new EntryCounts();
        // Replicates 0: no intervals, for the scores and for the differences (the tests do not need them).
        var bootstrap = _options.Replicates == 0 ? null : new BootstrapSettings(_options.Replicates, _options.Seed) { PooledVoices = voices };
        var scorer = new CorpusScorer(compiled, new ScoringOptions { CollectMatches = true }, bootstrap, _options.MaxDegreeOfParallelism);
        var tally = scorer.Score(
            items,
            groupOf,
            languageOf,
            (document, group, result) =>
            {
                weights.Add(group, document, result);
                coverage.Add(group, document.Text, result);
                terms.Add(group, document);
                context.Add(group, document, result);
                entries.Add(group, result, voices);
            },
            onRejected,
            cancellationToken);

        var axes = Axes();
        var scores = Scores(tally, axes);
        var groups = OrderGroups(tally, scores, axes);
        scores = [.. scores.OrderBy(p => axes.FindIndex(a => a.Id == p.Axis)).ThenBy(p => groups.IndexOf(p.Group))];
        // The pair's groups are checked before anything is compared (with fewer than two groups nothing is).
        if (_options.Pair is { } pair)
        {
            foreach (var name in new[] { pair.First, pair.Second })
            {
                if (!tally.Groups.Any(g => string.Equals(g.Group, name, StringComparison.Ordinal)))
                {
                    throw new EmptyGroupException(corpus, name, [.. tally.Groups.Select(g => g.Group)]);
                }
            }
        }

        var comparisons = tally.Groups.Count < 2
            ? []
            : GroupComparer.Compare(_lexicon, tally, weights, new ComparisonOptions
            {
                Voices = voices,
                Pairs = _options.Pairs,
                Pair = _options.Pair,
                Intervals = _options.Replicates > 0,
                Permutations = _options.Permutations,
                Seed = _options.Seed,
                ConfidenceLevel = _options.ConfidenceLevel,
                MinimumDocuments = _options.MinimumDocuments,
                MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism,
            },
            cancellationToken);
        var marker = new LexiconTermLabels(compiled, includeUncounted: true);
        return new ReportModel(
            "Framing report: " + _lexicon.Id + " on " + Html.Contained(corpus),
            new ReportLexicon(_lexicon.Id, _lexicon.Metadata.Version, _lexicon.Metadata.Title, _lexicon.Metadata.License, _lexicon.Metadata.Citation, _lexicon.Metadata.Authors, _lexicon.SourceName),
            corpus,
            tally.ScoredDocuments,
            tally.RejectedDocuments,
            framingVersion,
            _options.ConfidenceLevel,
            _options.MinimumDocuments,
            axes,
            groups,
            scores,
            comparisons,
            terms.Distinctive(groups, _options.TopTerms, _options.MinimumTermCount, marker.WholeOrPartial),
            entries.Top(_lexicon, groups, _options.TopEntries),
            context.Lines(groups, _lexicon),
            Unmatched(coverage, groups))
        {
            DocumentsOutOfScope = tally.OutOfScopeDocuments,
        };
    }

    /// <summary>Validates the lexicon against outlets of known leaning (<c>framing validate</c>), for the page's
    /// validation section. Reads the corpus once more.</summary>
    /// <param name="items">Documents and rejected records.</param>
    /// <param name="groupOf">The group (outlet) of a document.</param>
    /// <param name="leanings">The known leanings.</param>
    /// <param name="sides">Which leanings are side A's and side B's.</param>
    /// <param name="languageOf">The language of a document, or null to detect it.</param>
    /// <param name="onRejected">Called for each rejected record.</param>
    /// <returns>The validation report and its summary for the page.</returns>
    public (ValidationReport Report, ReportValidation Summary) Validate(
        IEnumerable<CorpusItem> items,
        Func<Document, string> groupOf,
        KnownLeanings leanings,
        SideSelection sides,
        Func<Document, string?>? languageOf = null,
        Action<Diagnostic>? onRejected = null)
    {
        var report = new LexiconValidator(_lexicon.Compile(), leanings, sides, new ValidationOptions
        {
            Voices = _options.Voices,
            Replicates = _options.Replicates,
            Seed = _options.Seed,
            ConfidenceLevel = _options.ConfidenceLevel,
            MaxDegreeOfParallelism = _options.MaxDegreeOfParallelism,
        }).Validate(items, groupOf, languageOf, onRejected);
        return (report, ReportValidation.From(report));
    }

    private List<ReportAxis> Axes()
    {
        var axes = _lexicon.Dimensions.Select(d => new ReportAxis(d.Id, false, d.PoleA.Label, d.PoleB.Label, d.Description)).ToList();
        axes.AddRange(_lexicon.Composites.Select(c => new ReportAxis(c.Id, true, "A", "B", c.Description)));
        return axes;
    }

    private List<ScorePoint> Scores(CorpusTally tally, List<ReportAxis> axes)
    {
        var groups = tally.Groups.ToDictionary(g => g.Group, StringComparer.Ordinal);
        var points = new List<ScorePoint>();
        foreach (var row in ScoreTable.Build(tally, _lexicon, _options.Voices))
        {
            var interval = _options.Replicates == 0
                ? ConfidenceInterval.Absent(IntervalAbsence.NoBootstrap, ReportWording.Default.NoBootstrap)
                : ScoreIntervals.Compute(groups[row.Group], _lexicon, row.Dimension, _options.Voices, _options.ConfidenceLevel, _options.MinimumDocuments);
            points.Add(new ScorePoint(row.Group, row.Dimension, row.Documents, row.CountA, row.CountB, row.Score, interval.Lower, interval.Upper, interval.Note, interval.Absence));
        }

        return points;
    }

    /// <summary>Groups by the first composite's score, highest first (groups without a score last), then by name; by name
    /// alone when the lexicon has no composite.</summary>
    private static List<string> OrderGroups(CorpusTally tally, List<ScorePoint> scores, List<ReportAxis> axes)
    {
        var names = tally.Groups.Select(g => g.Group).Order(StringComparer.Ordinal).ToList();
        if (axes.Find(a => a.IsComposite) is not { } composite)
        {
            return names;
        }

        var byGroup = scores.Where(p => p.Axis == composite.Id).ToDictionary(p => p.Group, p => p.Score, StringComparer.Ordinal);
        return [.. names
            .OrderBy(g => byGroup.GetValueOrDefault(g) is null ? 1 : 0)
            .ThenByDescending(g => byGroup.GetValueOrDefault(g) ?? 0)
            .ThenBy(g => g, StringComparer.Ordinal)];
    }

    private List<GroupUnmatched> Unmatched(CoverageCounter coverage, List<string> groups)
    {
        var list = new List<GroupUnmatched>();
        foreach (var group in groups)
        {
            if (!coverage.TryGetGroup(group, out var g))
            {
                continue;
            }

            var top = g.Top(CoverageTermKind.Unigram, _options.CoverageTerms).Select(t => new UnmatchedTerm(t.Term, "unigram", t.Count))
                .Concat(g.Top(CoverageTermKind.Bigram, _options.CoverageTerms).Select(t => new UnmatchedTerm(t.Term, "bigram", t.Count)))
                .Concat(g.Top(CoverageTermKind.Scope, _options.CoverageTerms).Select(t => new UnmatchedTerm(t.Term, "scope", t.Count)))
                .ToList();
            list.Add(new GroupUnmatched(group, g.Documents, g.Tokens, g.Coverage, top));
        }

        return list;
    }
}
