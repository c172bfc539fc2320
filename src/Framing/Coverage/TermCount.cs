namespace Framing.Coverage;

/// <summary>An unmatched term and how often it was seen.</summary>
/// <param name="Term">The term: normalized, article-stripped tokens separated by one space.</param>
/// <param name="Count">Its occurrences.</param>
public readonly record struct TermCount(string Term, long Count)
{
    /// <summary>The record's members as the compiler prints them (<c>TermCount { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(TermCount), PrintMembers);
}
