using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Corpus;
using Framing.Statistics.Scaling;
using Framing.Text;

namespace Framing.Cli.Commands.Scale;

/// <summary>
/// Streams a corpus into Wordscores: reference texts and virgin groups accumulate as feature-matrix rows (memory grows
/// with the vocabulary, not the documents); per document, a second pass scores each document as it streams past.
/// </summary>
internal sealed class WordscoresRun(ParsedArguments args, CliContext context, ReferenceFile references, TermExtractor extractor, double smooth)
{
    private readonly Dictionary<string, ReferenceEntry> _entries = references.Entries.ToDictionary(e => e.Key, StringComparer.Ordinal);
    private readonly bool _include = args.Flag("include-references");
    private long _read;
    private long _rejected;

    private string Kind => references.ByDocument ? "document" : "group";

    /// <summary>One row per group: the virgin groups (and, with --include-references, the reference groups).</summary>
    public WordscoresResult ScoreGroups(ICorpusReader reader, CorpusReaderOptions options, double level)
    {
        var referenceMatrix = new FeatureMatrix(extractor);
        var virginMatrix = new FeatureMatrix(extractor);
        foreach (var (document, group, language) in Documents(reader, options, firstPass: true, perDocument: false))
        {
            var key = references.ByDocument ? document.Id : group;
            if (!_entries.ContainsKey(key))
            {
                virginMatrix.Add(group, document.Text, language);
                continue;
            }

            referenceMatrix.Add(key, document.Text, language);
            if (references.ByDocument && _include)
            {
                virginMatrix.Add(group, document.Text, language);
            }
        }

        var features = referenceMatrix.Features();
        features.UnionWith(virginMatrix.Features());
        var model = Fit(referenceMatrix, reader.Description, features);
        var texts = new List<WordscoresTextScore>();
        var rows = new List<WordscoresRow>();
        if (_include && !references.ByDocument)
        {
            foreach (var entry in references.Entries.OrderBy(e => e.Position).ThenBy(e => e.Key, StringComparer.Ordinal))
            {
                referenceMatrix.TryGetRow(entry.Key, out var row);
                texts.Add(model.Score(entry.Key, row!.Counts));
                rows.Add(new WordscoresRow(entry.Key, null, true, entry.Position, row.Documents));
            }
        }

        foreach (var row in virginMatrix.Rows)
        {
            texts.Add(model.Score(row.Name, row.Counts));
            rows.Add(new WordscoresRow(row.Name, null, false, null, row.Documents));
        }

        return new WordscoresResult(model, model.Predict(texts, level), rows, ReferenceRows(referenceMatrix), _read, _rejected);
    }

    /// <summary>
    /// One row per document: a first pass fits the model, a second scores each document as it is read (only a few
    /// numbers per document are kept, for the LBG rescaling and the output's order).
    /// </summary>
    public WordscoresResult ScoreDocuments(ICorpusReader reader, CorpusReaderOptions options, Func<ICorpusReader> reopen, double level)
    {
        var referenceMatrix = new FeatureMatrix(extractor);
        foreach (var (document, group, language) in Documents(reader, options, firstPass: true, perDocument: true))
        {
            var key = references.ByDocument ? document.Id : group;
            if (_entries.ContainsKey(key))
            {
                referenceMatrix.Add(key, document.Text, language);
            }
            else if (smooth > 0)
            {
                // With smoothing every feature of the corpus gets a score, so the model needs them all.
                referenceMatrix.AddFeatures(document.Text, language);
            }
        }

        var model = Fit(referenceMatrix, reader.Description, referenceMatrix.Features());
        var scored = new List<(WordscoresTextScore Text, WordscoresRow Row)>();
        foreach (var (document, group, language) in Documents(reopen(), options, firstPass: false, perDocument: true))
        {
            var isReference = _entries.TryGetValue(references.ByDocument ? document.Id : group, out var entry);
            if (isReference && !_include)
            {
                continue;
            }

            var counts = referenceMatrix.Count(document.Text, language);
            scored.Add((model.Score(document.Id, counts), new WordscoresRow(document.Id, group, isReference, entry?.Position, 1)));
        }

        // Reference texts first, by position (a stable sort keeps the corpus order within a position), then virgin texts.
        var ordered = scored.OrderBy(s => s.Row.IsReference ? 0 : 1).ThenBy(s => s.Row.Position ?? 0).ToList();
        return new WordscoresResult(
            model,
            model.Predict(ordered.Select(s => s.Text), level),
            [.. ordered.Select(s => s.Row)],
            ReferenceRows(referenceMatrix),
            _read,
            _rejected);
    }

    private WordscoresModel Fit(FeatureMatrix matrix, string corpus, HashSet<string> features)
    {
        foreach (var entry in references.Entries)
        {
            if (!matrix.TryGetRow(entry.Key, out var row))
            {
                throw new InputException($"{references.Path}:{entry.Line}: reference {Kind} \"{entry.Key}\" has no documents in {corpus}");
            }

            if (row.Terms == 0)
            {
                throw new InputException($"{references.Path}:{entry.Line}: reference {Kind} \"{entry.Key}\" has no words");
            }
        }

        var positions = references.Entries.Select(e => new KeyValuePair<string, double>(e.Key, e.Position));
        return WordscoresModel.Fit(matrix.References(positions), smooth, features);
    }

    private Dictionary<string, FeatureRow> ReferenceRows(FeatureMatrix matrix)
    {
        var rows = new Dictionary<string, FeatureRow>(StringComparer.Ordinal);
        foreach (var entry in references.Entries)
        {
            matrix.TryGetRow(entry.Key, out var row);
            rows[entry.Key] = row!;
        }

        return rows;
    }

    /// <summary>
    /// The corpus's documents; bad records stop the run, or with --skip-invalid are counted and reported (in the first
    /// pass). Per document with reference documents, a document's group is its --by field or empty: only groups of documents must exist.
    /// </summary>
    private IEnumerable<RunDocument> Documents(ICorpusReader reader, CorpusReaderOptions options, bool firstPass, bool perDocument)
    {
        var badRecords = firstPass || !args.Flag("skip-invalid") ? null : BadRecords.Skip();
        Func<Document, string>? groupOf = perDocument && references.ByDocument ? document => document.GetField(options.GroupField) ?? string.Empty : null;
        using var corpus = CorpusRuns.Open(context, args, reader, options, badRecords: badRecords, groupOf: groupOf);
        foreach (var document in corpus.Run.Documents())
        {
            yield return document;
        }

        if (firstPass)
        {
            (_read, _rejected) = (corpus.Run.DocumentCount, corpus.Run.Rejected);
            corpus.CheckNotEmpty(args, _read);
        }
    }
}
