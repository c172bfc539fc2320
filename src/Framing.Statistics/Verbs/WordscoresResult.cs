using Framing.Statistics.Scaling;

namespace Framing.Verbs;

/// <summary>The result of Wordscores scaling: the model, the predictions in the order of <see cref="Rows"/>, and counts.</summary>
public sealed class WordscoresResult
{
    internal WordscoresResult(
        WordscoresModel model,
        WordscoresPrediction prediction,
        IReadOnlyList<WordscoresRow> rows,
        IReadOnlyDictionary<string, FeatureRow> referenceRows,
        long documentsRead,
        long rejected)
    {
        Model = model;
        Prediction = prediction;
        Rows = ReadOnlyLists.Of(rows);
        ReferenceRows = referenceRows;
        DocumentsRead = documentsRead;
        Rejected = rejected;
    }

    /// <summary>The fitted model (word scores).</summary>
    public WordscoresModel Model { get; }

    /// <summary>The scores of the texts, with their rescalings.</summary>
    public WordscoresPrediction Prediction { get; }

    /// <summary>The texts, in the order of the prediction.</summary>
    public IReadOnlyList<WordscoresRow> Rows { get; }

    /// <summary>The reference texts' feature rows, by key.</summary>
    internal IReadOnlyDictionary<string, FeatureRow> ReferenceRows { get; }

    /// <summary>Documents read (in the fitting pass).</summary>
    public long DocumentsRead { get; }

    /// <summary>Records rejected (in the fitting pass).</summary>
    public long Rejected { get; }
}
