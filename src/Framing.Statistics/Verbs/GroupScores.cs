using Framing.Scoring;

namespace Framing.Verbs;

/// <summary>The result of scoring groups: the tally (mergeable, with replicate sums) and one row per group and axis. Compares by value, lists element by element, except the tally, compared by reference (a corpus run's accumulator: compare <see cref="Rows"/> to compare two runs).</summary>
/// <remarks>The tally is compared by reference on purpose: it is a mutable accumulator (<see cref="CorpusTally.Merge"/>
/// adds another part's figures to it in place, after the rows were made), so an equality or hash code taken from its
/// figures would change under a result kept in a set or as a dictionary key, and would say the rows are equal to a tally
/// they no longer describe. Two results of equal runs therefore differ unless they share one tally; their
/// <see cref="Rows"/> (and <see cref="Options"/>) are equal, and <see cref="object.GetHashCode"/> agrees with
/// <see cref="object.Equals(object)"/>.</remarks>
/// <param name="Tally">The corpus tally the rows come from.</param>
/// <param name="Options">The options the rows were made with.</param>
/// <param name="Rows">Per group, one row per dimension, then per composite index.</param>
public sealed record GroupScores(CorpusTally Tally, GroupScoreOptions Options, IReadOnlyList<GroupScore> Rows)
{
    /// <summary>Per group, one row per dimension, then per composite index (a read-only list, compared element by element).</summary>
    public IReadOnlyList<GroupScore> Rows { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Rows);

    /// <summary>The record's members as the compiler prints them (<c>GroupScores { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(GroupScores), PrintMembers);
}
