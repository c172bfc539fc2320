namespace Framing.Corpus;

/// <summary>
/// A corpus format that a <see cref="CorpusReaderFactory"/> opens besides the built-in ones (JSON Lines, CSV, TSV, text
/// folders and manifests), such as Parquet in the <c>Framing.Parquet</c> package. A provider is immutable and
/// thread-safe: it only creates readers.
/// </summary>
public interface ICorpusFormatProvider
{
    /// <summary>
    /// The format's name, as a user chooses it (for example <c>parquet</c>): lowercase letters, digits and hyphens, and
    /// none of the built-in names (<see cref="CorpusReaderFactory.BuiltInFormatNames"/>).
    /// </summary>
    string Name { get; }

    /// <summary>
    /// The file extensions detected as this format, with their dot (for example <c>.parquet</c>); compared
    /// case-insensitively. They must differ from the built-in ones (<c>.jsonl</c>, <c>.ndjson</c>, <c>.json</c>,
    /// <c>.csv</c>, <c>.tsv</c>) and from other providers' extensions. May be empty: the format is then used only when
    /// chosen by name.
    /// </summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Creates a reader for an existing file (the factory has checked that it exists and is not a folder).</summary>
    /// <param name="path">The file's path as the user gave it; readers use it in ids and messages.</param>
    /// <param name="options">Field names and rules.</param>
    /// <returns>The reader. Nothing needs to be read before <see cref="ICorpusReader.Read"/> is enumerated.</returns>
    /// <exception cref="CorpusException">The file cannot be used as a corpus of this format.</exception>
    ICorpusReader Open(string path, CorpusReaderOptions options);
}
