using System.Collections.Concurrent;
using Framing.Corpus;

namespace Framing.Scoring;

internal sealed partial class CorpusScorer
{
    /// <summary>
    /// The corpus, cut into batches by the workers themselves: a worker that needs work takes the next batch of items
    /// under a lock and, still under it, queues the batch for the consumer, so batches reach the consumer in corpus
    /// order; then it scores the batch outside the lock. No reader thread competes with the workers for the cores.
    /// </summary>
    /// <remarks>
    /// A large record starts a batch of its own, so that the in-flight budget is taken for it alone. A failure of the
    /// items' enumeration (a missing file, an unreadable stream) ends the source: it is kept in <see cref="Failure"/>
    /// and reaches the caller after every document read before it, as in a sequential run.
    /// </remarks>
    private sealed class BatchSource(IEnumerable<CorpusItem> items, BlockingCollection<Batch> ordered, InFlightBudget budget) : IDisposable
    {
        private readonly object _gate = new();
        private IEnumerator<CorpusItem>? _items;
        private CorpusItem? _carried; // read, and starts the next batch
        private bool _ended;

        /// <summary>What stopped the items' enumeration, if anything did.</summary>
        public Exception? Failure { get; private set; }

        /// <summary>Takes the next batch and queues it for the consumer; null once the items have ended.</summary>
        /// <param name="cancel">Stops waiting for the budget or the queue.</param>
        /// <returns>The batch to score, or null.</returns>
        public Batch? Next(CancellationToken cancel)
        {
            lock (_gate)
            {
                if (_ended)
                {
                    return null;
                }

                var batch = new Batch();
                try
                {
                    Fill(batch, cancel);
                    if (batch.Items.Count > 0)
                    {
                        budget.Acquire(batch.Size, cancel);
                        ordered.Add(batch, cancel);
                        return batch;
                    }

                    return null;
                }
                catch (OperationCanceledException)
                {
                    _ended = true;
                    throw;
                }
                finally
                {
                    if (_ended)
                    {
                        ordered.CompleteAdding();
                    }
                }
            }
        }

        public void Dispose()
        {
            lock (_gate)
            {
                _items?.Dispose();
                _items = null;
                _ended = true;
            }
        }

        private void Fill(Batch batch, CancellationToken cancel)
        {
            if (_carried is { } carried)
            {
                batch.Add(carried);
                _carried = null;
            }

            try
            {
                _items ??= items.GetEnumerator();
                while (batch.Items.Count < BatchDocuments && batch.Size < BatchCharacters)
                {
                    cancel.ThrowIfCancellationRequested();
                    if (!_items.MoveNext())
                    {
                        _ended = true;
                        return;
                    }

                    var item = _items.Current ?? throw NullItem();
                    if (batch.Items.Count > 0 && batch.Size + item.Size > BatchCharacters)
                    {
                        _carried = item;
                        return;
                    }

                    batch.Add(item);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                Failure = e;
                _ended = true;
            }
        }
    }
}
