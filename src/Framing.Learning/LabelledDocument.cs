namespace Framing.Learning;

/// <summary>
/// What the learning verbs keep of a document of either side: its outlet, side, tokens and language, the counted
/// matches of each lexicon entry (in the voice selection) and the weights of scare-marker matches per dimension
/// (fixed: a calibrated lexicon does not change them).
/// </summary>
internal sealed class LabelledDocument
{
    public required string Outlet { get; init; }

    public required bool IsSideA { get; init; }

    public required long Tokens { get; init; }

    public required string Language { get; init; }

    /// <summary>Index of the document among the corpus's accepted documents (to find it again in a second pass).</summary>
    public required long Position { get; init; }

    /// <summary>The key of the document's id (<see cref="Scoring.PoissonResampling.KeyOf(string)"/>): the documents are fitted in
    /// the order of their keys (then identities, then positions), so that the models do not depend on the order of the
    /// corpus.</summary>
    public required ulong Key { get; init; }

    /// <summary>A hash of the document's group, id and whole text, which orders documents that share an id (ids should be
    /// unique, and are not always): only documents alike in group, id and text are left in corpus order, and their rows
    /// are the same.</summary>
    public required ulong Identity { get; init; }

    /// <summary>Entry indices (lexicon order), ascending, of the entries that matched.</summary>
    public required int[] Entries { get; init; }

    /// <summary>Counted matches of each entry in <see cref="Entries"/>.</summary>
    public required int[] EntryCounts { get; init; }

    /// <summary>Per dimension, scare-marker weights in thousandths for pole A and pole B (read only: documents without
    /// scare markers share one array of zeros).</summary>
    public required long[] ScareA { get; init; }

    /// <inheritdoc cref="ScareA"/>
    public required long[] ScareB { get; init; }

    /// <summary>Index of the outlet in the run's outlet list (set once every document is read).</summary>
    public int OutletIndex { get; set; }
}
