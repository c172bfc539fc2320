namespace Framing.Corpus;

/// <summary>
/// One item produced by a corpus reader: either a document or a rejected record with the reason it was rejected.
/// Readers never drop a record silently; every record becomes exactly one <see cref="CorpusItem"/>.
/// </summary>
public sealed class CorpusItem
{
    private CorpusItem(Document? document, CorpusError? error)
    {
        Document = document;
        Error = error;
    }

    /// <summary>The document, when the record was read successfully.</summary>
    public Document? Document { get; }

    /// <summary>The error, when the record was rejected.</summary>
    public CorpusError? Error { get; }

    /// <summary>Whether this item is a rejected record.</summary>
    public bool IsRejected => Error is not null;

    /// <summary>Creates an item holding a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The item.</returns>
    public static CorpusItem Accepted(Document document) => new(document ?? throw new ArgumentNullException(nameof(document)), null);

    /// <summary>Creates an item holding a rejected record.</summary>
    /// <param name="error">Why the record was rejected.</param>
    /// <returns>The item.</returns>
    public static CorpusItem Rejected(CorpusError error) => new(null, error ?? throw new ArgumentNullException(nameof(error)));
}
