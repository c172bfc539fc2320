using System.Buffers.Binary;
using global::Parquet.Meta;
using global::Parquet.Schema;
using ParquetEncoding = global::Parquet.Meta.Encoding;

namespace Framing.Parquet.Pages;

/// <summary>
/// Reads a flat text (<c>BYTE_ARRAY</c>) column chunk page by page, without decoding the values, so that a row group's
/// text is never all in memory and the UTF-8 decoding can happen on the threads that score the documents. Handles
/// version 1 and 2 data pages, plain and dictionary encodings, and the codecs of <see cref="PageDecompressor"/>; other
/// chunks are read whole by Parquet.Net (see <see cref="CanStream"/>).
/// </summary>
internal sealed class TextColumnStream : IDisposable
{
    private readonly Stream _file;
    private byte[] _scratch = [];

    internal TextColumnStream(string path)
    {
        _file = new BufferedStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan), 1 << 16);
    }

    /// <summary>Whether the chunk of <paramref name="field"/> can be streamed.</summary>
    internal static bool CanStream(DataField field, ColumnChunk? chunk) =>
        chunk?.MetaData is { } meta
        && meta.Type == global::Parquet.Meta.Type.BYTE_ARRAY
        && field.MaxRepetitionLevel == 0
        && field.MaxDefinitionLevel <= 1
        && PageDecompressor.Supports(meta.Codec)
        && meta.Encodings.All(e => e is ParquetEncoding.PLAIN or ParquetEncoding.PLAIN_DICTIONARY or ParquetEncoding.RLE_DICTIONARY or ParquetEncoding.RLE);

    /// <summary>
    /// The values of the chunk, decoded, <paramref name="rows"/> in all, in batches: a plain-encoded page is handed out
    /// a batch at a time as it is decompressed, so the first documents of a large page are scored before its end is read.
    /// </summary>
    /// <exception cref="InvalidDataException">The chunk is corrupt.</exception>
    internal IEnumerable<TextValue[]> ReadPages(ColumnChunk chunk, DataField field, long rows)
    {
        var meta = chunk.MetaData!;
        var start = meta.DictionaryPageOffset is > 0 and var dictionary && dictionary < meta.DataPageOffset ? dictionary : meta.DataPageOffset;
        var end = start + meta.TotalCompressedSize;
        _file.Seek(start, SeekOrigin.Begin);
        var optional = field.MaxDefinitionLevel == 1;
        TextValue[]? dictionaryValues = null;
        long read = 0;
        while (read < rows)
        {
            if (_file.Position >= end)
            {
                throw new InvalidDataException($"the column chunk ends after {read} of {rows} values");
            }

            var header = PageHeader.Read(_file);
            var compressed = GC.AllocateUninitializedArray<byte>(header.CompressedSize);
            _file.ReadExactly(compressed);
            PageBytes values;
            int[]? definitions = null;
            switch (header.Type)
            {
                case PageHeader.DictionaryPage:
                    dictionaryValues = ReadDictionary(PageDecompressor.Decompress(meta.Codec, compressed, header.UncompressedSize), header.ValueCount);
                    continue;
                case PageHeader.DataPage:
                    values = PageBytes.Of(meta.Codec, compressed, 0, header.UncompressedSize, true, Scratch());
                    var offset = 0;
                    if (optional)
                    {
                        values.Ensure(4, 0);
                        var length = CheckLength(BinaryPrimitives.ReadInt32LittleEndian(values.Slice(0, 4)), values.Length - 4);
                        values.Ensure(4L + length, 0);
                        definitions = Definitions(values.Slice(4, length), header.ValueCount);
                        offset = 4 + length;
                    }

                    foreach (var batch in Values(values, offset, header, definitions, dictionaryValues))
                    {
                        yield return batch;
                    }

                    break;
                case PageHeader.DataPageV2:
                    var levelsLength = CheckLength(header.RepetitionLevelsLength + header.DefinitionLevelsLength, compressed.Length);
                    definitions = optional ? Definitions(compressed.AsSpan(header.RepetitionLevelsLength, header.DefinitionLevelsLength), header.ValueCount) : null;
                    values = PageBytes.Of(meta.Codec, compressed, levelsLength, header.UncompressedSize - levelsLength, header.IsCompressed, Scratch());
                    foreach (var batch in Values(values, 0, header, definitions, dictionaryValues))
                    {
                        yield return batch;
                    }

                    break;
                default:
                    continue; // index pages and pages of unknown types are not needed
            }

            read += header.ValueCount;
            if (values.Scratch is { } scratch)
            {
                _scratch = scratch;
            }
        }

        if (read != rows)
        {
            throw new InvalidDataException($"the column chunk has {read} values for {rows} rows");
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _file.Dispose();

    private byte[] Scratch() => _scratch.Length > 0 ? _scratch : _scratch = GC.AllocateUninitializedArray<byte>(PageBytes.IncrementalFrom);

    private static int[] Definitions(ReadOnlySpan<byte> data, int count)
    {
        var levels = new int[count];
        HybridDecoder.Decode(data, 1, levels);
        return levels;
    }

    private static IEnumerable<TextValue[]> Values(PageBytes data, int offset, PageHeader header, int[]? definitions, TextValue[]? dictionary)
    {
        switch (header.Encoding)
        {
            case (int)ParquetEncoding.PLAIN:
                foreach (var batch in Plain(data, offset, header.ValueCount, definitions))
                {
                    yield return batch;
                }

                yield break;
            case (int)ParquetEncoding.PLAIN_DICTIONARY or (int)ParquetEncoding.RLE_DICTIONARY:
                yield return Indexed(data, offset, header.ValueCount, definitions, dictionary);
                yield break;
            default:
                throw new InvalidDataException($"unsupported encoding {header.Encoding}");
        }
    }

    /// <summary>Plain values, decoded, in batches of at most <see cref="BatchRows"/> rows or <see cref="BatchBytes"/> bytes.</summary>
    private static IEnumerable<TextValue[]> Plain(PageBytes data, int offset, int rows, int[]? definitions)
    {
        var batch = new List<TextValue>(Math.Min(rows, BatchRows));
        var position = (long)offset;
        var bytes = 0L;
        for (var row = 0; row < rows; row++)
        {
            var value = default(TextValue);
            if (definitions is null || definitions[row] != 0)
            {
                data.Ensure(position + 4, position);
                var length = CheckLength(BinaryPrimitives.ReadInt32LittleEndian(data.Slice(position, 4)), data.Length - (int)position - 4);
                data.Ensure(position + 4 + length, position);
                value = TextValue.Decode(data.Slice(position + 4, length));
                position += 4 + length;
                bytes += length;
            }

            batch.Add(value);
            if (batch.Count == BatchRows || bytes >= BatchBytes)
            {
                yield return [.. batch];
                batch.Clear();
                bytes = 0;
            }
        }

        if (batch.Count > 0)
        {
            yield return [.. batch];
        }
    }

    private const int BatchRows = 256;
    private const int BatchBytes = 1 << 20;

    private static TextValue[] Indexed(PageBytes data, int offset, int rows, int[]? definitions, TextValue[]? dictionary)
    {
        if (dictionary is null)
        {
            throw new InvalidDataException("a dictionary-encoded page comes before its dictionary");
        }

        data.Ensure(data.Length, 0);
        var present = definitions is null ? rows : definitions.Count(d => d == 1);
        var indices = new int[present];
        if (present > 0)
        {
            var bitWidth = offset < data.Length ? data.Slice(offset, 1)[0] : throw new InvalidDataException("a page ends before its bit width");
            HybridDecoder.Decode(data.Slice(offset + 1, data.Length - offset - 1), bitWidth, indices);
        }

        var page = new TextValue[rows];
        for (int row = 0, next = 0; row < rows; row++)
        {
            if (definitions is null || definitions[row] == 1)
            {
                var index = indices[next++];
                page[row] = (uint)index < (uint)dictionary.Length ? dictionary[index] : throw new InvalidDataException($"dictionary index {index} out of range");
            }
        }

        return page;
    }

    /// <summary>The values of a dictionary page, decoded once for every row that refers to them.</summary>
    private static TextValue[] ReadDictionary(byte[] data, int count)
    {
        var values = new TextValue[count];
        var position = 0;
        for (var i = 0; i < count; i++)
        {
            if (position + 4 > data.Length)
            {
                throw new InvalidDataException("a page ends inside a value's length");
            }

            var length = CheckLength(BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(position)), data.Length - position - 4);
            values[i] = TextValue.Decode(data.AsSpan(position + 4, length));
            position += 4 + length;
        }

        return values;
    }

    private static int CheckLength(int length, int available) =>
        length >= 0 && length <= available ? length : throw new InvalidDataException($"a length of {length} bytes runs past the end of the page");
}
