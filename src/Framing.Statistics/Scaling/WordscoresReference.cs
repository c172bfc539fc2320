namespace Framing.Statistics.Scaling;

/// <summary>A reference text of a Wordscores model: its feature counts and its known position on the scale.</summary>
/// <param name="Name">The text's name (a group such as an outlet, or a document id); unique among the references.</param>
/// <param name="Position">Its known position (a finite number; quanteda's <c>y</c>).</param>
/// <param name="Counts">Its feature counts (a row of the document-feature matrix; no negative count).</param>
internal sealed record WordscoresReference(string Name, double Position, IReadOnlyDictionary<string, long> Counts);
