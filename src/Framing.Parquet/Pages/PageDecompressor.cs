using System.IO.Compression;
using global::Parquet.Meta;

namespace Framing.Parquet.Pages;

/// <summary>Decompresses Parquet pages: uncompressed, Snappy, gzip and Zstandard (the codecs of nearly every writer).</summary>
internal static class PageDecompressor
{
    /// <summary>Whether pages of <paramref name="codec"/> can be decompressed.</summary>
    internal static bool Supports(CompressionCodec codec) =>
        codec is CompressionCodec.UNCOMPRESSED or CompressionCodec.SNAPPY or CompressionCodec.GZIP or CompressionCodec.ZSTD;

    /// <summary>Decompresses <paramref name="input"/> into a new buffer of <paramref name="size"/> bytes.</summary>
    /// <exception cref="InvalidDataException">The data is corrupt or does not decompress to the expected size.</exception>
    internal static byte[] Decompress(CompressionCodec codec, ReadOnlySpan<byte> input, int size)
    {
        var output = GC.AllocateUninitializedArray<byte>(size);
        int written;
        try
        {
            switch (codec)
            {
                case CompressionCodec.UNCOMPRESSED:
                    input.CopyTo(output);
                    written = input.Length;
                    break;
                case CompressionCodec.SNAPPY:
                    written = Snappier.Snappy.Decompress(input, output);
                    break;
                case CompressionCodec.ZSTD:
                    using (var zstd = new ZstdSharp.Decompressor())
                    {
                        written = zstd.Unwrap(input, output);
                    }

                    break;
                case CompressionCodec.GZIP:
                    using (var gzip = new GZipStream(new MemoryStream(input.ToArray()), CompressionMode.Decompress))
                    {
                        written = gzip.ReadAtLeast(output, output.Length, throwOnEndOfStream: false);
                    }

                    break;
                default:
                    throw new InvalidDataException($"unsupported compression {codec}");
            }
        }
        catch (Exception e) when (e is not InvalidDataException and not OutOfMemoryException)
        {
            throw new InvalidDataException($"cannot decompress a page ({codec}): {e.Message}", e);
        }

        return written == size ? output : throw new InvalidDataException($"a page decompressed to {written} bytes instead of {size}");
    }
}
