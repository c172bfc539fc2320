using Framing.Statistics.Scaling;

namespace Framing.Verbs;

/// <summary>The result of Wordscores scaling: the model, the predictions in the order of <see cref="Rows"/>, and counts.</summary>
/// <param name="Model">The fitted model (word scores).</param>
/// <param name="Prediction">The scores of the texts, with their rescalings.</param>
/// <param name="Rows">The texts, in the order of the prediction.</param>
/// <param name="ReferenceRows">The reference texts' feature rows, by key.</param>
/// <param name="DocumentsRead">Documents read (in the fitting pass).</param>
/// <param name="Rejected">Records rejected (in the fitting pass).</param>
public sealed record WordscoresResult(
    WordscoresModel Model,
    WordscoresPrediction Prediction,
    IReadOnlyList<WordscoresRow> Rows,
    IReadOnlyDictionary<string, FeatureRow> ReferenceRows,
    long DocumentsRead,
    long Rejected);
