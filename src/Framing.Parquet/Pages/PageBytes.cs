using global::Parquet.Meta;

namespace Framing.Parquet.Pages;

/// <summary>
/// The uncompressed bytes of a page (or of a version 2 page's values), made available on demand: a large Snappy page is
/// decompressed a piece at a time into a sliding buffer (see <see cref="IncrementalSnappy"/>), anything else all at once.
/// Positions are offsets in the uncompressed page.
/// </summary>
internal sealed class PageBytes
{
    /// <summary>Snappy pages at least this large are decompressed a piece at a time.</summary>
    internal const int IncrementalFrom = 1 << 20;

    private readonly byte[]? _whole;
    private readonly IncrementalSnappy? _snappy;

    private PageBytes(byte[]? whole, IncrementalSnappy? snappy, int length)
    {
        _whole = whole;
        _snappy = snappy;
        Length = length;
    }

    /// <summary>The uncompressed size.</summary>
    internal int Length { get; }

    /// <summary>The buffer a sliding decompression used, for the next page to reuse (null when none).</summary>
    internal byte[]? Scratch => _snappy?.Scratch;

    /// <summary>The bytes of <paramref name="compressed"/>[<paramref name="offset"/>..], compressed with <paramref name="codec"/>, which uncompress to <paramref name="size"/> bytes.</summary>
    /// <param name="codec">The column's codec.</param>
    /// <param name="compressed">The page as read.</param>
    /// <param name="offset">Where the compressed part starts.</param>
    /// <param name="size">The uncompressed size.</param>
    /// <param name="isCompressed">False for a version 2 page whose values are stored uncompressed.</param>
    /// <param name="scratch">A buffer for sliding decompression to reuse.</param>
    internal static PageBytes Of(CompressionCodec codec, byte[] compressed, int offset, int size, bool isCompressed, byte[] scratch)
    {
        if (!isCompressed || codec == CompressionCodec.UNCOMPRESSED)
        {
            var plain = offset == 0 ? compressed : compressed.AsSpan(offset).ToArray();
            return plain.Length == size ? new PageBytes(plain, null, size) : throw new InvalidDataException($"an uncompressed page holds {plain.Length} bytes instead of {size}");
        }

        return codec == CompressionCodec.SNAPPY && size >= IncrementalFrom
            ? new PageBytes(null, new IncrementalSnappy(compressed, offset, size, scratch), size)
            : new PageBytes(PageDecompressor.Decompress(codec, compressed.AsSpan(offset), size), null, size);
    }

    /// <summary>Makes the bytes up to <paramref name="end"/> available; those before <paramref name="keepFrom"/> are no longer needed.</summary>
    /// <exception cref="InvalidDataException">The page is shorter, or corrupt.</exception>
    internal void Ensure(long end, long keepFrom)
    {
        if (end > Length || end < 0)
        {
            throw new InvalidDataException($"a value runs past the end of its page ({Length} bytes)");
        }

        _snappy?.Ensure(end, keepFrom);
    }

    /// <summary>The bytes at <paramref name="start"/> (made available by <see cref="Ensure"/>).</summary>
    internal ReadOnlySpan<byte> Slice(long start, int length) =>
        _whole is { } whole ? whole.AsSpan(checked((int)start), length) : _snappy!.Slice(start, length);
}
