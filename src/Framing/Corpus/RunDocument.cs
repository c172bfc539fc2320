namespace Framing.Corpus;

/// <summary>A document of a <see cref="CorpusRun"/> with its resolved group and language.</summary>
/// <param name="Document">The document.</param>
/// <param name="Group">Its group.</param>
/// <param name="Language">The language to analyze it as, or null to detect it.</param>
internal readonly record struct RunDocument(Document Document, string Group, string? Language);
