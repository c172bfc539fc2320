using Framing.Text;

namespace Framing.Statistics.Scaling;

/// <summary>
/// A document-feature matrix accumulated as documents stream: one row per text (a group such as an outlet, or one
/// document), its features the terms of the library's own pipeline, as <see cref="TermExtractor"/> gives them to
/// <c>framing keyness</c> and <c>framing coverage</c>: tokens of the <see cref="Tokenizer"/>, normalized by their
/// language's normalizer (Arabic: diacritics and tatweel removed, أ إ آ → ا, ى → ي, ة → ه, and a proclitic chain that
/// ends in the article removed, so الإرهابيين and للإرهابيين count as إرهابيين), n-grams within a sentence. Memory grows
/// with the rows and their vocabularies, never with the number of documents. Not thread-safe.
/// </summary>
internal sealed class FeatureMatrix
{
    private readonly TermExtractor _extractor;
    private readonly Dictionary<string, FeatureRow> _rows = new(StringComparer.Ordinal);
    private readonly HashSet<string> _otherFeatures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _scratch = new(StringComparer.Ordinal);

    /// <summary>Creates an empty matrix.</summary>
    /// <param name="extractor">How texts become terms (default: unigrams with the built-in languages).</param>
    public FeatureMatrix(TermExtractor? extractor = null)
    {
        _extractor = extractor ?? new TermExtractor();
    }

    /// <summary>The rows, in ordinal order of their names.</summary>
    public IReadOnlyList<FeatureRow> Rows => [.. _rows.Values.OrderBy(r => r.Name, StringComparer.Ordinal)];

    /// <summary>Adds a document's terms to a row (created on first use).</summary>
    /// <param name="row">The row (for example the document's outlet, or its id).</param>
    /// <param name="text">The document's text.</param>
    /// <param name="language">Its language (<c>ar</c>, <c>en</c>, …), or null to detect it from its script.</param>
    /// <returns>The number of terms added.</returns>
    public long Add(string row, string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (!_rows.TryGetValue(row, out var target))
        {
            _rows[row] = target = new FeatureRow(row);
        }

        var added = _extractor.Count(text, language, target.MutableCounts);
        target.Record(added);
        return added;
    }

    /// <summary>
    /// Records the features of a document that belongs to no row, without keeping its counts: a text scored on its own
    /// still belongs to the matrix a model is fitted on, and with smoothing every feature of that matrix counts (see
    /// <see cref="WordscoresModel.Fit"/>).
    /// </summary>
    /// <param name="text">The document's text.</param>
    /// <param name="language">Its language, or null to detect it.</param>
    public void AddFeatures(string text, string? language = null)
    {
        _scratch.Clear();
        _extractor.Count(text, language, _scratch);
        foreach (var term in _scratch.Keys)
        {
            _otherFeatures.Add(term);
        }

        _scratch.Clear();
    }

    /// <summary>The term counts of one text, kept nowhere (to score a document as it streams past).</summary>
    /// <param name="text">The text.</param>
    /// <param name="language">Its language, or null to detect it.</param>
    /// <returns>A new dictionary of term counts.</returns>
    public Dictionary<string, long> Count(string text, string? language = null)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        _extractor.Count(text, language, counts);
        return counts;
    }

    /// <summary>Finds a row.</summary>
    /// <param name="row">The row's name.</param>
    /// <param name="result">The row, when there is one.</param>
    /// <returns>Whether the row exists.</returns>
    public bool TryGetRow(string row, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FeatureRow? result) => _rows.TryGetValue(row, out result);

    /// <summary>Every feature of the matrix: those of its rows and those recorded by <see cref="AddFeatures"/>.</summary>
    /// <returns>A new set.</returns>
    public HashSet<string> Features()
    {
        var features = new HashSet<string>(_otherFeatures, StringComparer.Ordinal);
        foreach (var row in _rows.Values)
        {
            features.UnionWith(row.Counts.Keys);
        }

        return features;
    }

    /// <summary>The reference texts of a Wordscores model: the named rows with their positions.</summary>
    /// <param name="positions">Row names and their known positions.</param>
    /// <returns>The references, in the order given.</returns>
    /// <exception cref="ArgumentException">A named row does not exist.</exception>
    public IReadOnlyList<WordscoresReference> References(IEnumerable<KeyValuePair<string, double>> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var references = new List<WordscoresReference>();
        foreach (var (name, position) in positions)
        {
            if (!_rows.TryGetValue(name, out var row))
            {
                throw new ArgumentException($"the matrix has no row \"{name}\"", nameof(positions));
            }

            references.Add(new WordscoresReference(name, position, row.Counts));
        }

        return references;
    }
}
