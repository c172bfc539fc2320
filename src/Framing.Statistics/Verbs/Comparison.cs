using Framing.Scoring;
using Framing.Statistics.Comparisons;

namespace Framing.Verbs;

/// <summary>The result of comparing groups: the tally and the comparison rows (pairs, then omnibus, per axis). Compares by value, lists element by element, except the tally, compared by reference (a corpus run's accumulator: compare <see cref="Rows"/> to compare two runs).</summary>
/// <param name="Tally">The corpus tally.</param>
/// <param name="Rows">The rows.</param>
public sealed record Comparison(CorpusTally Tally, IReadOnlyList<ComparisonRow> Rows)
{
    /// <summary>The rows (a read-only list, compared element by element).</summary>
    public IReadOnlyList<ComparisonRow> Rows { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Rows);

    /// <summary>The record's members as the compiler prints them (<c>Comparison { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(Comparison), PrintMembers);
}
