using Framing.Corpus;
using Framing.Statistics.Scaling;
using Framing.Text;

namespace Framing.Verbs;

/// <summary>
/// Streams a corpus into Wordscores: reference texts and virgin groups accumulate as feature-matrix rows (memory grows
/// with the vocabulary, not the documents); per document, a second pass scores each document as it streams past.
/// </summary>
internal sealed class WordscoresScaler(WordscoresRequest request)
{
    private readonly Dictionary<string, double> _entries = Entries(request);
    private readonly Dictionary<string, DocumentSource> _referenceSources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _spaced = new(StringComparer.Ordinal);
    private readonly bool _include = request.IncludeReferences;
    private readonly double _smooth = request.Smooth;
    private readonly double _level = request.ConfidenceLevel;
    private long _read;
    private long _rejected;
    private string _description = string.Empty;

    private string Kind => request.ByDocument ? "document" : "group";

    /// <summary>The terms of the run's languages (<see cref="CorpusRunOptions.Languages"/>): a language added to its
    /// registry is analyzed with its own profile, as the run names it.</summary>
    private TermExtractor Extractor(CorpusRun run) => new(request.MinimumN, request.MaximumN, run.Options.Languages);

    /// <summary>The references by name, the request checked before any document is read: a member out of range, a
    /// null name or a name given twice is an exception naming <c>request</c> and the member (not a parameter of an
    /// internal method, nor the dictionary's "same key" message).</summary>
    private static Dictionary<string, double> Entries(WordscoresRequest request)
    {
        RequestRanges.NotNull(request.References, "request.References", nameof(request));
        CheckRanges(request);
        var entries = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, position) in request.References)
        {
            if (name is null)
            {
                throw new ArgumentException("request.References holds a reference whose name (key) is null", nameof(request));
            }

            if (!double.IsFinite(position))
            {
                throw new ArgumentOutOfRangeException(nameof(request), $"request.References gives reference '{name}' the position {position.ToString(System.Globalization.CultureInfo.InvariantCulture)}: a position is a finite number");
            }

            if (!entries.TryAdd(name, position))
            {
                throw new ArgumentException($"reference '{name}' is given twice (positions {entries[name].ToString(System.Globalization.CultureInfo.InvariantCulture)} and {position.ToString(System.Globalization.CultureInfo.InvariantCulture)}): each reference text has one position", nameof(request));
            }
        }

        return entries;
    }

    private static void CheckRanges(WordscoresRequest request)
    {
        var invariant = System.Globalization.CultureInfo.InvariantCulture;
        RequestRanges.CheckNGrams(request.MinimumN, request.MaximumN, nameof(request));
        if (!(request.Smooth >= 0 && request.Smooth <= Statistics.Scaling.WordscoresModel.MaxSmooth))
        {
            throw new ArgumentOutOfRangeException(nameof(request), string.Create(invariant, $"request.Smooth must be a number from 0 to 1e12, not {request.Smooth}"));
        }

        if (!(request.ConfidenceLevel > 0 && request.ConfidenceLevel < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(request), string.Create(invariant, $"request.ConfidenceLevel must be between 0 and 1, not {request.ConfidenceLevel}"));
        }
    }

    /// <summary>One row per group: the virgin groups (and, with --include-references, the reference groups).</summary>
    public WordscoresResult ScoreGroups(CorpusRun run, CancellationToken cancellationToken)
    {
        if (request.ByDocument && _include)
        {
            // A reference document's row would stand among group rows under its id (a document "a" beside a group "a").
            throw new ArgumentException("reference texts given by document id are scored as documents: score them with ScaleDocuments (the command line's --per-document)", nameof(run));
        }

        var extractor = Extractor(run);
        var referenceMatrix = new FeatureMatrix(extractor);
        var virginMatrix = new FeatureMatrix(extractor);
        foreach (var (document, group, language) in Documents(run, firstPass: true, cancellationToken))
        {
            var key = request.ByDocument ? document.Id : group;
            if (!_entries.ContainsKey(key))
            {
                NoteSpaced(key);
                virginMatrix.Add(group, document.Text, language);
                continue;
            }

            CheckOnce(key, document);
            referenceMatrix.Add(key, document.Text, language);
        }

        var features = referenceMatrix.Features();
        features.UnionWith(virginMatrix.Features());
        var model = Fit(referenceMatrix, run.Description, features);
        var texts = new List<WordscoresTextScore>();
        var rows = new List<WordscoresRow>();
        if (_include && !request.ByDocument)
        {
            foreach (var entry in request.References.OrderBy(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal))
            {
                referenceMatrix.TryGetRow(entry.Key, out var row);
                texts.Add(model.Score(entry.Key, row!.Counts));
                rows.Add(new WordscoresRow(entry.Key, null, true, entry.Value, row.Documents));
            }
        }

        foreach (var row in virginMatrix.Rows)
        {
            texts.Add(model.Score(row.Name, row.Counts));
            rows.Add(new WordscoresRow(row.Name, null, false, null, row.Documents));
        }

        return new WordscoresResult(model, model.Predict(texts, _level), rows, ReferenceRows(referenceMatrix), _read, _rejected);
    }

    /// <summary>
    /// One row per document: a first pass fits the model, a second scores each document as it is read (only a few
    /// numbers per document are kept, for the LBG rescaling and the output's order).
    /// </summary>
    public WordscoresResult ScoreDocuments(Func<CorpusRun> pass, CancellationToken cancellationToken)
    {
        var first = pass();
        var referenceMatrix = new FeatureMatrix(Extractor(first));
        foreach (var (document, group, language) in Documents(first, firstPass: true, cancellationToken))
        {
            var key = request.ByDocument ? document.Id : group;
            if (_entries.ContainsKey(key))
            {
                CheckOnce(key, document);
                referenceMatrix.Add(key, document.Text, language);
            }
            else if (NoteSpaced(key) && _smooth > 0)
            {
                // With smoothing every feature of the corpus gets a score, so the model needs them all.
                referenceMatrix.AddFeatures(document.Text, language);
            }
        }

        var model = Fit(referenceMatrix, _description, referenceMatrix.Features());
        var scored = new List<(WordscoresTextScore Text, WordscoresRow Row)>();
        foreach (var (document, group, language) in Documents(pass(), firstPass: false, cancellationToken))
        {
            var isReference = _entries.TryGetValue(request.ByDocument ? document.Id : group, out var position);
            if (isReference && !_include)
            {
                continue;
            }

            var counts = referenceMatrix.Count(document.Text, language);
            scored.Add((model.Score(document.Id, counts), new WordscoresRow(document.Id, group, isReference, isReference ? position : null, 1)));
        }

        // Reference texts first, by position (a stable sort keeps the corpus order within a position), then virgin texts.
        var ordered = scored.OrderBy(s => s.Row.IsReference ? 0 : 1).ThenBy(s => s.Row.Position ?? 0).ToList();
        return new WordscoresResult(
            model,
            model.Predict(ordered.Select(s => s.Text), _level),
            [.. ordered.Select(s => s.Row)],
            ReferenceRows(referenceMatrix),
            _read,
            _rejected);
    }

    private WordscoresModel Fit(FeatureMatrix matrix, string corpus, HashSet<string> features)
    {
        foreach (var entry in request.References)
        {
            if (!matrix.TryGetRow(entry.Key, out var row))
            {
                // A name the reference file trims cannot name a group written with white space around it: say so.
                var spaced = _spaced.TryGetValue(entry.Key, out var written)
                    ? $" (it has \"{Framing.Corpus.RecordMessages.NameOnOneLine(written)}\", with white space around the name, which a reference file cannot name: its cells are trimmed; trim the corpus's names)"
                    : string.Empty;
                throw new WordscoresReferenceException(entry.Key, $"reference {Kind} \"{Framing.Corpus.RecordMessages.NameOnOneLine(entry.Key)}\" has no documents in {corpus}{spaced}");
            }

            if (row.Terms == 0)
            {
                throw new WordscoresReferenceException(entry.Key, $"reference {Kind} \"{Framing.Corpus.RecordMessages.NameOnOneLine(entry.Key)}\" has no words");
            }
        }

        return WordscoresModel.Fit(matrix.References(request.References), _smooth, features);
    }

    private Dictionary<string, FeatureRow> ReferenceRows(FeatureMatrix matrix)
    {
        var rows = new Dictionary<string, FeatureRow>(StringComparer.Ordinal);
        foreach (var entry in request.References)
        {
            matrix.TryGetRow(entry.Key, out var row);
            rows[entry.Key] = row!;
        }

        return rows;
    }

    /// <summary>The run's documents; the first pass counts what was read and rejected (and names the corpus).</summary>
    // Notes a name that is a reference's but for white space around it; true (for use in a condition).
    private bool NoteSpaced(string key)
    {
        if (key.Length > 0 && (char.IsWhiteSpace(key[0]) || char.IsWhiteSpace(key[^1])) && _entries.ContainsKey(key.Trim()))
        {
            _spaced.TryAdd(key.Trim(), key);
        }

        return true;
    }

    // A reference text given by document id must be one document: two documents with that id (scraped twice, or two
    // outlets' articles numbered alike) would be pooled into one reference text under one position.
    private void CheckOnce(string key, Document document)
    {
        if (!request.ByDocument)
        {
            return;
        }

        if (_referenceSources.TryGetValue(key, out var first))
        {
            throw new WordscoresReferenceException(key, $"reference text \"{key}\" is the id of more than one document ({first} and {document.Source}): one position cannot name two texts; give each document its own id");
        }

        _referenceSources[key] = document.Source;
    }

    private IEnumerable<RunDocument> Documents(CorpusRun run, bool firstPass, CancellationToken cancellationToken)
    {
        foreach (var document in run.Documents(cancellationToken))
        {
            yield return document;
        }

        if (firstPass)
        {
            (_read, _rejected, _description) = (run.DocumentCount, run.Rejected, run.Description);
        }
    }
}
