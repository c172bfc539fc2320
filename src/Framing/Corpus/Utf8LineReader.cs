using System.Runtime.CompilerServices;

namespace Framing.Corpus;

/// <summary>
/// Splits a byte stream into lines on <c>\n</c> without decoding it, so that each line can be decoded (and rejected)
/// on its own. Handles <c>\r\n</c>, a final line without a terminator and a UTF-8 byte-order mark at the start of the
/// stream; a stream that starts with a UTF-16 or UTF-32 byte-order mark is read re-encoded as UTF-8
/// (<see cref="Utf8ViewStream"/>). The buffer grows to hold the longest line; reads are incremental, so a line is returned as soon as its
/// terminator has arrived. Lines kept with <see cref="Keep"/> are not copied: once a line of the buffer is kept, the
/// reader never writes over the bytes already read into it again (it continues in a fresh buffer instead), and the
/// buffer is reused only when the reader and every line kept in it have let go of it (see <see cref="KeptLine"/>).
/// </summary>
/// <remarks>
/// A line longer than <see cref="MaxLineBytes"/> is not kept: as soon as the reader knows it is too long it returns it
/// empty, with <see cref="LineTooLong"/> set and its own line number (so that the caller can reject it before the rest
/// arrives, which on an endless input never does), and the next read skips the rest of it up to its <c>\n</c>, reading
/// on without keeping anything, so the buffer never holds more than <see cref="MaxLineBytes"/> + 2 bytes (+ 3 for line
/// 1 when it starts with a byte-order mark). A line's length is that of its bytes as returned: UTF-8 (re-encoded from
/// UTF-16 or UTF-32), without its terminator and without the byte-order mark of line 1, whether the line is found too
/// long at once or as its bytes arrive.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The UTF-8 view holds no resource of its own; the stream it reads is the caller's to dispose.")]
internal sealed class Utf8LineReader
{
    private const int InitialBufferSize = 64 * 1024;

    private readonly Utf8ViewStream _stream;
    private readonly LineBufferPool _pool;
    private readonly int _maxLineBytes;
    private readonly CancellationToken _cancellationToken;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfStream;

    // The longest line returned as it is: MaxLineBytes, or -1 while the rest of a line found too long is being skipped
    // (the next line found is then that rest). One comparison per line serves both.
    private int _lineLimit;

    // The number of the line returned last when it was found too long (0: none), and the quote characters counted in
    // it so far: those of the bytes read when it was found, and of its rest once FinishTooLongLine has skipped it (a
    // rest skipped by TryReadLine instead is not counted, as nothing could read the count any more).
    private int _tooLongLine;
    private int _tooLongQuotes;

    // The current buffer's reference count once a line in it has been kept; null while no kept line refers to it.
    private SharedLineBuffer? _shared;

    /// <summary>Creates a reader over <paramref name="stream"/> (which it does not dispose).</summary>
    /// <param name="stream">The stream, positioned at the start of the corpus.</param>
    /// <param name="initialBufferSize">The initial buffer size in bytes (for tests).</param>
    /// <param name="maxLineBytes">The longest line, in UTF-8 bytes without its terminator (and without the byte-order
    /// mark of line 1; see <see cref="RecordLimit"/>).</param>
    /// <param name="cancellationToken">Stops skipping the rest of a line too long to keep (an endless one, say); it is
    /// looked at only then.</param>
    internal Utf8LineReader(Stream stream, int initialBufferSize = InitialBufferSize, int maxLineBytes = RecordLimit.DefaultBytes, CancellationToken cancellationToken = default)
    {
        // A file saved as UTF-16 or UTF-32 with a byte-order mark is read as the same text in UTF-8.
        _stream = new Utf8ViewStream(stream ?? throw new ArgumentNullException(nameof(stream)));
        RecordLimit.Check(maxLineBytes, nameof(maxLineBytes));
        _maxLineBytes = _lineLimit = maxLineBytes;
        _cancellationToken = cancellationToken;
        _pool = new LineBufferPool(Math.Max(4, initialBufferSize));
        _buffer = _pool.Rent();
    }

    /// <summary>The compression the input's first bytes show, or null (see <see cref="Utf8ViewStream.Compression"/>);
    /// asked before the first line, it reads the first bytes now.</summary>
    /// <returns>The compression, or null.</returns>
    internal CompressedInput? Compression() => _stream.Compression(_buffer.Length - _end);

    /// <summary>The 1-based number of the line returned last (0 before the first line).</summary>
    internal int LineNumber { get; private set; }

    /// <summary>The longest line kept, in bytes without its terminator.</summary>
    internal int MaxLineBytes => _maxLineBytes;

