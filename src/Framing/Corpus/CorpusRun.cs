using Framing.Matching;
using Framing.Scoring;

namespace Framing.Corpus;

/// <summary>
/// One pass over a corpus, the way every verb reads one: records from a reader (or documents held in memory), bad
/// records handled by one <see cref="BadRecords"/> policy, each document's group and language resolved, a shard
/// selected, progress reported, and every record counted as a document or a rejection. A run is read once: a second
/// pass is an <see cref="InvalidOperationException"/> (make a new run to read the corpus again).
/// </summary>
public sealed class CorpusRun
{
    private readonly IEnumerable<CorpusItem> _items;
    private readonly bool _ownsItems;

    // The forced language as a code: "EN" or "english" is en, as in a language field (else the code as given).
    private readonly string? _language;

    // Cancels the reader's read once the bad-record policy stops the run: a worker reading ahead may be skipping the
    // rest of a record too long to read, which on an endless input (such as /dev/zero) would never end.
    private readonly CancellationTokenSource? _stopReading;
    private long _records;
    private long _characters;
    private long _documents;
    private long _rejected;
    private int _passes;

    /// <summary>A run over the records of a corpus reader.</summary>
    /// <param name="reader">The reader.</param>
    /// <param name="options">How to group, detect languages, treat bad records; null for the defaults.</param>
    public CorpusRun(ICorpusReader reader, CorpusRunOptions? options = null)
        : this(reader, new CancellationTokenSource(), options)
    {
    }

    private CorpusRun(ICorpusReader reader, CancellationTokenSource stopReading, CorpusRunOptions? options)
        : this((reader ?? throw new ArgumentNullException(nameof(reader))).Read(stopReading.Token), reader.Description, options)
    {
        // A JSON Lines reader makes new items on every read and yields each once, and nobody else sees them; a reader of
        // the caller's may hand out items it keeps (to score them twice, say), which must keep their texts.
        _ownsItems = reader is JsonLinesCorpusReader;
        _stopReading = stopReading;
    }

    /// <summary>A run over corpus items (documents and rejected records).</summary>
    /// <param name="items">The items, as a reader yields them.</param>
    /// <param name="description">The corpus's name in messages (for example its path).</param>
    /// <param name="options">How to group, detect languages, treat bad records; null for the defaults.</param>
    public CorpusRun(IEnumerable<CorpusItem> items, string description, CorpusRunOptions? options = null)
    {
        _items = items ?? throw new ArgumentNullException(nameof(items));
        Description = description ?? throw new ArgumentNullException(nameof(description));
        Options = options ?? new CorpusRunOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.Parallelism, 1);
        if (Options.GroupField is null || Options.LanguageField is null || Options.Languages is null || Options.BadRecords is null)
        {
            throw new ArgumentNullException(nameof(options), "GroupField, LanguageField, Languages and BadRecords cannot be null");
        }

        if (string.IsNullOrWhiteSpace(Options.GroupField) && Options.GroupOf is null && Options.MissingGroup is null)
        {
            // The group would be read from a field with no name: the first record failed as missing it (a
            // CorpusException about the data). With GroupOf or MissingGroup the field may be left unnamed; an empty
            // LanguageField names no field, and the script decides.
            throw new ArgumentException("GroupField must name a field (or give GroupOf or MissingGroup)", nameof(options));
        }

