using Framing.Corpus;

namespace Framing.Verbs;

/// <content>Wordscores scaling (Laver, Benoit and Garry 2003), as quanteda.textmodels' <c>textmodel_wordscores</c>.</content>
public static partial class FramingVerbs
{
    /// <summary>
    /// Places groups on the scale that reference texts of known position define: the reference texts' word scores are
    /// fitted and every virgin group (and, when asked, every reference group) is scored, in one pass.
    /// </summary>
    /// <param name="run">The corpus run.</param>
    /// <param name="request">The references and the settings.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The model and the scores.</returns>
    /// <exception cref="WordscoresReferenceException">A reference text has no documents or no words, or is the id of two documents.</exception>
    /// <exception cref="ArgumentException">A reference is given twice or has a null name, or references given by document
    /// id are to be included (<see cref="WordscoresRequest.IncludeReferences"/>): score them with <see cref="ScaleDocuments"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A member of <paramref name="request"/> is out of range (n-gram orders
    /// outside 1 ≤ MinimumN ≤ MaximumN ≤ 5, a negative smoothing, a level outside (0, 1), a position that is not
    /// finite); checked before any document is read.</exception>
    public static WordscoresResult ScaleGroups(CorpusRun run, WordscoresRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(request);
        return new WordscoresScaler(request).ScoreGroups(run, cancellationToken);
    }

    /// <summary>
    /// Places each document on the scale, in two passes over the corpus: the first fits the model, the second scores
    /// each document as it streams past. <paramref name="pass"/> opens a fresh run over the same corpus for each pass;
    /// the counts of the result are those of the first. With reference documents (<see cref="WordscoresRequest.ByDocument"/>)
    /// a document needs no group field: give runs with <see cref="CorpusRunOptions.MissingGroup"/> set.
    /// </summary>
    /// <param name="pass">Opens a run over the corpus (called twice).</param>
    /// <param name="request">The references and the settings.</param>
    /// <param name="cancellationToken">Stops the runs.</param>
    /// <returns>The model and the scores, reference documents first (by position) when included.</returns>
    /// <exception cref="WordscoresReferenceException">A reference text has no documents or no words.</exception>
    /// <exception cref="ArgumentException">A reference is given twice or has a null name.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A member of <paramref name="request"/> is out of range, as for
    /// <see cref="ScaleGroups"/>; checked before any document is read.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="pass"/> returned null, or the same run twice (a run is
    /// read once).</exception>
    public static WordscoresResult ScaleDocuments(Func<CorpusRun> pass, WordscoresRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pass);
        ArgumentNullException.ThrowIfNull(request);
        return new WordscoresScaler(request).ScoreDocuments(
            () => pass() ?? throw new InvalidOperationException("pass returned null instead of a new CorpusRun over the corpus"),
            cancellationToken);
    }
}
