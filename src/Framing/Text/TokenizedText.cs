namespace Framing.Text;

/// <summary>
/// The result of tokenizing one text: tokens with their original offsets, sentences and quoted spans.
/// An instance is reused from document to document (call <see cref="Clear"/>), so tokenizing does not allocate once
/// its buffers have grown to the largest document seen. Not thread-safe: use one instance per thread.
/// </summary>
internal sealed class TokenizedText
{
    private Token[] _tokens;
    private SentenceSpan[] _sentences;
    private QuotedSpan[] _quotes;

    /// <summary>The open quotations while tokenizing into this output (reused, so tokenizing allocates nothing once the
    /// buffers have grown).</summary>
    internal QuoteTracker OpenQuotes { get; } = new();

    /// <summary>A container sized for documents (it grows as needed).</summary>
    public TokenizedText()
        : this(256)
    {
    }

    /// <summary>A container whose buffers start at room for <paramref name="tokenCapacity"/> tokens (they grow as
    /// needed): small for a lexicon's patterns, which are tokenized by the thousand when a lexicon loads.</summary>
    /// <param name="tokenCapacity">Tokens to make room for at first (at least 1).</param>
    public TokenizedText(int tokenCapacity)
    {
        tokenCapacity = Math.Max(1, tokenCapacity);
        _tokens = new Token[tokenCapacity];
        _sentences = new SentenceSpan[Math.Max(1, tokenCapacity / 8)];
        _quotes = new QuotedSpan[Math.Max(1, tokenCapacity / 32)];
    }

    /// <summary>Number of tokens.</summary>
    public int TokenCount { get; private set; }

    /// <summary>Number of sentences (sentences without tokens are not counted).</summary>
    public int SentenceCount { get; private set; }

    /// <summary>Number of quoted spans.</summary>
    public int QuoteCount { get; private set; }

    /// <summary>The tokens in text order.</summary>
    public ReadOnlySpan<Token> Tokens => _tokens.AsSpan(0, TokenCount);

    /// <summary>The sentences in text order.</summary>
    public ReadOnlySpan<SentenceSpan> Sentences => _sentences.AsSpan(0, SentenceCount);

    /// <summary>The quoted spans, ordered by start offset (outer before inner at the same offset).</summary>
    public ReadOnlySpan<QuotedSpan> Quotes => _quotes.AsSpan(0, QuoteCount);

    /// <summary>Empties the container, keeping its buffers.</summary>
    public void Clear()
    {
        TokenCount = 0;
        SentenceCount = 0;
        QuoteCount = 0;
        OpenQuotes.Reset();
    }

    private void GrowTokens() => Array.Resize(ref _tokens, _tokens.Length * 2);

    /// <summary>The token buffer, which the tokenizer's loop writes straight into (see <see cref="SetTokenCount"/>).</summary>
    internal Token[] TokenBuffer => _tokens;

    /// <summary>Sets how many tokens of <see cref="TokenBuffer"/> are written (by the tokenizer's loop).</summary>
    /// <param name="count">The count, at most the buffer's length.</param>
    internal void SetTokenCount(int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)count, (uint)_tokens.Length, nameof(count));
        TokenCount = count;
    }

    /// <summary>Doubles the token buffer, keeping its tokens, and returns the new one.</summary>
    internal Token[] GrowTokenBuffer()
    {
        GrowTokens();
        return _tokens;
    }

    internal void AddSentence(SentenceSpan sentence)
    {
        if (SentenceCount == _sentences.Length)
        {
            Array.Resize(ref _sentences, _sentences.Length * 2);
        }

        _sentences[SentenceCount++] = sentence;
    }

    internal void AddQuote(QuotedSpan quote)
    {
        if (QuoteCount == _quotes.Length)
        {
            Array.Resize(ref _quotes, _quotes.Length * 2);
        }

        _quotes[QuoteCount++] = quote;
    }

    /// <summary>Orders the quoted spans by start, an outer span before the inner one that starts with it.</summary>
    /// <remarks>A document's few spans, nearly in order already, by insertion here: the framework's sort over this struct
    /// is not precompiled in the installed tool, and compiling its seven methods cost every run's first document with
    /// two quotations. Many spans (at most quadratic work otherwise) go to the framework's sort.</remarks>
    internal void SortQuotes()
    {
        const int ByInsertion = 64;
        if (QuoteCount > ByInsertion)
        {
            _quotes.AsSpan(0, QuoteCount).Sort(static (x, y) => Compare(x, y));
            return;
        }

        for (var i = 1; i < QuoteCount; i++)
        {
            var quote = _quotes[i];
            var j = i - 1;
            while (j >= 0 && Compare(_quotes[j], quote) > 0)
            {
                _quotes[j + 1] = _quotes[j];
                j--;
            }

            _quotes[j + 1] = quote;
        }
    }

    private static int Compare(QuotedSpan x, QuotedSpan y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.Depth.CompareTo(y.Depth);
}
