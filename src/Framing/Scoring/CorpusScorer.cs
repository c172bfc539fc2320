using Framing.Corpus;
using Framing.Matching;

namespace Framing.Scoring;

/// <summary>
/// Scores a stream of corpus items into a <see cref="CorpusTally"/>: every document is scored and added to its group,
/// every rejected record is counted. Nothing is dropped silently. Memory does not grow with the corpus: documents are
/// scored one at a time and only group sums are kept (unless the caller keeps per-document results).
/// </summary>
public sealed class CorpusScorer
{
    private readonly CompiledLexicon _lexicon;
    private readonly ScoringOptions _options;

    /// <summary>Creates a corpus scorer.</summary>
    /// <param name="lexicon">The compiled lexicon.</param>
    /// <param name="options">Scoring options.</param>
    /// <param name="bootstrap">Bootstrap settings for confidence intervals, or null for none.</param>
    public CorpusScorer(CompiledLexicon lexicon, ScoringOptions? options = null, BootstrapSettings? bootstrap = null)
    {
        _lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        _options = options ?? ScoringOptions.Default;
        _bootstrap = bootstrap;
    }

    private readonly BootstrapSettings? _bootstrap;

    /// <summary>Scores <paramref name="items"/> in order.</summary>
    /// <param name="items">Documents and rejected records, as a corpus reader yields them.</param>
    /// <param name="groupOf">The group of a document (for example its outlet field).</param>
    /// <param name="languageOf">The language of a document, or null to detect it from the script.</param>
    /// <param name="onDocument">Called after each document is scored (for per-document output), or null.</param>
    /// <param name="onRejected">Called for each rejected record before it is counted; throw from it to stop.</param>
    /// <param name="cancellationToken">Stops scoring.</param>
    /// <returns>The tally.</returns>
    public CorpusTally Score(
        IEnumerable<CorpusItem> items,
        Func<Document, string> groupOf,
        Func<Document, string?>? languageOf = null,
        Action<Document, string, DocumentResult>? onDocument = null,
        Action<CorpusError>? onRejected = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(groupOf);
        var tally = new CorpusTally(_lexicon.Dimensions.Count, _bootstrap);
        var scorer = _lexicon.CreateScorer(_options);
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Error is { } error)
            {
                onRejected?.Invoke(error);
                tally.Reject(error);
                continue;
            }

            var document = item.Document!;
            var group = groupOf(document);
            var result = scorer.Score(document.Id, document.Text, languageOf?.Invoke(document));
            tally.Add(group, result);
            onDocument?.Invoke(document, group, result);
        }

        return tally;
    }
}
