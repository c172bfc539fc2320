using Framing.Statistics.Terms;

namespace Framing.Verbs;

/// <summary>The result of <see cref="FramingVerbs.Keyness"/>: the table, most key term first, and the counts behind it.</summary>
/// <param name="Table">The keyness table.</param>
/// <param name="TargetDocuments">Documents of the target group.</param>
/// <param name="ReferenceDocuments">Documents of the reference.</param>
/// <param name="TargetTerms">Term occurrences in the target.</param>
/// <param name="ReferenceTerms">Term occurrences in the reference.</param>
public sealed record KeynessResult(KeynessTable Table, long TargetDocuments, long ReferenceDocuments, long TargetTerms, long ReferenceTerms)
{
    /// <summary>The record's members as the compiler prints them (<c>KeynessResult { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(KeynessResult), PrintMembers);
}
