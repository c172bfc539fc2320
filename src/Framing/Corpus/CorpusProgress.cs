namespace Framing.Corpus;

/// <summary>How far a corpus run has read: records (documents and rejected records) and their characters.</summary>
/// <param name="Records">Records read so far.</param>
/// <param name="Characters">Characters of their texts (the size a reader gives each record).</param>
public readonly record struct CorpusProgress(long Records, long Characters)
{
    /// <summary>The record's members as the compiler prints them (<c>CorpusProgress { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(CorpusProgress), PrintMembers);
}
