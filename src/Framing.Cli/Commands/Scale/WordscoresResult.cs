using Framing.Statistics.Scaling;

namespace Framing.Cli.Commands.Scale;

/// <summary>One output row of <c>framing scale wordscores</c> besides its scores: which text it is.</summary>
/// <param name="Text">The group value or document id.</param>
/// <param name="Group">The document's group (per-document rows), or null.</param>
/// <param name="IsReference">Whether the text is, or is part of, a reference text.</param>
/// <param name="Position">The reference text's position, or null for a virgin text.</param>
/// <param name="Documents">Documents in the text.</param>
internal sealed record WordscoresRow(string Text, string? Group, bool IsReference, double? Position, long Documents);

/// <summary>What a Wordscores run produced: the model, the prediction of its rows, and what was read.</summary>
/// <param name="Model">The fitted model.</param>
/// <param name="Prediction">The scored texts, in the order of <paramref name="Rows"/>.</param>
/// <param name="Rows">Which text each predicted text is.</param>
/// <param name="ReferenceRows">The reference texts' rows of the feature matrix (documents and terms).</param>
/// <param name="DocumentsRead">Documents read (in the first pass).</param>
/// <param name="Rejected">Bad records skipped with --skip-invalid.</param>
internal sealed record WordscoresResult(
    WordscoresModel Model,
    WordscoresPrediction Prediction,
    IReadOnlyList<WordscoresRow> Rows,
    IReadOnlyDictionary<string, FeatureRow> ReferenceRows,
    long DocumentsRead,
    long Rejected);
