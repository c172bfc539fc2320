using Framing.Corpus;
using Framing.Coverage;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;
using Framing.Statistics.Comparisons;
using Framing.Statistics.Scores;
using Framing.Statistics.Terms;
using Framing.Text;

namespace Framing.Verbs;

/// <summary>
/// The verbs of Framing, each usable alone on documents held in memory (<c>Document.Create</c>)
/// or streamed from a corpus (<see cref="CorpusRun"/>, which owns reading, bad records, parallelism and progress):
/// score groups with intervals, score documents, compare groups, keyness, coverage and keyword in context.
/// The command-line tool's commands are thin shells over these.
/// </summary>
public static partial class FramingVerbs
{
    /// <summary>Scores documents held in memory, by group (the <c>outlet</c> field unless <paramref name="run"/> says otherwise).</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="options">Voices, bootstrap and interval settings; null for the defaults.</param>
    /// <param name="run">How to group documents and detect languages; null for the defaults.</param>
    /// <param name="cancellationToken">Stops scoring.</param>
    /// <returns>The tally and one row per group and dimension, then per composite.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range or undefined (the message names the member).</exception>
    /// <exception cref="ArgumentException">The run reads a language the lexicon was not loaded with.</exception>
    /// <exception cref="Framing.Corpus.CorpusException">The corpus cannot be read: a missing file, a malformed header.</exception>
    /// <exception cref="Framing.Corpus.BadRecordException">A bad record (a document without the group field among them), when the run's <see cref="Framing.Corpus.CorpusRunOptions.BadRecords"/> stops at the first one (the default).</exception>
    /// <exception cref="InvalidOperationException">The run was read before: a run is read once.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GroupScores ScoreGroups(IEnumerable<Document> documents, Lexicon lexicon, GroupScoreOptions? options = null, CorpusRunOptions? run = null, CancellationToken cancellationToken = default) =>
        ScoreGroups(CorpusRun.FromDocuments(documents, run), lexicon, options, cancellationToken);