        Options.Shard?.Check();
        _language = Options.Language is { } forced ? LanguageCode(forced) ?? forced : null;
    }

    /// <summary>The corpus's name in messages.</summary>
    public string Description { get; }

    /// <summary>The options of the run.</summary>
    public CorpusRunOptions Options { get; }

    /// <summary>Records read so far (before a shard selects its own).</summary>
    public long Records => Interlocked.Read(ref _records);

    /// <summary>Documents accepted so far (<see cref="Score"/> and the verbs count them in their tallies).</summary>
    public long DocumentCount => Interlocked.Read(ref _documents);

    /// <summary>Records rejected so far by this run.</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    /// <summary>A run over documents held in memory (see <see cref="Document"/>).</summary>
    /// <param name="documents">The documents.</param>
    /// <param name="options">How to group and detect languages; null for the defaults.</param>
    /// <param name="description">The corpus's name in messages.</param>
    /// <returns>The run.</returns>
    public static CorpusRun FromDocuments(IEnumerable<Document> documents, CorpusRunOptions? options = null, string description = "documents")
    {
        ArgumentNullException.ThrowIfNull(documents);
        return new CorpusRun(documents.Select(CorpusItem.Accepted), description, options);
    }

    /// <summary>The group of a document: <see cref="CorpusRunOptions.MissingGroup"/> when it lacks the group field (if set),
    /// else <see cref="CorpusRunOptions.GroupOf"/>, else its <see cref="CorpusRunOptions.GroupField"/>.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The group.</returns>
    /// <exception cref="BadRecordException">The document lacks the group field: a bad record, handed to the run's
    /// <see cref="CorpusRunOptions.BadRecords"/> policy as a reader's record without it is, whether the documents came
    /// from a file or from the caller.</exception>
    internal string GroupOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (Options.MissingGroup is { } missing && document.GetField(Options.GroupField) is null)
        {
            return missing;
        }

        return Options.GroupOf is { } groupOf
            ? groupOf(document)
            : document.GetField(Options.GroupField) ?? throw new BadRecordException(new Diagnostic(document.Source, RecordMessages.MissingField(Options.GroupField)));
    }

    /// <summary>The language to analyze a document as: the forced language, else the language its language field names
    /// (see <see cref="CorpusRunOptions.Languages"/>), else null (detect from the script) when it has no such field or an
    /// empty one.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The language, or null.</returns>
    /// <exception cref="BadRecordException">The field names a language that is not among the run's languages: the
    /// document is a bad record (scoring and the other verbs hand it to the bad-record policy).</exception>
    internal string? LanguageOf(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (_language is not null)
        {
            return _language;
        }

        var field = document.GetField(Options.LanguageField);
        if (field is null || string.IsNullOrWhiteSpace(field))
        {
            return null;
        }

        var trimmed = field.Trim();
        var primary = PrimarySubtag(trimmed);
        if (NamesNoLanguage(primary))
        {
            return null;
        }

        if (BuiltInCode(primary) is { } code)
        {
            return code;
        }

        var languages = Options.Languages;
        if (languages.TryGet(trimmed, out var profile) || languages.TryGet(primary, out profile))
        {
            return profile.Code;
        }

        throw new BadRecordException(new Diagnostic(document.Source, $"field \"{Options.LanguageField}\" names a language the run does not analyze: \"{RecordMessages.NameOnOneLine(trimmed)}\" (known: {string.Join(", ", languages.Codes)}; leave the field out or empty to let the script decide)"));
    }

    /// <summary>The language code a language field or option names (ar, ara, arabic; en, eng, english; any case, spaces
    /// around ignored, a region or script after <c>-</c> or <c>_</c> as in <c>en-GB</c> ignored), or null for anything
    /// else.</summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The code, or null.</returns>
    internal static string? LanguageCode(string name) => BuiltInCode(PrimarySubtag(name.Trim()));

    /// <summary>The built-in language a lower-cased primary subtag names, or null.</summary>
    private static string? BuiltInCode(string primary) => primary switch
    {
        "ar" or "ara" or "arabic" => "ar",
        "en" or "eng" or "english" => "en",
        _ => null,
    };

    /// <summary>Whether a language field's lower-cased primary subtag says that the document's language is not given:
    /// the codes ISO 639 and BCP 47 keep for that (<c>und</c> undetermined, <c>mul</c> several languages, <c>mis</c>
    /// uncoded, <c>zxx</c> no linguistic content), which let the script decide as an empty field does.</summary>
    private static bool NamesNoLanguage(string primary) => primary is "und" or "mul" or "mis" or "zxx";

    /// <summary>The language of a tag, lower-cased: what comes before its first <c>-</c> or <c>_</c> (<c>fr</c> for
    /// <c>fr-CA</c>).</summary>
    private static string PrimarySubtag(string tag)
    {
        var end = tag.AsSpan().IndexOfAny('-', '_');
        return (end < 0 ? tag : tag[..end]).ToLowerInvariant();
    }

    /// <summary>The run's items: counted, reported, and selected by the shard; rejected records still included.</summary>
    /// <returns>The items.</returns>
    /// <exception cref="InvalidOperationException">The run was read before: a run is one pass (a stream is spent after
    /// it, and the counts would add up two passes).</exception>
    internal IEnumerable<CorpusItem> Items()
    {
        if (Interlocked.Exchange(ref _passes, 1) != 0)
        {
            throw new InvalidOperationException($"this CorpusRun over {Description} was read before: a run is one pass over a corpus (a stream is spent after it, and its counts would add up both passes); make a new CorpusRun to read the corpus again");
        }

        var items = Track(_items);
        return Options.Shard is { } shard ? shard.Select(items) : items;
    }

    /// <summary>The accepted documents with their groups and languages, in corpus order; bad records go to the policy.</summary>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The documents.</returns>
    internal IEnumerable<RunDocument> Documents(CancellationToken cancellationToken = default)
    {
        foreach (var item in Items())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (item.Error is { } error)
            {
                Reject(error);
                continue;
            }

            var document = item.Document!;
            string group;
            string? language;
            try
            {
                group = GroupOf(document);
                language = LanguageOf(document);
            }
            catch (BadRecordException rejected)
            {
                Reject(rejected.Error);
                continue;
            }

            Interlocked.Increment(ref _documents);
            yield return new RunDocument(document, group, language);
        }
    }

    /// <summary>Scores the run's documents (on <see cref="CorpusRunOptions.Parallelism"/> threads) into a tally.</summary>
    /// <param name="lexicon">The compiled lexicon.</param>
    /// <param name="options">Scoring options, or null for the defaults.</param>
    /// <param name="bootstrap">Bootstrap settings for intervals, or null for none.</param>
    /// <param name="onDocument">Called after each document, in corpus order (for per-document output), or null.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The tally: every document scored, every bad record counted.</returns>
    /// <exception cref="ArgumentException"><see cref="CorpusRunOptions.Language"/> or a language of
    /// <see cref="CorpusRunOptions.Languages"/> is not one the lexicon was loaded with (checked before a record is read).</exception>
    /// <exception cref="InvalidOperationException">The run was read before (by this method or a verb): a run is one
    /// pass over a corpus; make a new one to read it again.</exception>
    public CorpusTally Score(
        CompiledLexicon lexicon,
        ScoringOptions? options = null,
        BootstrapSettings? bootstrap = null,
        Action<Document, string, DocumentResult>? onDocument = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        if (_language is not null)
        {
            lexicon.CheckLanguage(_language, nameof(Options), "the run's language (CorpusRunOptions.Language)");
        }

        foreach (var code in Options.Languages.Codes)
        {
            // A language field may name any of these: each must be one the lexicon can analyze.
            lexicon.CheckLanguage(code, nameof(Options), "a language of the run's registry (CorpusRunOptions.Languages)");
        }

        // Without per-document output nothing of a document is kept once it is scored: the reader's records can then be
        // scored in place, without a string per text, unless a caller's grouping might read the text or keep the document.
        var inPlace = _ownsItems && onDocument is null && (Options.GroupOf is null || Options.GroupOfReadsNoText);
        var tally = new CorpusScorer(lexicon, options, bootstrap, Options.Parallelism) { ScoreInPlace = inPlace }
            .Score(Items(), GroupOf, LanguageOf, onDocument, Reject, cancellationToken);
        Interlocked.Add(ref _documents, tally.ScoredDocuments);
        return tally;
    }

    /// <summary>Hands a rejected record to the run's bad-record policy and counts it (for callers that read <see cref="Items"/>).</summary>
    /// <param name="error">What is wrong, and where.</param>
    /// <exception cref="BadRecordException">The policy stops at bad records.</exception>
    internal void Reject(Diagnostic error)
    {
        try
        {
            Options.BadRecords.Reject(error);
        }
        catch
        {
            _stopReading?.Cancel();
            throw;
        }

        Interlocked.Increment(ref _rejected);
    }

    private IEnumerable<CorpusItem> Track(IEnumerable<CorpusItem> items)
    {
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new InvalidOperationException($"an item of the corpus {Description} is null: a reader yields accepted or rejected items (CorpusItem.Accepted, CorpusItem.Rejected)");
            }

            var records = Interlocked.Increment(ref _records);
            var characters = Interlocked.Add(ref _characters, item.Size);
            Options.Progress?.Report(new CorpusProgress(records, characters));
            yield return item;
        }
    }
}
