using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Framing.Parquet.Pages;

/// <summary>
/// Decompresses a raw Snappy block a piece at a time into a sliding buffer, so that a page of many megabytes is never
/// in memory whole: only the bytes its reader still needs and the last <see cref="Window"/> bytes (which back-references
/// may copy from) are kept. Snappy writers compress in 64 KiB fragments, so no copy reaches further back; a block whose
/// copies do is decompressed whole instead, transparently.
/// </summary>
/// <remarks>Positions are logical: offsets in the uncompressed block, whatever part of it the buffer holds.</remarks>
internal sealed class IncrementalSnappy
{
    /// <summary>How far back copies may reach while the block is decompressed a piece at a time.</summary>
    internal const int Window = 64 << 10;

    private readonly byte[] _input;
    private readonly int _start;
    private readonly int _end;
    private int _in;
    private byte[] _buffer;
    private long _bufferStart;
    private int _filled;
    private bool _whole;

    /// <summary>Starts decompressing <paramref name="input"/>[<paramref name="offset"/>..], whose length must be <paramref name="size"/>.</summary>
    /// <param name="input">The compressed bytes.</param>
    /// <param name="offset">Where the block starts.</param>
    /// <param name="size">The uncompressed size the page header gives.</param>
    /// <param name="scratch">A buffer to decompress into (grown when needed; see <see cref="Scratch"/>).</param>
    /// <exception cref="InvalidDataException">The block's length is not <paramref name="size"/>.</exception>
    internal IncrementalSnappy(byte[] input, int offset, int size, byte[] scratch)
    {
        _input = input;
        _in = offset;
        _end = input.Length;
        ulong length = 0;
        for (var shift = 0; ; shift += 7)
        {
            if (_in >= _end || shift > 28)
            {
                throw new InvalidDataException("malformed Snappy length");
            }

            var b = _input[_in++];
            length |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                break;
            }
        }

        if (length != (ulong)size)
        {
            throw new InvalidDataException($"a Snappy page holds {length} bytes instead of {size}");
        }

