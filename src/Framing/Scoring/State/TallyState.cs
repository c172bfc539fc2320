using Framing.Corpus;

namespace Framing.Scoring.State;

/// <summary>
/// A saved, mergeable scoring state: the tally of (part of) a corpus with what it was scored with. The states of
/// the shards of a corpus merge into exactly the tally of the whole (see <see cref="TallyStateFile"/>).
/// </summary>
internal sealed record TallyState
{
    /// <summary>The file format's name, written in every state file.</summary>
    public const string FormatName = "framing-state";

    /// <summary>
    /// The version of the file format this library writes. Version 2: the bootstrap weights come from four
    /// interleaved streams per document (<see cref="PoissonResampling.Fill(ulong, ulong, Span{long})"/>), so replicate sums of version 1 do
    /// not merge with them. Version 3 adds <c>document_sample</c>, the <see cref="DocumentSample"/> by which merges
    /// notice documents counted twice; version 2 is still read, as a state without a sample. Version 4: a document's
    /// bootstrap weights are keyed by its group and id, not its id alone, so the replicate sums of earlier versions do not
    /// merge with its: a state of version 2 or 3 is read only when it has no bootstrap. Version 5 adds each group's
    /// <c>out_of_scope</c> counts and <c>documents_out_of_scope</c> (documents that name none of the lexicon's scope
    /// words); a state of an earlier version has none. Version 6: a document's bootstrap weights are keyed by its group,
    /// id and text (<see cref="PoissonResampling.KeyOf(ulong, string)"/>), so that documents of one group that share an id
    /// draw their own weights; a state of an earlier version is read only when it has no bootstrap
    /// (<see cref="OldestBootstrapVersion"/>).
    /// </summary>
    public const int FormatVersion = 6;

    /// <summary>The oldest version whose replicate sums are read: the first whose weights are keyed as this framing keys them.</summary>
    public const int OldestBootstrapVersion = 6;

    /// <summary>The oldest version read: a state of that version holds no sample of its documents.</summary>
    public const int OldestFormatVersion = 2;

    /// <summary>The lexicon's id.</summary>
    public required string LexiconId { get; init; }

    /// <summary>The lexicon's version.</summary>
    public required string LexiconVersion { get; init; }

    /// <summary>Where the lexicon came from: a built-in id or the path given to <c>--lexicon</c>.</summary>
    public required string LexiconSource { get; init; }

    /// <summary>The lexicon's <see cref="Lexicons.Lexicon.Fingerprint"/>.</summary>
    public required string LexiconFingerprint { get; init; }

    /// <summary>A description of the corpus (its path).</summary>
    public required string Corpus { get; init; }

    /// <summary>The grouping field.</summary>
    public required string GroupField { get; init; }

    /// <summary>The field holding the text (<c>--text-field</c>), or null when the state does not say (saved by a framing
    /// before it was recorded).</summary>
    public string? TextField { get; init; }

    /// <summary>The field holding the document id (<c>--id-field</c>), or null when the state does not say.</summary>
    public string? IdField { get; init; }

    /// <summary>The field giving a document's language (<c>--language-field</c>), or null when the state does not say.</summary>
    public string? LanguageField { get; init; }

    /// <summary>Every document's language (<c>--language</c>; <c>auto</c> when the documents and their script decide),
    /// or null when the state does not say.</summary>
    public string? Language { get; init; }

    /// <summary>The shard this state covers, or null for a whole corpus.</summary>
    public CorpusShard? Shard { get; init; }

    /// <summary>The tally.</summary>
    public required CorpusTally Tally { get; init; }
}
