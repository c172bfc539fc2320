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
    // Until decoded, the item's own pending record, given a buffer when it may lend the text (see DocumentForScoring).
    // It is also the lock that makes decoding happen once.
    private PendingRecord? _decoder;
    private Document? _document;
    private Diagnostic? _error;

    private CorpusItem(Document? document, Diagnostic? error, long size)
    {
        _document = document;
        _error = error;
        Size = size;
    }

    private CorpusItem(PendingRecord decoder, long size)
    {
        _decoder = decoder;
        Size = size;
    }

    /// <summary>The document, when the record was read successfully.</summary>
    public Document? Document
    {
        get
        {
            Decode(null);
            return _document;
        }
    }

    /// <summary>The error, when the record was rejected.</summary>
    public Diagnostic? Error
    {
        get
        {
            Decode(null);
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

    /// <summary>Creates an item holding a document whose text is lent (<see cref="Document.IsTextLent"/>).</summary>
    /// <param name="document">The document.</param>
    /// <param name="characters">Its text's length.</param>
    /// <returns>The item.</returns>
    internal static CorpusItem AcceptedLent(Document document, long characters) =>
        new(document ?? throw new ArgumentNullException(nameof(document)), null, characters);

    /// <summary>Creates an item holding a rejected record.</summary>
    /// <param name="error">Why the record was rejected.</param>
    /// <returns>The item.</returns>
    public static CorpusItem Rejected(Diagnostic error) => new(null, error ?? throw new ArgumentNullException(nameof(error)), 0);

    /// <summary>
    /// Creates an item holding a rejected record of a known size: a record too long to read, sized as what was read
    /// of it, so that it starts and ends a batch of its own (see <see cref="Size"/>), and a scorer hands it on before
    /// the reader goes on to skip the rest of it.
    /// </summary>
    /// <param name="error">Why the record was rejected.</param>
    /// <param name="size">The bytes read of it.</param>
    /// <returns>The item.</returns>
    internal static CorpusItem Rejected(Diagnostic error, long size) => new(null, error ?? throw new ArgumentNullException(nameof(error)), size);

    /// <summary>Creates an item whose record is decoded on first use.</summary>
    /// <param name="size">The record's size in bytes.</param>
    /// <param name="decode">Decodes the record into an accepted or rejected item; called at most once. It may not return
    /// null: the item's first use is then an <see cref="InvalidOperationException"/>.</param>
    /// <returns>The item.</returns>
    public static CorpusItem Deferred(long size, Func<CorpusItem> decode)
    {
        ArgumentNullException.ThrowIfNull(decode);

        // A pending record of the item's own, which it locks while decoding (the caller's delegate may be shared by
        // many items, or locked by its code).
        return new(new DecodedBy(_ => decode()), size);
    }

    /// <summary>
    /// Creates an item whose record is decoded on first use, and which can be decoded with its text lent in a reusable
    /// buffer (see <see cref="DocumentForScoring"/>).
    /// </summary>
    /// <param name="size">The record's size in bytes.</param>
    /// <param name="decode">Decodes the record into an accepted or rejected item; called at most once. Given a buffer,
    /// it may leave a text that fits there (the document's text is then lent: see <see cref="Document.IsTextLent"/>);
    /// given null, it holds the text as a string.</param>
    /// <returns>The item.</returns>
    internal static CorpusItem Deferred(long size, Func<LentText?, CorpusItem> decode) => new(new DecodedBy(decode ?? throw new ArgumentNullException(nameof(decode))), size);

    /// <summary>
    /// Creates an item whose record is decoded on first use by <paramref name="record"/>, which may lend the text (as
    /// <see cref="Deferred(long, Func{LentText?, CorpusItem})"/>): for a reader that keeps what a record needs in an
    /// object of its own instead of a closure and a delegate.
    /// </summary>
    /// <param name="size">The record's size in bytes.</param>
    /// <param name="record">The record, not shared with another item.</param>
    /// <returns>The item.</returns>
    internal static CorpusItem Deferred(long size, PendingRecord record) => new(record ?? throw new ArgumentNullException(nameof(record)), size);

    /// <summary>
    /// The document, for a scorer that keeps nothing of its text once scored: a record not yet decoded is decoded with
    /// its text in <paramref name="buffer"/> when its reader can (no string is made for it, and the item's
    /// <see cref="Document"/> is afterwards a document whose <see cref="Document.Text"/> throws); otherwise the same as
    /// <see cref="Document"/>. The text to score is <see cref="Document.Text"/>, or the buffer's when
    /// <see cref="Document.IsTextLent"/>, valid until the buffer's next use.
    /// </summary>
    /// <param name="buffer">The caller's buffer (one per thread).</param>
    /// <returns>The document, or null when the record is rejected (<see cref="Error"/>).</returns>
    internal Document? DocumentForScoring(LentText buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        Decode(buffer);
        return _document;
    }

    private void Decode(LentText? buffer)
    {
        if (Volatile.Read(ref _decoder) is not { } decoder)
        {
            return;
        }

        lock (decoder)
        {
            if (_decoder is null)
            {
                return;
            }

            var item = decoder.Decode(buffer)
                ?? throw new InvalidOperationException("the decoder of a deferred corpus item (CorpusItem.Deferred) returned null instead of an accepted or rejected item");
            _document = item.Document;
            _error = item.Error;
            Volatile.Write(ref _decoder, null);
        }
    }

    // A record decoded by a delegate.
    private sealed class DecodedBy(Func<LentText?, CorpusItem> decode) : PendingRecord
    {
        internal override CorpusItem Decode(LentText? buffer) => decode(buffer);
    }
}
