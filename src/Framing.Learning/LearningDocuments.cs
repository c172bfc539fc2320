namespace Framing.Learning;

/// <summary>
/// How the documents of a learning run were used: every scored document is on side A, on side B, of a leaning on
/// neither side, or without a known leaning; none is dropped silently.
/// Compares by value, lists element by element.</summary>
/// <param name="Scored">Documents read and analysed.</param>
/// <param name="Rejected">Records rejected by the corpus reader.</param>
/// <param name="SideA">Documents of side A's leanings (used).</param>
/// <param name="SideB">Documents of side B's leanings (used).</param>
/// <param name="WithoutLeaning">Documents whose leaning is unknown: not used.</param>
/// <param name="OtherLeaning">Documents of a known leaning on neither side: not used.</param>
/// <param name="OutletsA">Side A's outlets, sorted (ordinal).</param>
/// <param name="OutletsB">Side B's outlets, sorted (ordinal).</param>
/// <param name="LeaningsSeen">Every known leaning met in the documents, sorted (ordinal).</param>
public sealed record LearningDocuments(
    long Scored,
    long Rejected,
    long SideA,
    long SideB,
    long WithoutLeaning,
    long OtherLeaning,
    IReadOnlyList<string> OutletsA,
    IReadOnlyList<string> OutletsB,
    IReadOnlyList<string> LeaningsSeen)
{
    /// <summary>Side A's outlets, sorted (ordinal) (a read-only list, compared element by element).</summary>
    public IReadOnlyList<string> OutletsA { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(OutletsA);

    /// <summary>Side B's outlets, sorted (ordinal) (a read-only list, compared element by element).</summary>
    public IReadOnlyList<string> OutletsB { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(OutletsB);

    /// <summary>Every known leaning met in the documents, sorted (ordinal) (a read-only list, compared element by element).</summary>
    public IReadOnlyList<string> LeaningsSeen { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(LeaningsSeen);

    /// <summary>
    /// The groups a known-leanings file names that have no document in the corpus, sorted (ordinal): often a typing
    /// mistake in the file or the corpus. Empty for leanings read from a document field.
    /// </summary>
    public IReadOnlyList<string> KnownGroupsNotInCorpus { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.Empty<string>();

    /// <summary>The record's members as the compiler prints them (<c>LearningDocuments { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(LearningDocuments), PrintMembers);
}
