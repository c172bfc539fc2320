using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Framing.Corpus;
using Framing.Matching;

namespace Framing.Scoring;

/// <summary>
/// Scores a stream of corpus items into a <see cref="CorpusTally"/>: every document is scored and added to its group,
/// every rejected record is counted. Nothing is dropped silently.
/// </summary>
/// <remarks>
/// <para>With a degree of parallelism above 1, worker threads, each with its own <see cref="DocumentScorer"/> and
/// tally, take batches of items from the corpus in turn (under a lock, so the items are read by one thread at a time and
/// in order), queue each batch for the caller's thread, and decode and score it; the caller's thread receives the
/// results in corpus order. No reader thread competes with the workers for the cores. Memory is bounded by the queue
/// (back-pressure stops the workers from taking more when the caller falls behind), not by the corpus. Group tallies are
/// integer sums, so the result is identical for every degree of parallelism.</para>
/// <para>The callbacks <c>onDocument</c> and <c>onRejected</c> run on the caller's thread, in corpus order.
/// <c>groupOf</c> and <c>languageOf</c> run on worker threads and must be thread-safe; an exception they throw is
/// rethrown on the caller's thread when the consumer reaches that document, as in a sequential run, except a
/// <see cref="BadRecordException"/> from <c>languageOf</c>: that document is a bad record, handed to <c>onRejected</c>
/// and counted as rejected. So is a document for which <c>languageOf</c> gives a language the lexicon was not loaded
/// with (it would score no match).</para>
/// </remarks>
internal sealed partial class CorpusScorer
{
    private const int BatchDocuments = 64;
    private const int BatchCharacters = 1 << 20;

    /// <summary>
    /// The most input bytes read ahead of the consumer. Ordinary corpora never reach it (the queue holds at most
    /// 4 × parallelism batches of 1 MiB, and each worker one more); corpora of very large documents do, and then a
    /// document larger than the budget is scored while nothing else is read.
    /// </summary>
    internal const long InFlightBytes = 64L << 20;

    private readonly CompiledLexicon _lexicon;
    private readonly ScoringOptions _options;
    private readonly BootstrapSettings? _bootstrap;
    private readonly int _parallelism;