        _start = offset;
        Length = size;
        _buffer = scratch;
    }

    /// <summary>The uncompressed size.</summary>
    internal int Length { get; }

    /// <summary>The buffer decompressed into, for the next page to reuse.</summary>
    internal byte[] Scratch => _buffer;

    /// <summary>Bytes decompressed so far (a logical position).</summary>
    private long Produced => _bufferStart + _filled;

    /// <summary>The bytes at logical position <paramref name="start"/>, which <see cref="Ensure"/> must have made available and kept.</summary>
    internal ReadOnlySpan<byte> Slice(long start, int length) => _buffer.AsSpan(checked((int)(start - _bufferStart)), length);

    /// <summary>
    /// Decompresses until the bytes up to <paramref name="end"/> are available, keeping those from
    /// <paramref name="keepFrom"/> on (the reader no longer needs the earlier ones).
    /// </summary>
    /// <exception cref="InvalidDataException">The block is corrupt or shorter than <paramref name="end"/>.</exception>
    internal void Ensure(long end, long keepFrom)
    {
        if (end > Length)
        {
            throw new InvalidDataException($"a value runs past the end of its page ({Length} bytes)");
        }

        while (Produced < end)
        {
            // Decompress ahead by a little more than asked, so that a run of small values costs one call.
            var target = Math.Min(Length, Math.Max(end, Produced + (256 << 10)));
            MakeRoom(checked((int)(target - Produced)), keepFrom);
            Decompress((int)(target - _bufferStart));
        }
    }

    private void MakeRoom(int needed, long keepFrom)
    {
        if (_filled + needed + 64 <= _buffer.Length)
        {
            return;
        }

        // Drop what is neither needed by the reader nor in reach of a copy.
        var keep = _whole ? _bufferStart : Math.Max(_bufferStart, Math.Min(keepFrom, Produced - Window));
        var drop = (int)(keep - _bufferStart);
        if (drop > 0)
        {
            Buffer.BlockCopy(_buffer, drop, _buffer, 0, _filled - drop);
            _bufferStart = keep;
            _filled -= drop;
        }

        if (_filled + needed + 64 > _buffer.Length)
        {
            var grown = GC.AllocateUninitializedArray<byte>(Math.Max(_buffer.Length * 2, _filled + needed + 64));
            Buffer.BlockCopy(_buffer, 0, grown, 0, _filled);
            _buffer = grown;
        }
    }

    /// <summary>Decompresses until the buffer holds <paramref name="target"/> bytes (or the block ends).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Decompress(int target)
    {
        var output = _buffer;
        var input = _input;
        var at = _filled;
        target = Math.Min(target, (int)(Length - _bufferStart));
        while (at < target)
        {
            if (_in >= _end)
            {
                throw new InvalidDataException("a Snappy page ends early");
            }

            var tag = input[_in++];
            int length, offset;
            switch (tag & 3)
            {
                case 0:
                    length = (tag >> 2) + 1;
                    if (length > 60)
                    {
                        var bytes = length - 60;
                        if (_in + bytes > _end)
                        {
                            throw new InvalidDataException("a Snappy page ends inside a literal's length");
                        }

                        length = 0;
                        for (var b = 0; b < bytes; b++)
                        {
                            length |= input[_in + b] << (8 * b);
                        }

                        length++;
                        _in += bytes;
                    }

                    if (length <= 0 || _in + length > _end || _bufferStart + at + length > Length)
                    {
                        throw new InvalidDataException("a Snappy literal runs past the end of its page");
                    }

                    if (at + length + 16 > output.Length)
                    {
                        _filled = at;
                        Grow(length);
                        output = _buffer;
                    }

                    if (length <= 16 && _in + 16 <= _end)
                    {
                        // Short literals (most of them): one 16-byte copy; the bytes past the literal are overwritten later.
                        Unsafe.WriteUnaligned(ref output[at], Unsafe.ReadUnaligned<Vector128<byte>>(ref input[_in]));
                    }
                    else
                    {
                        Buffer.BlockCopy(input, _in, output, at, length);
                    }

                    _in += length;
                    at += length;
                    continue;
                case 1:
                    if (_in >= _end)
                    {
                        throw new InvalidDataException("a Snappy page ends inside a copy");
                    }

                    length = 4 + ((tag >> 2) & 7);
                    offset = ((tag >> 5) << 8) | input[_in++];
                    break;
                case 2:
                    if (_in + 2 > _end)
                    {
                        throw new InvalidDataException("a Snappy page ends inside a copy");
                    }

                    length = 1 + (tag >> 2);
                    offset = input[_in] | (input[_in + 1] << 8);
                    _in += 2;
                    break;
                default:
                    if (_in + 4 > _end)
                    {
                        throw new InvalidDataException("a Snappy page ends inside a copy");
                    }

                    length = 1 + (tag >> 2);
                    offset = input[_in] | (input[_in + 1] << 8) | (input[_in + 2] << 16) | (input[_in + 3] << 24);
                    _in += 4;
                    break;
            }

            if (offset <= 0 || _bufferStart + at + length > Length || (long)offset > _bufferStart + at)
            {
                throw new InvalidDataException("a Snappy copy points outside its page");
            }

            if (offset > at)
            {
                // The copy reaches bytes already dropped: decompress the block whole from its start instead.
                _filled = at;
                DecompressWhole();
                return;
            }

            if (at + length + 16 > output.Length)
            {
                _filled = at;
                Grow(length);
                output = _buffer;
            }

            if (offset >= 16 && length <= 64)
            {
                // Copies far enough back (most of them) in 16-byte steps that cannot overlap their source; the bytes
                // past the copy are overwritten later (the buffer has 16 bytes to spare, checked above).
                ref var destination = ref output[at];
                ref var source = ref output[at - offset];
                for (var i = 0; i < length; i += 16)
                {
                    Unsafe.WriteUnaligned(ref Unsafe.Add(ref destination, i), Unsafe.ReadUnaligned<Vector128<byte>>(ref Unsafe.Add(ref source, i)));
                }
            }
            else if (offset >= length)
            {
                Buffer.BlockCopy(output, at - offset, output, at, length);
            }
            else
            {
                for (var i = 0; i < length; i++)
                {
                    output[at + i] = output[at - offset + i];
                }
            }

            at += length;
        }

        _filled = at;
    }

    private void Grow(int length)
    {
        var grown = GC.AllocateUninitializedArray<byte>(Math.Max(_buffer.Length * 2, _filled + length + 64));
        Buffer.BlockCopy(_buffer, 0, grown, 0, _filled);
        _buffer = grown;
    }

    private void DecompressWhole()
    {
        _buffer = PageDecompressor.Decompress(global::Parquet.Meta.CompressionCodec.SNAPPY, _input.AsSpan(_start), Length);
        _bufferStart = 0;
        _filled = Length;
        _in = _end;
        _whole = true;
    }
}
