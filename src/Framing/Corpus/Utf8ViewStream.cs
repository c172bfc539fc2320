using Framing.Text;

namespace Framing.Corpus;

/// <summary>
/// A read-only view of a text stream as UTF-8: the stream itself when it does not start with a UTF-16 or UTF-32
/// byte-order mark, its text re-encoded as UTF-8 when it does (see <see cref="WideUnicode"/>). The first bytes are
/// looked at on the first read, not before, so that wrapping standard input reads nothing yet.
/// </summary>
internal sealed class Utf8ViewStream(Stream inner) : Stream
{
    private const int BlockSize = 64 * 1024;

    // The first bytes looked at: a byte-order mark's, or a compressed file's magic bytes.
    private const int HeadBytes = WideUnicode.LongestMark > CompressedInput.HeadBytes ? WideUnicode.LongestMark : CompressedInput.HeadBytes;

    private readonly byte[] _raw = new byte[BlockSize];
    private int _rawStart;
    private int _rawEnd;
    private bool _started;
    private bool _innerEnded;
    private bool _done;
    private WideUnicodeTranscoder? _transcoder;
    private CompressedInput? _compression;
    private byte[] _out = [];
    private int _outStart;
    private int _outEnd;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>The compression the stream's first bytes show (<see cref="CompressedInput"/>), or null; looking reads
    /// them now when nothing has been read yet, as the first read of <paramref name="wanted"/> bytes would (they are
    /// then still read as the stream's bytes).</summary>
    /// <param name="wanted">The size of the caller's first read.</param>
    /// <returns>The compression, or null (always for a stream that starts with a UTF-16 or UTF-32 byte-order mark).</returns>
    public CompressedInput? Compression(int wanted)
    {
        if (!_started)
        {
            Start(wanted);
        }

        return _compression;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        if (!_started)
        {
            Start(buffer.Length);
        }

        if (_transcoder is null)
        {
            // Not UTF-16 or UTF-32: the bytes looked at first, then the stream as it is.
            if (_rawStart < _rawEnd)
            {
                var n = Math.Min(buffer.Length, _rawEnd - _rawStart);
                _raw.AsSpan(_rawStart, n).CopyTo(buffer);
                _rawStart += n;
                return n;
            }

            return _innerEnded ? 0 : inner.Read(buffer);
        }

        while (_outStart == _outEnd)
        {
            if (!Fill())
            {
                return 0;
            }
        }

        var count = Math.Min(buffer.Length, _outEnd - _outStart);
        _out.AsSpan(_outStart, count).CopyTo(buffer);
        _outStart += count;
        return count;
    }

    // Reads at least the longest mark's bytes (and a compressed file's magic bytes; or all of a shorter input), asking for as many bytes as the caller did:
    // a reader that bounds what it reads (a line too long, an endless input) reads the stream in the sizes it asks for.
    private void Start(int wanted)
    {
        _started = true;
        var size = Math.Clamp(wanted, HeadBytes, _raw.Length);
        while (_rawEnd < HeadBytes)
        {
            var n = inner.Read(_raw, _rawEnd, size - _rawEnd);
            if (n == 0)
            {
                _innerEnded = true;
                break;
            }

            _rawEnd += n;
        }

        if (WideUnicode.Detect(_raw.AsSpan(0, _rawEnd), out var mark) is { } form)
        {
            _transcoder = new WideUnicodeTranscoder(form);
            _out = new byte[WideUnicodeTranscoder.MaxOutput(_raw.Length)];
            _rawStart = mark;
        }
        else
        {
            _compression = CompressedInput.Of(_raw.AsSpan(0, _rawEnd));
        }
    }

    // Converts the next block; false once everything has been converted and read.
    private bool Fill()
    {
        while (!_done)
        {
            // Move the bytes of a code unit split between reads to the front, then read on after them.
            var left = _rawEnd - _rawStart;
            _raw.AsSpan(_rawStart, left).CopyTo(_raw);
            _rawStart = 0;
            _rawEnd = left;
            if (!_innerEnded)
            {
                var n = inner.Read(_raw, _rawEnd, _raw.Length - _rawEnd);
                _innerEnded = n == 0;
                _rawEnd += n;
            }

            _outStart = 0;
            _outEnd = _transcoder!.Convert(_raw.AsSpan(0, _rawEnd), _out, final: _innerEnded, out var consumed);
            _rawStart = consumed;
            _done = _innerEnded;
            if (_outEnd > 0)
            {
                return true;
            }
        }

        return false;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
