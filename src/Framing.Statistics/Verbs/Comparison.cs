using Framing.Scoring;
using Framing.Statistics.Comparisons;

namespace Framing.Verbs;

/// <summary>The result of comparing groups: the tally and the comparison rows (pairs, then omnibus, per axis).</summary>
/// <param name="Tally">The corpus tally.</param>
/// <param name="Rows">The rows.</param>
public sealed record Comparison(CorpusTally Tally, IReadOnlyList<ComparisonRow> Rows)
{
    /// <summary>The record's members as the compiler prints them (<c>Comparison { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(Comparison), PrintMembers);
}