    /// <summary>
    /// Whether the line returned last is longer than <see cref="MaxLineBytes"/>: it was returned empty, and its bytes
    /// are dropped (the rest of it is skipped by the next read, or by <see cref="FinishTooLongLine"/>). False before the
    /// first line and once <see cref="TryReadLine"/> has returned false.
    /// </summary>
    internal bool LineTooLong => _tooLongLine == LineNumber && _tooLongLine > 0;

    /// <summary>The terminator of the line returned last: <c>"\n"</c>, <c>"\r\n"</c>, or <c>""</c> at the end of the stream.</summary>
    internal string Terminator { get; private set; } = string.Empty;

    /// <summary>
    /// Reads the next line, without its terminator (and without the byte-order mark on line 1). The returned segment
    /// refers to the reader's buffer and is valid only until the next call.
    /// </summary>
    /// <param name="line">The line's bytes.</param>
    /// <returns>False at the end of the stream.</returns>
    [MethodImpl(HotPath.Compilation)]
    internal bool TryReadLine(out ArraySegment<byte> line)
    {
        var scanFrom = _start;
        while (true)
        {
            var newline = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var terminatorAt = scanFrom + newline;
                line = Take(terminatorAt, terminatorAt + 1);
                if (line.Count <= _lineLimit || IsTooLong(ref line))
                {
                    return true;
                }

                scanFrom = _start; // That was the rest of a line too long to keep, now skipped: on to the next line.
                continue;
            }

            if (_endOfStream)
            {
                if (_start == _end)
                {
                    _tooLongLine = 0; // No line returned: none too long to finish.
                    line = default;
                    return false;
                }

                line = Take(_end, _end);
                Terminator = string.Empty;
                if (line.Count <= _lineLimit || IsTooLong(ref line))
                {
                    return true;
                }

                scanFrom = _start;
                continue;
            }

            if (_lineLimit < 0 || (_end - _start > _maxLineBytes + 1 && _end - _start - LeadingMarkLength() > _maxLineBytes + 1))
            {
                // No line feed yet, and already too long (or the rest of a line that is): its bytes are dropped.
                if (DropLongLine(out line))
                {
                    return true;
                }
            }

            scanFrom = _end;
            if (_end == _buffer.Length)
            {
                if (_start > 0)
                {
                    // Move the unfinished line to the front of the buffer; into a fresh one if kept lines refer to this one.
                    if (_shared is null)
                    {
                        Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                    }
                    else
                    {
                        var target = RentOrAllocate(_buffer.Length);
                        Buffer.BlockCopy(_buffer, _start, target, 0, _end - _start);
                        LetGo();
                        _buffer = target;
                    }

                    scanFrom -= _start;
                    _end -= _start;
                    _start = 0;
                }
                else
                {
                    Grow();
                }
            }

            var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _endOfStream = true;
            }
            else
            {
                _end += read;
            }
        }
    }

    /// <summary>
    /// Skips the rest of the line just returned as too long (see <see cref="LineTooLong"/>) now, reading on without
    /// keeping anything (the next <see cref="TryReadLine"/> would skip it too, without counting), and counts its quote
    /// characters (for a CSV reader: whether a quoted field is still open after it). Called again for the same line, it
    /// returns the same count.
    /// </summary>
    /// <returns>How many <c>"</c> the whole line has.</returns>
    /// <exception cref="InvalidOperationException">The line returned last is not too long (or there is none: before
    /// the first line, or after the end of the stream).</exception>
    /// <exception cref="OperationCanceledException">The reader's cancellation token was cancelled while skipping.</exception>
    internal int FinishTooLongLine()
    {
        if (!LineTooLong)
        {
            throw new InvalidOperationException("The line returned last is not too long: there is no rest to skip.");
        }

        while (_lineLimit < 0)
        {
            var rest = _buffer.AsSpan(_start, _end - _start);
            var newline = rest.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _tooLongQuotes += rest[..newline].Count((byte)'"');
                _start += newline + 1;
                _lineLimit = _maxLineBytes;
                break;
            }

            _tooLongQuotes += rest.Count((byte)'"');
            _start = _end;
            if (_endOfStream)
            {
                _lineLimit = _maxLineBytes;
                break;
            }

            _cancellationToken.ThrowIfCancellationRequested();
            if (_shared is not null)
            {
                // Lines kept in this buffer still refer to it: read on in another.
                var fresh = _pool.Rent();
                LetGo();
                _buffer = fresh;
            }

            _start = _end = 0;
            var read = _stream.Read(_buffer, 0, _buffer.Length);
            if (read == 0)
            {
                _endOfStream = true;
            }
            else
            {
                _end = read;
            }
        }

        return _tooLongQuotes;
    }

    /// <summary>Lines at least this long are handed over with their buffer instead of copied (see <see cref="Keep"/>).</summary>
    internal const int HandOverLength = 1 << 20;

    /// <summary>
    /// Sets aside <paramref name="line"/> (the line just read) without copying it: its bytes stay as they are until the
    /// returned line is released. A short line stays in the reader's buffer, whose bytes the reader then never
    /// overwrites (so a kept line holds on to at most one buffer, shared with its neighbours). A long one keeps the
    /// reader's buffer, which the reader gives up (moving the bytes after the line into a buffer of the initial size),
    /// so the buffer does not stay large after one long line.
    /// </summary>
    /// <param name="line">The line returned by the last <see cref="TryReadLine"/>.</param>
    /// <returns>The kept line, to be released once decoded.</returns>
    internal KeptLine Keep(ArraySegment<byte> line)
    {
        if (!ReferenceEquals(line.Array, _buffer))
        {
            return new KeptLine(new ArraySegment<byte>(line.AsSpan().ToArray()), null);
        }

        _shared ??= new SharedLineBuffer(_buffer, _pool);
        _shared.AddReference();
        var kept = new KeptLine(line, _shared);
        if (line.Count >= HandOverLength)
        {
            var remaining = _end - _start;
            var fresh = RentOrAllocate(remaining);
            Buffer.BlockCopy(_buffer, _start, fresh, 0, remaining);
            LetGo();
            _buffer = fresh;
            _start = 0;
            _end = remaining;
        }

        return kept;
    }

    /// <summary>How many buffers the reader has allocated for its pool (for tests: buffers are reused once released).</summary>
    internal int BuffersAllocated => _pool.Allocated;

    // A buffer of at least the given size: one of the pool's when they are large enough.
    private byte[] RentOrAllocate(int size) =>
        size <= _pool.BufferSize ? _pool.Rent() : GC.AllocateUninitializedArray<byte>(size);

    // The reader stops using its current buffer: it goes back to the pool now, or once the lines kept in it are released.
    private void LetGo()
    {
        if (_shared is { } shared)
        {
            _shared = null;
            shared.Release();
        }
        else
        {
            _pool.Return(_buffer);
        }
    }

    [PerTokenHelper]
    private ArraySegment<byte> Take(int lineEnd, int next)
    {
        var start = _start;
        var end = lineEnd;
        Terminator = next > lineEnd ? "\n" : string.Empty;
        if (end > start && _buffer[end - 1] == (byte)'\r')
        {
            end--;
            Terminator = next > lineEnd ? "\r\n" : string.Empty;
        }

        _start = next;
        LineNumber++;
        if (LineNumber == 1 && _buffer.AsSpan(start, end - start).StartsWith(Utf8Text.ByteOrderMark))
        {
            start += Utf8Text.ByteOrderMark.Length;
        }

        return new ArraySegment<byte>(_buffer, start, end - start);
    }

    // A line found longer than the limit in the buffer, terminator and all, is returned empty; or that line was the
    // rest of one found too long before, which is skipped (false).
    private bool IsTooLong(ref ArraySegment<byte> line)
    {
        if (_lineLimit < 0)
        {
            _lineLimit = _maxLineBytes;
            LineNumber--; // Counted when the line was found too long.
            return false;
        }

        _tooLongLine = LineNumber;
        _tooLongQuotes = line.AsSpan().Count((byte)'"');
        line = new ArraySegment<byte>(_buffer, _start, 0);
        return true;
    }

    // The unfinished line in the buffer, without a line feed yet, is longer than the limit, or is the rest of a line
    // that is: its bytes are dropped. True when it has just been found too long (the line is returned empty).
    private bool DropLongLine(out ArraySegment<byte> line)
    {
        if (_lineLimit < 0)
        {
            _start = _end;
            _cancellationToken.ThrowIfCancellationRequested();
            line = default;
            return false;
        }

        _tooLongQuotes = _buffer.AsSpan(_start, _end - _start).Count((byte)'"');
        _start = _end;
        _lineLimit = -1;
        LineNumber++;
        _tooLongLine = LineNumber;
        Terminator = string.Empty;
        line = new ArraySegment<byte>(_buffer, _start, 0);
        return true;
    }

    // The length of the byte-order mark that starts the unfinished line, when it is line 1 (Take leaves it out), else 0.
    private int LeadingMarkLength() =>
        LineNumber == 0 && _buffer.AsSpan(_start, _end - _start).StartsWith(Utf8Text.ByteOrderMark) ? Utf8Text.ByteOrderMark.Length : 0;

    private void Grow()
    {
        // Never beyond the longest line, its \r\n and (on line 1) a byte-order mark: a longer line is found too long first.
        var size = (int)Math.Min((long)_buffer.Length * 2, _maxLineBytes + 2L + LeadingMarkLength());
        var grown = GC.AllocateUninitializedArray<byte>(size);
        Buffer.BlockCopy(_buffer, 0, grown, 0, _end);
        LetGo();
        _buffer = grown;
    }
}
