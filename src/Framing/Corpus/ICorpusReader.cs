namespace Framing.Corpus;

/// <summary>
/// Reads a corpus as a stream of documents. Implementations read lazily (the corpus is never held in memory) and
/// yield every record exactly once, in a deterministic order, as an accepted document or a rejected record.
/// </summary>
public interface ICorpusReader
{
    /// <summary>A short description of the corpus for messages (usually its path).</summary>
    string Description { get; }

    /// <summary>Reads the corpus.</summary>
    /// <param name="cancellationToken">Stops reading early.</param>
    /// <returns>The documents and rejected records in corpus order.</returns>
    /// <exception cref="CorpusException">The corpus as a whole cannot be read (for example a missing file).</exception>
    IEnumerable<CorpusItem> Read(CancellationToken cancellationToken = default);

    /// <summary>How many bytes of its input the reader has consumed, and of how many (when known), for progress
    /// displays; null when the reader does not track it.</summary>
    ReadProgress? Progress => null;
}
