namespace Framing.Statistics.Validation;

/// <summary>
/// How the documents of a validation run were used: every scored document is on side A, on side B, of a leaning on
/// neither side, or without a known leaning; none is dropped silently.
/// Compares by value, lists element by element.</summary>
/// <param name="Scored">Documents scored.</param>
/// <param name="Rejected">Records rejected by the corpus reader.</param>
/// <param name="SideA">Documents of side A's leanings (used).</param>
/// <param name="SideB">Documents of side B's leanings (used).</param>
/// <param name="WithoutLeaning">Documents whose leaning is unknown (their group has no known leaning, or the field is missing): not used.</param>
/// <param name="GroupsWithoutLeaning">The groups of those documents, sorted (ordinal).</param>
/// <param name="ByLeaning">Documents per known leaning (both sides and the others), sorted by leaning (ordinal).</param>
public sealed record ValidationDocuments(
    long Scored,
    long Rejected,
    long SideA,
    long SideB,
    long WithoutLeaning,
    IReadOnlyList<string> GroupsWithoutLeaning,
    IReadOnlyList<KeyValuePair<string, long>> ByLeaning)
{
    /// <summary>The groups of those documents, sorted (ordinal) (a read-only list, compared element by element).</summary>
    public IReadOnlyList<string> GroupsWithoutLeaning { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(GroupsWithoutLeaning);

    /// <summary>Documents per known leaning (both sides and the others), sorted by leaning (ordinal) (a read-only list, compared element by element).</summary>
    public IReadOnlyList<KeyValuePair<string, long>> ByLeaning { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(ByLeaning);

    /// <summary>Documents whose leaning is on neither side: not used.</summary>
    public long OtherLeaning => Scored - SideA - SideB - WithoutLeaning;

    /// <summary>
    /// The groups a known-leanings file names that have no document in the corpus, sorted (ordinal): often a typing
    /// mistake in the file or the corpus. Empty for leanings read from a document field.
    /// </summary>
    public IReadOnlyList<string> KnownGroupsNotInCorpus { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.Empty<string>();

    /// <summary>The record's members as the compiler prints them (<c>ValidationDocuments { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ValidationDocuments), PrintMembers);
}
