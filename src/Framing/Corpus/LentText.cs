namespace Framing.Corpus;

/// <summary>
/// A reusable character buffer that a reader decodes a document's text into when the scorer lends it one (see
/// <see cref="CorpusItem.DocumentForScoring"/>), so that scoring without per-document output makes no string per
/// document. One per thread; the text is valid until the buffer's next use.
/// </summary>
internal sealed class LentText
{
    /// <summary>The longest text lent (in UTF-8 bytes before decoding, an upper bound on its characters): longer texts
    /// are held as strings, so that a very large document does not leave a buffer as large behind it.</summary>
    internal const int MaxBytes = 1 << 20;

    private char[] _buffer = [];

    /// <summary>The characters of the current text.</summary>
    public ReadOnlySpan<char> Span => _buffer.AsSpan(0, Length);

    /// <summary>How many characters the current text has.</summary>
    public int Length { get; private set; }

    /// <summary>The document whose text the buffer holds (set when the document is made), or null.</summary>
    public Document? Owner { get; set; }

    /// <summary>The text of <paramref name="document"/>: the buffer's when it holds that document's lent text, else the
    /// document's own (which throws for a lent document whose text is no longer here, such as an item scored twice).</summary>
    /// <param name="document">A document returned by <see cref="CorpusItem.DocumentForScoring"/> with this buffer.</param>
    /// <returns>Its text.</returns>
    public ReadOnlySpan<char> TextOf(Document document) =>
        document.IsTextLent && ReferenceEquals(Owner, document) ? Span : document.Text;

    /// <summary>A buffer of at least <paramref name="characters"/> characters to decode the next text into (its
    /// contents are undefined); <see cref="SetLength"/> then says how much of it holds the text.</summary>
    /// <param name="characters">The most characters the text can have.</param>
    /// <returns>The buffer.</returns>
    public char[] Reserve(int characters)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(characters);
        Length = 0;
        Owner = null;
        if (_buffer.Length < characters)
        {
            _buffer = new char[Math.Max(characters, Math.Min(MaxBytes, _buffer.Length * 2))];
        }

        return _buffer;
    }

    /// <summary>Sets how many characters of the buffer hold the text.</summary>
    /// <param name="length">The text's length.</param>
    public void SetLength(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, _buffer.Length);
        Length = length;
    }
}
