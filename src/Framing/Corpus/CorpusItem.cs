namespace Framing.Corpus;

/// <summary>
/// One item produced by a corpus reader: either a document or a rejected record with the reason it was rejected.
/// Readers never drop a record silently; every record becomes exactly one <see cref="CorpusItem"/>.
/// </summary>
/// <remarks>
/// A reader may hand out a record before decoding it (a deferred item): the record is then decoded, once and
/// thread-safely, the first time <see cref="Document"/> or <see cref="Error"/> is read. This lets the scorer split a
/// file into records on one thread and decode them on several. <see cref="Size"/> is known without decoding.
/// </remarks>
public sealed class CorpusItem
{
    private Func<CorpusItem>? _decode;
    private Document? _document;
    private Diagnostic? _error;
    private object? _gate;

    private CorpusItem(Document? document, Diagnostic? error, long size)
    {
        _document = document;
        _error = error;
        Size = size;
    }

    private CorpusItem(Func<CorpusItem> decode, long size)
    {
        _decode = decode;
        _gate = new object();
        Size = size;
    }

    /// <summary>The document, when the record was read successfully.</summary>
    public Document? Document
    {
        get
        {
            Decode();
            return _document;
        }
    }

    /// <summary>The error, when the record was rejected.</summary>
    public Diagnostic? Error
    {
        get
        {
            Decode();
            return _error;
        }
    }

    /// <summary>Whether this item is a rejected record.</summary>
    public bool IsRejected => Error is not null;

    /// <summary>The record's size as read (bytes, or characters of text), for batching and progress; known without decoding.</summary>
    public long Size { get; }

    /// <summary>Creates an item holding a document.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The item.</returns>
    public static CorpusItem Accepted(Document document) =>
        new(document ?? throw new ArgumentNullException(nameof(document)), null, document.Text.Length);

    /// <summary>Creates an item holding a rejected record.</summary>
    /// <param name="error">Why the record was rejected.</param>
    /// <returns>The item.</returns>
    public static CorpusItem Rejected(Diagnostic error) => new(null, error ?? throw new ArgumentNullException(nameof(error)), 0);

    /// <summary>Creates an item whose record is decoded on first use.</summary>
    /// <param name="size">The record's size in bytes.</param>
    /// <param name="decode">Decodes the record into an accepted or rejected item; called at most once.</param>
    /// <returns>The item.</returns>
    public static CorpusItem Deferred(long size, Func<CorpusItem> decode) => new(decode ?? throw new ArgumentNullException(nameof(decode)), size);

    private void Decode()
    {
        if (Volatile.Read(ref _decode) is null)
        {
            return;
        }

        lock (_gate!)
        {
            if (_decode is { } decode)
            {
                var item = decode();
                _document = item.Document;
                _error = item.Error;
                Volatile.Write(ref _decode, null);
            }
        }
    }
}
