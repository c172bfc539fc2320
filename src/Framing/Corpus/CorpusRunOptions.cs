using Framing.Text;

namespace Framing.Corpus;

/// <summary>How a <see cref="CorpusRun"/> groups documents, picks their language, treats bad records and reports progress.</summary>
public sealed record CorpusRunOptions
{
    /// <summary>The field that groups documents (for example the outlet).</summary>
    public string GroupField { get; init; } = "outlet";

    /// <summary>The field that gives a document's language (<c>ar</c>, <c>en</c>, or a code of <see cref="Languages"/>); when
    /// absent the script decides.</summary>
    public string LanguageField { get; init; } = "language";

    /// <summary>Analyze every document as this language instead (null: the language field, else the script). The
    /// built-in languages are named as a language field may name them (<c>ar</c>, <c>ara</c>, <c>arabic</c>; <c>en</c>,
    /// <c>eng</c>, <c>english</c>; any case); another language by the code of its <see cref="Text.LanguageProfile"/>.</summary>
    public string? Language { get; init; }

    /// <summary>
    /// The languages a document's language field may name (default: the built-in ones, <c>ar</c> and <c>en</c>): a
    /// code of this registry (or, for the built-in ones, <c>ara</c>, <c>arabic</c>, <c>eng</c>, <c>english</c>), in any
    /// case, with or without a region (<c>fr-CA</c>). A field naming another language makes its document a bad record;
    /// an empty field lets the script decide. Give the registry the lexicon was loaded with to read <c>fr</c> fields.
    /// </summary>
    public LanguageRegistry Languages { get; init; } = LanguageRegistry.Default;

    /// <summary>Worker threads for scoring (1: the caller's thread). The results are the same for every value.</summary>
    public int Parallelism { get; init; } = 1;

    /// <summary>What to do with bad records (default: stop at the first).</summary>
    public BadRecords BadRecords { get; init; } = BadRecords.Stop();

    /// <summary>The group of a document without the <see cref="GroupField"/>, or null when such a document is an error.</summary>
    public string? MissingGroup { get; init; }

    /// <summary>Only this shard of the records, or null for all.</summary>
    public CorpusShard? Shard { get; init; }

    /// <summary>Receives the records read so far, after each one (on the reading thread), or null. It is called once
    /// per record: a <see cref="System.Progress{T}"/> posts every call to its context (300,000 posts for 300,000
    /// records: 1.5 s of scoring became 2 s in one measured run), so pass a callback that returns at once and update a
    /// display only now and then (the command-line tool redraws its line on a timer, every 500 ms).</summary>
    public IProgress<CorpusProgress>? Progress { get; init; }

    /// <summary>
    /// The group of a document, instead of the <see cref="GroupField"/> (which fails with a <see cref="CorpusException"/>
    /// for a document without it), or null.
    /// </summary>
    public Func<Document, string>? GroupOf { get; init; }

    /// <summary>
    /// Whether <see cref="GroupOf"/> reads only a document's id, fields and source (never its text, and keeps no
    /// document), so that <see cref="CorpusRun.Score"/> may score texts in place (see
    /// <see cref="CorpusItem.DocumentForScoring"/>). Set by the command-line tool, whose grouping reads a field.
    /// </summary>
    internal bool GroupOfReadsNoText { get; init; }

    /// <summary>The record's members as the compiler prints them (<c>CorpusRunOptions { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(CorpusRunOptions), PrintMembers);
}
