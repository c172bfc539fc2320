using System.Runtime.CompilerServices;

namespace Framing.Corpus;

/// <summary>
/// Splits a byte stream into lines on <c>\n</c> without decoding it, so that each line can be decoded (and rejected)
/// on its own. Handles <c>\r\n</c>, a final line without a terminator and a UTF-8 byte-order mark at the start of the
/// stream. The buffer grows to hold the longest line; reads are incremental, so a line is returned as soon as its
/// terminator has arrived. Lines kept with <see cref="Keep"/> are not copied: once a line of the buffer is kept, the
/// reader never writes over the bytes already read into it again (it continues in a fresh buffer instead), and the
/// buffer is reused only when the reader and every line kept in it have let go of it (see <see cref="KeptLine"/>).
/// </summary>
internal sealed class Utf8LineReader
{
    private const int InitialBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private readonly LineBufferPool _pool;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _endOfStream;

    // The current buffer's reference count once a line in it has been kept; null while no kept line refers to it.
    private SharedLineBuffer? _shared;

    /// <summary>Creates a reader over <paramref name="stream"/> (which it does not dispose).</summary>
    /// <param name="stream">The stream, positioned at the start of the corpus.</param>
    /// <param name="initialBufferSize">The initial buffer size in bytes (for tests).</param>
    internal Utf8LineReader(Stream stream, int initialBufferSize = InitialBufferSize)
    {
        _stream = stream ?? throw new ArgumentNullException(nameof(stream));
        _pool = new LineBufferPool(Math.Max(4, initialBufferSize));
        _buffer = _pool.Rent();
    }

    /// <summary>The 1-based number of the line returned last (0 before the first line).</summary>
    internal int LineNumber { get; private set; }

    /// <summary>The terminator of the line returned last: <c>"\n"</c>, <c>"\r\n"</c>, or <c>""</c> at the end of the stream.</summary>
    internal string Terminator { get; private set; } = string.Empty;

    /// <summary>
    /// Reads the next line, without its terminator (and without the byte-order mark on line 1). The returned segment
    /// refers to the reader's buffer and is valid only until the next call.
    /// </summary>
    /// <param name="line">The line's bytes.</param>
    /// <returns>False at the end of the stream.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
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
                return true;
            }

            if (_endOfStream)
            {
                if (_start == _end)
                {
                    line = default;
                    return false;
                }

                line = Take(_end, _end);
                Terminator = string.Empty;
                return true;
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

    private void Grow()
    {
        if (_buffer.Length >= Array.MaxLength)
        {
            throw new InvalidDataException($"Line {LineNumber + 1} is longer than {Array.MaxLength} bytes.");
        }

        var size = (int)Math.Min((long)_buffer.Length * 2, Array.MaxLength);
        var grown = GC.AllocateUninitializedArray<byte>(size);
        Buffer.BlockCopy(_buffer, 0, grown, 0, _end);
        LetGo();
        _buffer = grown;
    }
}