    /// <summary>Scores a corpus run by group.</summary>
    /// <param name="run">The corpus run.</param>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="options">Voices, bootstrap and interval settings; null for the defaults.</param>
    /// <param name="cancellationToken">Stops scoring.</param>
    /// <returns>The tally and one row per group and dimension, then per composite.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range or undefined (the message names the member).</exception>
    /// <exception cref="ArgumentException">The run reads a language the lexicon was not loaded with.</exception>
    /// <exception cref="Framing.Corpus.CorpusException">The corpus cannot be read: a missing file, a malformed header.</exception>
    /// <exception cref="Framing.Corpus.BadRecordException">A bad record (a document without the group field among them), when the run's <see cref="Framing.Corpus.CorpusRunOptions.BadRecords"/> stops at the first one (the default).</exception>
    /// <exception cref="InvalidOperationException">The run was read before: a run is read once.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static GroupScores ScoreGroups(CorpusRun run, Lexicon lexicon, GroupScoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(lexicon);
        options = Checked(options ?? new GroupScoreOptions());
        var tally = run.Score(lexicon.Compile(), null, options.Bootstrap, null, cancellationToken);
        return ScoreGroups(tally, lexicon, options);
    }

    /// <summary>The group rows of a tally (for example one merged from the tallies of shards).</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="lexicon">The lexicon it was scored with.</param>
    /// <param name="options">Voices and interval settings (the bootstrap is the tally's); null for the defaults.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range or undefined (the message names the member).</exception>
    /// <exception cref="ArgumentException">The tally was not scored with this lexicon.</exception>
    public static GroupScores ScoreGroups(CorpusTally tally, Lexicon lexicon, GroupScoreOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(lexicon);
        options = Checked(options ?? new GroupScoreOptions());
        CheckFits(tally, lexicon);
        var rows = GroupScoreRows.Enumerate(tally, lexicon, options).ToArray();
        return new GroupScores(tally, options, rows);
    }

    /// <summary>
    /// The rows <see cref="ScoreGroups(CorpusTally, Lexicon, GroupScoreOptions?)"/> returns, made group by group as they
    /// are enumerated, so that a caller writing them out never holds more than one group's rows (the command-line tool,
    /// for thousands of groups). The arguments are checked at once.
    /// </summary>
    internal static IEnumerable<GroupScore> ScoreGroupsLazily(CorpusTally tally, Lexicon lexicon, GroupScoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(lexicon);
        CheckFits(tally, lexicon);
        return GroupScoreRows.Enumerate(tally, lexicon, Checked(options));
    }

    /// <summary>Scores each document of a run, calling <paramref name="onDocument"/> in corpus order as documents are scored.</summary>
    /// <param name="run">The corpus run.</param>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="onDocument">Receives each document, its group and its result.</param>
    /// <param name="cancellationToken">Stops scoring.</param>
    /// <returns>The tally of the whole run (without bootstrap).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range or undefined (the message names the member).</exception>
    /// <exception cref="ArgumentException">The run reads a language the lexicon was not loaded with.</exception>
    /// <exception cref="Framing.Corpus.CorpusException">The corpus cannot be read: a missing file, a malformed header.</exception>
    /// <exception cref="Framing.Corpus.BadRecordException">A bad record (a document without the group field among them), when the run's <see cref="Framing.Corpus.CorpusRunOptions.BadRecords"/> stops at the first one (the default).</exception>
    /// <exception cref="InvalidOperationException">The run was read before: a run is read once.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static CorpusTally ScoreDocuments(CorpusRun run, Lexicon lexicon, Action<Document, string, DocumentResult> onDocument, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(onDocument);
        return run.Score(lexicon.Compile(), null, null, onDocument, cancellationToken);
    }

    /// <summary>Merges the tallies of parts of a corpus (shards scored apart) into exactly the tally of the whole.</summary>
    /// <param name="tallies">The tallies, made with the same lexicon and bootstrap settings.</param>
    /// <returns>The merged tally; <see cref="ScoreGroups(CorpusTally, Lexicon, GroupScoreOptions?)"/> gives its rows.</returns>
    /// <exception cref="ArgumentException">No tallies, one tally given twice, or tallies of different lexicons or bootstrap settings.</exception>
    /// <exception cref="OverflowException">A sum exceeds a 64-bit count: figures no real corpus has (tallies read from
    /// damaged or hand-edited states).</exception>
    public static CorpusTally Merge(IEnumerable<CorpusTally> tallies)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        CorpusTally? merged = null;
        // Weak: a merge of thousands of states streams them, and must not keep each one alive to notice a repeat.
        var seen = new System.Runtime.CompilerServices.ConditionalWeakTable<CorpusTally, object>();
        foreach (var tally in tallies)
        {
            ArgumentNullException.ThrowIfNull(tally, nameof(tallies));
            if (!seen.TryAdd(tally, tallies))
            {
                // As CorpusTally.Merge refuses a tally merged with itself: its documents would be counted twice.
                throw new ArgumentException("a tally is given twice: merge the tallies of disjoint parts of a corpus, each once", nameof(tallies));
            }

            merged ??= new CorpusTally(tally.DimensionCount, tally.Bootstrap, lexiconFingerprint: tally.LexiconFingerprint);
            merged.CheckMergeable(tally, nameof(tallies)); // named as the caller's list, not CorpusTally.Merge's 'other'
            merged.Merge(tally);
        }

        return merged ?? throw new ArgumentException("no tallies to merge", nameof(tallies));
    }

    /// <summary>Compares the groups of documents held in memory: differences with intervals, permutation and count tests, effect sizes.</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="options">Which pairs, voices, permutations and adjustment; null for the defaults.</param>
    /// <param name="run">How to group documents and detect languages; null for the defaults.</param>
    /// <param name="cancellationToken">Stops scoring, and the comparisons between two pairs or two permutations of a pair.</param>
    /// <returns>The tally and the comparison rows.</returns>
    /// <exception cref="ArgumentException">Fewer than two groups (<see cref="InsufficientGroupsException"/>), or a chosen pair is missing, names one group twice or names a missing group.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range or undefined (the message names the member).</exception>
    /// <exception cref="Framing.Corpus.BadRecordException">A bad record (a document without the group field among them), when the run's <see cref="Framing.Corpus.CorpusRunOptions.BadRecords"/> stops at the first one (the default).</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Comparison Compare(IEnumerable<Document> documents, Lexicon lexicon, ComparisonOptions? options = null, CorpusRunOptions? run = null, CancellationToken cancellationToken = default) =>
        Compare(CorpusRun.FromDocuments(documents, run), lexicon, options, null, cancellationToken);

    /// <summary>Compares the groups of a corpus run.</summary>
    /// <param name="run">The corpus run.</param>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="options">Which pairs, voices, permutations and adjustment; null for the defaults.</param>
    /// <param name="bootstrap">The bootstrap of the difference intervals, or null for 2,000 replicates with the options' seed (none when <see cref="ComparisonOptions.Intervals"/> is false).</param>
    /// <param name="cancellationToken">Stops scoring, and the comparisons between two pairs or two permutations of a pair.</param>
    /// <returns>The tally and the comparison rows.</returns>
    /// <exception cref="ArgumentException">The run has fewer than two groups (<see cref="InsufficientGroupsException"/>), or a chosen pair is missing, names one group twice (checked before scoring) or names a missing group.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A confidence level outside (0, 1), fewer than one permutation, minimum document or thread, or an undefined <see cref="ComparisonOptions.Pairs"/>.</exception>
    /// <exception cref="Framing.Corpus.CorpusException">The corpus cannot be read: a missing file, a malformed header.</exception>
    /// <exception cref="Framing.Corpus.BadRecordException">A bad record (a document without the group field among them), when the run's <see cref="Framing.Corpus.CorpusRunOptions.BadRecords"/> stops at the first one (the default).</exception>
    /// <exception cref="InvalidOperationException">The run was read before: a run is read once.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static Comparison Compare(CorpusRun run, Lexicon lexicon, ComparisonOptions? options = null, BootstrapSettings? bootstrap = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(lexicon);
        options = Checked(options ?? new ComparisonOptions());
        var weights = new DocumentPoleWeights(lexicon.Dimensions.Count, options.Voices);
        var settings = options.Intervals ? (bootstrap ?? new BootstrapSettings(2000, options.Seed)) with { PooledVoices = options.Voices } : null;
        var tally = run.Score(lexicon.Compile(), null, settings, (document, group, result) => weights.Add(group, document, result), cancellationToken);
        if (tally.Groups.Count < 2)
        {
            throw new InsufficientGroupsException(run.Description, tally.Groups.Count);
        }

        return new Comparison(tally, GroupComparer.Compare(lexicon, tally, weights, options, cancellationToken));
    }

    /// <summary>The terms that distinguish a target group from a reference group (or from all other groups).</summary>
    /// <param name="run">The corpus run.</param>
    /// <param name="request">Target, reference, n-grams, measure.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The keyness table and its counts.</returns>
    /// <exception cref="ArgumentNullException">The run, the request or its target is null.</exception>
    /// <exception cref="ArgumentException">The reference is the target.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The request's n-gram orders are not 1 ≤ MinimumN ≤ MaximumN ≤ 5, its
    /// MinimumCount is negative, or its Measure is not a <see cref="KeynessMeasure"/>; the message names the member.</exception>
    /// <exception cref="EmptyGroupException">The target or the reference has no documents, or no terms.</exception>
    /// <exception cref="Framing.Corpus.CorpusException">The corpus cannot be read: a missing file, a malformed header.</exception>
    /// <exception cref="Framing.Corpus.BadRecordException">A bad record (a document without the group field among them), when the run's <see cref="Framing.Corpus.CorpusRunOptions.BadRecords"/> stops at the first one (the default).</exception>
    /// <exception cref="InvalidOperationException">The run was read before: a run is read once.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static KeynessResult Keyness(CorpusRun run, KeynessRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(request);
        RequestRanges.NotNull(request.Target, "request.Target", nameof(request));
        // Checked here, naming the request's member, rather than deep inside with an internal parameter's name.
        RequestRanges.CheckNGrams(request.MinimumN, request.MaximumN, nameof(request));

        if (request.MinimumCount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(request), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"request.MinimumCount must be at least 0, not {request.MinimumCount}"));
        }

        if (!Enum.IsDefined(request.Measure))
        {
            throw new ArgumentOutOfRangeException(nameof(request), string.Create(System.Globalization.CultureInfo.InvariantCulture, $"request.Measure must be a KeynessMeasure, not {(int)request.Measure}"));
        }

        if (request.Reference == request.Target)
        {
            throw new ArgumentException($"the reference is the target, '{request.Target}': compare it with another group, or with every other group (Reference null)", nameof(request));
        }

        var detector = request.Lexicon is { } lexicon ? Framing.Matching.CompiledLexicon.DetectorFor(lexicon) : null;
        var extractor = new TermExtractor(request.MinimumN, request.MaximumN, request.Lexicon?.Languages ?? run.Options.Languages, detector);
        var targetCounts = new Dictionary<string, long>(StringComparer.Ordinal);
        var referenceCounts = new Dictionary<string, long>(StringComparer.Ordinal);
        long targetTotal = 0, referenceTotal = 0, targetDocuments = 0, referenceDocuments = 0;
        var groups = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (document, group, language) in run.Documents(cancellationToken))
        {
            groups.Add(group);
            if (group == request.Target)
            {
                targetTotal += extractor.Count(document.Text, language, targetCounts);
                targetDocuments++;
            }
            else if (request.Reference is null || group == request.Reference)
            {
                referenceTotal += extractor.Count(document.Text, language, referenceCounts);
                referenceDocuments++;
            }
        }

        if (targetDocuments == 0 || (referenceDocuments == 0 && request.Reference is not null))
        {
            throw new EmptyGroupException(run.Description, targetDocuments == 0 ? request.Target : request.Reference!, groups);
        }

        if (referenceDocuments == 0)
        {
            // No reference group named: the rest of the corpus, which is empty when the corpus has the target group only.
            throw new EmptyGroupException(
                $"{run.Description}: no documents outside group '{Framing.Corpus.RecordMessages.NameOnOneLine(request.Target)}' to compare it with ({Framing.Corpus.RecordMessages.GroupList([.. groups])})");
        }

        if (targetTotal == 0 || referenceTotal == 0)
        {
            // Documents of punctuation or numbers only (or shorter than the n-grams): no term, so no rate to compare.
            var documents = targetTotal == 0 ? targetDocuments : referenceDocuments;
            var what = targetTotal == 0 || request.Reference is not null
                ? $"group '{Framing.Corpus.RecordMessages.NameOnOneLine(targetTotal == 0 ? request.Target : request.Reference!)}'"
                : $"the rest of the corpus (outside group '{Framing.Corpus.RecordMessages.NameOnOneLine(request.Target)}')";
            throw new EmptyGroupException(string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"{run.Description}: {what} has {documents} document(s) but no terms (words or n-grams) to compare"));
        }

        var (tested, testedReference) = AtLeast(targetCounts, referenceCounts, request.MinimumCount);
        var table = KeynessTable.Compute(tested, testedReference, targetTotal, referenceTotal, request.Measure, request.Options);
        return new KeynessResult(table, targetDocuments, referenceDocuments, targetTotal, referenceTotal);
    }

    /// <summary>Per group, the lexicon's coverage and the most frequent words and two-word phrases no entry matched.</summary>
    /// <param name="run">The corpus run.</param>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="options">Stopwords, minimum length and n-grams; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The counter: its groups and their top terms.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range or undefined (the message names the member).</exception>
    /// <exception cref="ArgumentException">The run reads a language the lexicon was not loaded with.</exception>
    /// <exception cref="Framing.Corpus.CorpusException">The corpus cannot be read: a missing file, a malformed header.</exception>
    /// <exception cref="Framing.Corpus.BadRecordException">A bad record (a document without the group field among them), when the run's <see cref="Framing.Corpus.CorpusRunOptions.BadRecords"/> stops at the first one (the default).</exception>
    /// <exception cref="InvalidOperationException">The run was read before: a run is read once.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static CoverageCounter Coverage(CorpusRun run, Lexicon lexicon, CoverageOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(lexicon);
        var counter = new CoverageCounter(lexicon.Compile(), options);
        foreach (var (document, group, language) in run.Documents(cancellationToken))
        {
            counter.Add(group, document.Id, document.Text, language);
        }

        return counter;
    }

    /// <summary>Every match of the lexicon in its original context (keyword in context), in corpus order.</summary>
    /// <param name="run">The corpus run.</param>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="options">Which matches and how much context; null for all with 5 words each side.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The lines, lazily, document by document.</returns>
    /// <exception cref="ArgumentException">The options name a dimension or a pole the lexicon does not have (it would show no lines).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The window is negative, or the status is not a defined value.</exception>
    public static IEnumerable<KwicLine> Kwic(CorpusRun run, Lexicon lexicon, KwicOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(lexicon);
        options ??= new KwicOptions();
        // Checked now, not when the lines are read, naming the member.
        RequestRanges.AtLeast(options.Window, 0, "options.Window", nameof(options));
        if (options.Status is { } status)
        {
            RequestRanges.Defined(status, "options.Status", nameof(options));
        }

        RequestRanges.Voices(options.Voices, "options.Voices", nameof(options));

        if (KwicFilter.Problem(lexicon, options.Dimension, options.Pole) is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }
        return KwicLines(run, lexicon, options, cancellationToken);
    }

    private static IEnumerable<KwicLine> KwicLines(CorpusRun run, Lexicon lexicon, KwicOptions options, CancellationToken cancellationToken)
    {
        var scorer = lexicon.Compile().CreateScorer(new ScoringOptions { CollectMatches = true });
        var tokens = new TokenizedText();
        foreach (var (document, group, language) in run.Documents(cancellationToken))
        {
            var result = scorer.Score(document.Id, document.Text, language);
            if (result.Matches.Count == 0 && result.UncountedMatches.Count == 0)
            {
                continue;
            }

            Tokenizer.Instance.Tokenize(document.Text, tokens);
            foreach (var match in result.Matches.Concat(result.UncountedMatches).OrderBy(m => m.FirstToken))
            {
                if ((options.Dimension is not null && match.Dimension.Id != options.Dimension)
                    || (options.Pole is not null && (match.Pole?.Id ?? "neutral") != options.Pole)
                    || !options.Voices.Includes(match.Voice)
                    || (options.Status is { } status && match.Status != status))
                {
                    continue;
                }

                var (left, right) = Context(document.Text, tokens, match, options.Window);
                yield return new KwicLine(document.Id, group, left, match, right);
            }
        }
    }

    private static (string Left, string Right) Context(string text, TokenizedText tokens, FramingMatch match, int window)
    {
        var all = tokens.Tokens;
        var firstLeft = Math.Max(0, match.FirstToken - window);
        var lastRight = Math.Min(all.Length - 1, match.FirstToken + match.TokenCount - 1 + window);
        var leftStart = window == 0 ? match.Start : all[firstLeft].Start;
        var rightEnd = window == 0 || lastRight < match.FirstToken + match.TokenCount ? match.Start + match.Length : all[lastRight].End;
        return (ContextText.OneLine(text[leftStart..match.Start]), ContextText.OneLine(text[(match.Start + match.Length)..rightEnd]));
    }

    private static (Dictionary<string, long>, Dictionary<string, long>) AtLeast(Dictionary<string, long> target, Dictionary<string, long> reference, int minCount)
    {
        var t = new Dictionary<string, long>(StringComparer.Ordinal);
        var r = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var term in target.Keys.Concat(reference.Keys).Distinct(StringComparer.Ordinal))
        {
            var a = target.GetValueOrDefault(term);
            var b = reference.GetValueOrDefault(term);
            if (a + b >= minCount)
            {
                t[term] = a;
                r[term] = b;
            }
        }

        return (t, r);
    }

    /// <summary>Refuses a lexicon the tally was not scored with.</summary>
    private static void CheckFits(CorpusTally tally, Lexicon lexicon)
    {
        if (!tally.Fits(lexicon))
        {
            throw new ArgumentException($"the tally was not scored with lexicon '{lexicon.Id}' ({(tally.DimensionCount != lexicon.Dimensions.Count ? $"{tally.DimensionCount} dimensions, not {lexicon.Dimensions.Count}" : "another fingerprint")}): give the lexicon it was scored with", nameof(lexicon));
        }
    }

    /// <summary>Refuses options no interval or test can be made with, before any work is done.</summary>
    private static GroupScoreOptions Checked(GroupScoreOptions options)
    {
        CheckLevel(options.ConfidenceLevel, options.MinimumDocuments);
        RequestRanges.Voices(options.Voices, "options.Voices", nameof(options));
        return options;
    }

    /// <summary>Refuses options no interval or test can be made with, before any work is done.</summary>
    private static ComparisonOptions Checked(ComparisonOptions options)
    {
        CheckLevel(options.ConfidenceLevel, options.MinimumDocuments);
        RequestRanges.AtLeast(options.Permutations, 1, "options.Permutations", nameof(options));
        RequestRanges.AtLeast(options.MaxDegreeOfParallelism, 1, "options.MaxDegreeOfParallelism", nameof(options));
        RequestRanges.Defined(options.Adjustment, "options.Adjustment", nameof(options));
        RequestRanges.Voices(options.Voices, "options.Voices", nameof(options));
        if (!Enum.IsDefined(options.Pairs))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Pairs, "options.Pairs must be All, VersusRest or One");
        }

        // Checked before the corpus is scored, as the command-line tool checks --pairs.
        if (options.Pairs == ComparisonPairs.One)
        {
            var (first, second) = options.Pair ?? throw new ArgumentException("a pair of groups is needed (options.Pair)", nameof(options));
            if (first is null || second is null)
            {
                throw new ArgumentException("the pair (options.Pair) names no group: give two group names", nameof(options));
            }

            if (string.Equals(first, second, StringComparison.Ordinal))
            {
                throw new ArgumentException($"the pair compares group '{RecordMessages.NameOnOneLine(first)}' with itself: name two different groups", nameof(options));
            }
        }

        return options;
    }

    // Both are members of the caller's options, which the exceptions name.
    private static void CheckLevel(double confidenceLevel, int minimumDocuments, string options = "options")
    {
        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(options, confidenceLevel, "the confidence level (options.ConfidenceLevel) must be between 0 and 1, e.g. 0.95");
        }

        RequestRanges.AtLeast(minimumDocuments, 1, "options.MinimumDocuments", options);
    }
}
