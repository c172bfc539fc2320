namespace Framing.Corpus;

/// <summary>How far a corpus run has read: records (documents and rejected records) and their characters.</summary>
/// <param name="Records">Records read so far.</param>
/// <param name="Characters">Characters of their texts (the size a reader gives each record).</param>
public readonly record struct CorpusProgress(long Records, long Characters);
