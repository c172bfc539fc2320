using Framing.Scoring;

namespace Framing.Verbs;

/// <summary>The result of scoring groups: the tally (mergeable, with replicate sums) and one row per group and axis.</summary>
/// <param name="Tally">The corpus tally the rows come from.</param>
/// <param name="Options">The options the rows were made with.</param>
/// <param name="Rows">Per group, one row per dimension, then per composite index.</param>
public sealed record GroupScores(CorpusTally Tally, GroupScoreOptions Options, IReadOnlyList<GroupScore> Rows)
{
    /// <summary>The record's members as the compiler prints them (<c>GroupScores { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(GroupScores), PrintMembers);
}
