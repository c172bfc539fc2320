using Framing.Scoring;
using Framing.Statistics;
using Framing.Statistics.Scores;

namespace Framing.Verbs;

/// <summary>
/// One group's score on one dimension or composite index, in the selected voices, with its interval and the counts of
/// each voice.
/// </summary>
/// <param name="Row">Counts, weights and score in the selected voices.</param>
/// <param name="Editorial">The same row counting only the outlet's own voice.</param>
/// <param name="Quoted">The same row counting only quotations.</param>
/// <param name="Attributed">The same row counting only reported speech outside quotation marks.</param>
/// <param name="Interval">The bootstrap interval of the score, or null when the run had no bootstrap.</param>
public sealed record GroupScore(ScoreRow Row, ScoreRow Editorial, ScoreRow Quoted, ScoreRow Attributed, ConfidenceInterval? Interval)
{
    /// <summary>The group (for example the outlet).</summary>
    public string Group => Row.Group;

    /// <summary>The dimension or composite index id.</summary>
    public string Dimension => Row.Dimension;

    /// <summary>(weight_a − weight_b) / (weight_a + weight_b), or null without matches.</summary>
    public double? Score => Row.Score;

    /// <summary>The record's members as the compiler prints them (<c>GroupScore { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(GroupScore), PrintMembers);
}