    /// <summary>Creates a corpus scorer.</summary>
    /// <param name="lexicon">The compiled lexicon.</param>
    /// <param name="options">Scoring options.</param>
    /// <param name="bootstrap">Bootstrap settings for confidence intervals, or null for none.</param>
    /// <param name="maxDegreeOfParallelism">Worker threads (1: score on the caller's thread).</param>
    public CorpusScorer(CompiledLexicon lexicon, ScoringOptions? options = null, BootstrapSettings? bootstrap = null, int maxDegreeOfParallelism = 1)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        _options = options ?? ScoringOptions.Default;
        _bootstrap = bootstrap;
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        _parallelism = maxDegreeOfParallelism;
    }

    /// <summary>
    /// Whether records not yet decoded may be decoded with their text in a reused buffer
    /// (<see cref="CorpusItem.DocumentForScoring"/>) instead of a string. Only for items that nobody reads after
    /// <see cref="Score"/> and callbacks that read no text: <c>groupOf</c> and <c>languageOf</c> then get documents whose
    /// <see cref="Document.Text"/> throws. Ignored when <see cref="Score"/> is given <c>onDocument</c>.
    /// </summary>
    public bool ScoreInPlace { get; init; }

    /// <summary>Scores <paramref name="items"/>.</summary>
    /// <param name="items">Documents and rejected records, as a corpus reader yields them.</param>
    /// <param name="groupOf">The group of a document (for example its outlet field).</param>
    /// <param name="languageOf">The language of a document, or null to detect it from the script.</param>
    /// <param name="onDocument">Called after each document is scored, in corpus order (for per-document output), or null.</param>
    /// <param name="onRejected">Called for each rejected record, in corpus order, before it is counted; throw from it to stop.</param>
    /// <param name="cancellationToken">Stops scoring.</param>
    /// <returns>The tally.</returns>
    public CorpusTally Score(
        IEnumerable<CorpusItem> items,
        Func<Document, string> groupOf,
        Func<Document, string?>? languageOf = null,
        Action<Document, string, DocumentResult>? onDocument = null,
        Action<Diagnostic>? onRejected = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(groupOf);
        cancellationToken.ThrowIfCancellationRequested();
        var inPlace = ScoreInPlace && onDocument is null;
        return _parallelism == 1
            ? ScoreSequentially(items, groupOf, languageOf, onDocument, onRejected, inPlace, cancellationToken)
            : ScoreInParallel(items, groupOf, languageOf, onDocument, onRejected, inPlace, cancellationToken);
    }

    /// <summary>A null item from a caller's own sequence, refused where it is taken as CorpusRun refuses it, not a
    /// NullReferenceException further in.</summary>
    private static InvalidOperationException NullItem() =>
        new("an item of the corpus is null: a reader yields accepted or rejected items (CorpusItem.Accepted, CorpusItem.Rejected)");

    [PerDocument]
    private CorpusTally ScoreSequentially(
        IEnumerable<CorpusItem> items,
        Func<Document, string> groupOf,
        Func<Document, string?>? languageOf,
        Action<Document, string, DocumentResult>? onDocument,
        Action<Diagnostic>? onRejected,
        bool inPlace,
        CancellationToken cancellationToken)
    {
        var tally = new CorpusTally(_lexicon.Dimensions.Count, _bootstrap, _lexicon.Lexicon);
        var scorer = _lexicon.CreateScorer(_options);
        var reusedCounts = onDocument is null ? new FramingCounts(_lexicon.Dimensions.Count) : null; // results not kept: none is made
        var lent = inPlace ? new LentText() : null;
        foreach (var taken in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var item = taken ?? throw NullItem();
            if ((lent is null ? item.Document : item.DocumentForScoring(lent)) is not { } document)
            {
                var error = item.Error!;
                onRejected?.Invoke(error);
                tally.Reject(error);
                continue;
            }

            string group;
            string? language;
            try
            {
                group = groupOf(document);
                language = LanguageOf(languageOf, document);
            }
            catch (BadRecordException rejected)
            {
                onRejected?.Invoke(rejected.Error);
                tally.Reject(rejected.Error);
                continue;
            }

            var text = TextOf(document, lent);
            if (reusedCounts is not null)
            {
                var tokens = scorer.ScoreInto(text, language, reusedCounts, out var covered);
                tally.Add(group, document.Id, tokens, covered, reusedCounts, DocumentSample.IdentityOf(group, document, text));
                continue;
            }

            var result = scorer.Score(document.Id, text, language, null);
            tally.Add(group, result, DocumentSample.IdentityOf(group, document, text));
            onDocument?.Invoke(document, group, result);
        }

        return tally;
    }

    private CorpusTally ScoreInParallel(
        IEnumerable<CorpusItem> items,
        Func<Document, string> groupOf,
        Func<Document, string?>? languageOf,
        Action<Document, string, DocumentResult>? onDocument,
        Action<Diagnostic>? onRejected,
        bool inPlace,
        CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        // A blocking queue rather than a channel: a thread blocked on a channel is woken through a thread-pool callback,
        // one more thread and two more context switches per hand-over on a machine whose cores the workers already fill.
        using var ordered = new BlockingCollection<Batch>(new ConcurrentQueue<Batch>(), _parallelism * 4);
        var keepResults = onDocument is not null;
        var budget = new InFlightBudget(InFlightBytes);
        using var source = new BatchSource(items, ordered, budget);
        var workerTallies = new CorpusTally[_parallelism];
        var workers = new Task[_parallelism];

        // Dedicated threads: scoring is CPU-bound, and thread-pool threads blocked on the budget or the queue would
        // starve each other on small machines.
        for (var w = 0; w < _parallelism; w++)
        {
            var tally = workerTallies[w] = new CorpusTally(_lexicon.Dimensions.Count, _bootstrap, _lexicon.Lexicon);
            workers[w] = Task.Factory.StartNew(() => Work(source, tally, groupOf, languageOf, keepResults, inPlace, stop.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        var final = new CorpusTally(_lexicon.Dimensions.Count, _bootstrap, _lexicon.Lexicon);
        try
        {
            Consume(ordered, final, budget, onDocument, onRejected, stop.Token);
            if (source.Failure is { } e)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e).Throw();
            }

            Task.WaitAll(workers, CancellationToken.None); // the consumer has seen every batch: the workers are done or finishing
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && IsCancellation(e))
        {
            // The caller's cancellation, whichever thread saw it first (a worker's shows as an AggregateException, the
            // consumer's carries the linked token): one OperationCanceledException of the caller's token, as in a
            // sequential run.
            stop.Cancel();
            WaitQuietly(workers);
            throw new OperationCanceledException("The operation was canceled.", e, cancellationToken);
        }
        catch
        {
            stop.Cancel();
            WaitQuietly(workers);
            throw;
        }
        foreach (var tally in workerTallies)
        {
            final.Absorb(tally);
        }

        return final;
    }

    /// <summary>
    /// The language <paramref name="languageOf"/> gives <paramref name="document"/> (null: detect it), or a
    /// <see cref="BadRecordException"/> when the lexicon was not loaded with that language: no text of it could be
    /// analyzed, and the document would score no match, silently (as a language field naming such a language is
    /// rejected by <see cref="CorpusRun"/>).
    /// </summary>
    [PerDocument]
    private string? LanguageOf(Func<Document, string?>? languageOf, Document document)
    {
        var language = languageOf?.Invoke(document);
        if (language is not null && !_lexicon.Languages.TryGet(language, out _))
        {
            throw new BadRecordException(new Diagnostic(
                document.Source,
                $"the language given for this document, \"{RecordMessages.NameOnOneLine(language)}\", is not one the lexicon '{_lexicon.Lexicon.Id}' was loaded with ({string.Join(", ", _lexicon.Languages.Codes)})"));
        }

        return language;
    }

    [PerDocument]
    private void Work(BatchSource source, CorpusTally tally, Func<Document, string> groupOf, Func<Document, string?>? languageOf, bool keepResults, bool inPlace, CancellationToken cancel)
    {
        var scorer = _lexicon.CreateScorer(_options);
        var reusedCounts = keepResults ? null : new FramingCounts(_lexicon.Dimensions.Count); // results not kept: none is made
        var lent = inPlace ? new LentText() : null;
        while (source.Next(cancel) is { } batch)
        {
            try
            {
                foreach (var item in batch.Items)
                {
                    if ((lent is null ? item.Document : item.DocumentForScoring(lent)) is not { } document)
                    {
                        batch.AddOutcome(default);
                        continue;
                    }

                    string group;
                    string? language;
                    try
                    {
                        group = groupOf(document);
                        language = LanguageOf(languageOf, document);
                    }
                    catch (BadRecordException rejected)
                    {
                        batch.AddOutcome(new Outcome(null, null, rejected)); // a bad record: the consumer rejects it
                        continue;
                    }
                    catch (Exception e)
                    {
                        batch.AddOutcome(new Outcome(null, null, e));
                        break; // the consumer stops at this document, after the documents before it
                    }

                    var text = TextOf(document, lent);
                    if (reusedCounts is not null)
                    {
                        var tokens = scorer.ScoreInto(text, language, reusedCounts, out var covered);
                        tally.Add(group, document.Id, tokens, covered, reusedCounts, DocumentSample.IdentityOf(group, document, text));
                        batch.AddOutcome(new Outcome(group, null, null));
                        continue;
                    }

                    var result = scorer.Score(document.Id, text, language, null);
                    tally.Add(group, result, DocumentSample.IdentityOf(group, document, text));
                    batch.AddOutcome(new Outcome(group, result, null));
                }

                batch.Finish(null);
            }
            catch (Exception e)
            {
                batch.Finish(e);
            }
        }
    }

    [PerDocument]
    private static void Consume(BlockingCollection<Batch> ordered, CorpusTally final, InFlightBudget budget, Action<Document, string, DocumentResult>? onDocument, Action<Diagnostic>? onRejected, CancellationToken cancel)
    {
        foreach (var batch in ordered.GetConsumingEnumerable(cancel))
        {
            batch.WaitUntilFinished(cancel);
            for (var i = 0; i < batch.Items.Count; i++)
            {
                cancel.ThrowIfCancellationRequested(); // as in a sequential run, nothing is delivered after cancellation
                var item = batch.Items[i];
                if (item.Error is { } error)
                {
                    onRejected?.Invoke(error);
                    final.Reject(error);
                    continue;
                }

                var outcome = batch.OutcomeAt(i);
                if (outcome.Failure is BadRecordException rejected)
                {
                    onRejected?.Invoke(rejected.Error);
                    final.Reject(rejected.Error);
                    continue;
                }

                if (outcome.Failure is { } e)
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e).Throw();
                }

                if (onDocument is not null)
                {
                    onDocument(item.Document!, outcome.Group!, outcome.Result!);
                }
            }

            budget.Release(batch.Size);
            batch.Dispose();
        }
    }

    /// <summary>The text to score: the document's, or the buffer's when it holds the document's lent text.</summary>
    private static ReadOnlySpan<char> TextOf(Document document, LentText? lent) => lent is null ? document.Text : lent.TextOf(document);

    /// <summary>Whether <paramref name="e"/> is a cancellation: an <see cref="OperationCanceledException"/>, or an
    /// <see cref="AggregateException"/> of nothing else.</summary>
    private static bool IsCancellation(Exception e) => e switch
    {
        OperationCanceledException => true,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.All(inner => inner is OperationCanceledException),
        _ => false,
    };

    private static void WaitQuietly(Task[] workers)
    {
        try
        {
            Task.WaitAll(workers);
        }
        catch (AggregateException)
        {
            // The first error is already on its way to the caller.
        }
    }

    // A batch that is never consumed (the run stopped) is left undisposed: its event never allocated a kernel handle.
    private sealed class Batch : IDisposable
    {
        private readonly ManualResetEventSlim _finished = new();
        private Exception? _failure;

        public List<CorpusItem> Items { get; } = new(BatchDocuments);

        // An array rather than a List<Outcome>: the framework's list over this struct is not precompiled in the
        // installed tool (three methods compiled on the workers' path). A batch holds at most BatchDocuments items.
        private readonly Outcome[] _outcomes = new Outcome[BatchDocuments];
        private int _outcomeCount;

        /// <summary>The input size of the batch's records, taken from the in-flight budget until it is consumed.</summary>
        public long Size { get; private set; }

        public void Add(CorpusItem item)
        {
            Items.Add(item);
            Size += item.Size;
        }

        /// <summary>Records the outcome of the next item (a worker, in item order).</summary>
        public void AddOutcome(Outcome outcome) => _outcomes[_outcomeCount++] = outcome;

        /// <summary>The outcome of item <paramref name="index"/>, once the batch is finished.</summary>
        public Outcome OutcomeAt(int index) => _outcomes[index];

        /// <summary>Marks the batch scored (by a worker), or failed with <paramref name="failure"/>.</summary>
        public void Finish(Exception? failure)
        {
            _failure = failure;
            _finished.Set();
        }

        /// <summary>Blocks until a worker has finished the batch; rethrows the exception that stopped it.</summary>
        public void WaitUntilFinished(CancellationToken cancel)
        {
            _finished.Wait(cancel);
            if (_failure is { } e)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e).Throw();
            }
        }

        public void Dispose() => _finished.Dispose();
    }

    private readonly record struct Outcome(string? Group, DocumentResult? Result, Exception? Failure);
}
