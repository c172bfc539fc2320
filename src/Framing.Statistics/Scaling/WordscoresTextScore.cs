namespace Framing.Statistics.Scaling;

/// <summary>
/// The raw Wordscores score of one text and its standard error, as <c>predict.textmodel_wordscores</c> (quanteda.textmodels)
/// computes them with <c>rescaling = "none"</c>: the mean of the word scores of the text's scored words weighted by
/// their relative frequency, S = Σ F_w S_w, and SE = √(Σ F_w (S − S_w)²) / √N, where F_w = c_w / N and N counts only
/// the words that have a word score (words without one are dropped first, as quanteda's <c>force_conformance</c> does).
/// </summary>
/// <param name="Name">The text's name.</param>
/// <param name="Score">The raw score; NaN when the text has no scored word.</param>
/// <param name="StandardError">Its standard error; NaN when the text has no scored word.</param>
/// <param name="Words">All feature occurrences in the text, scored or not.</param>
/// <param name="ScoredWords">The occurrences of features that have a word score (N above).</param>
public sealed record WordscoresTextScore(string Name, double Score, double StandardError, long Words, long ScoredWords)
{
    /// <summary>Whether the text has a score (at least one scored word).</summary>
    public bool HasScore => ScoredWords > 0;

    /// <summary>The record's members as the compiler prints them (<c>WordscoresTextScore { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(WordscoresTextScore), PrintMembers);
}
