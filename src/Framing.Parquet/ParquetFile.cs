using Framing.Corpus;
using Framing.Parquet.Pages;
using global::Parquet;

namespace Framing.Parquet;

/// <summary>
/// An open Parquet file: its reader and the position of every row group. Parquet.Net is asynchronous; the corpus
/// reader is not, so calls are made on the thread pool and waited for (no synchronization context can deadlock them).
/// </summary>
internal sealed class ParquetFile : IDisposable
{
    private readonly string _path;
    private readonly ParquetReader _reader;
    private readonly long[] _firstRows;

    private ParquetFile(string path, ParquetReader reader)
    {
        _path = path;
        _reader = reader;
        _firstRows = new long[reader.RowGroupCount + 1];
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            _firstRows[g + 1] = _firstRows[g] + reader.OpenRowGroupReader(g).RowCount;
        }
    }

    /// <summary>The file's schema.</summary>
    internal global::Parquet.Schema.ParquetSchema Schema => _reader.Schema;

    /// <summary>The number of row groups.</summary>
    internal int RowGroupCount => _reader.RowGroupCount;

    /// <summary>Opens the file and reads its metadata.</summary>
    /// <exception cref="CorpusException">The file cannot be opened or is not a Parquet file.</exception>
    internal static ParquetFile Open(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Error(path, ParquetMessages.NoSuchFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Error(path, "cannot open: " + ParquetMessages.OneLine(e.Message));
        }

        if (!stream.CanSeek)
        {
            // A named pipe, such as bash's <(…): Parquet's metadata is at the end of the file.
            stream.Dispose();
            throw Error(path, "cannot read Parquet from a pipe or device: its metadata is at the end of the file, so it must be a regular file");
        }

        try
        {
            CheckMetadata(stream);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            stream.Dispose();
            throw Error(path, ParquetMessages.NotParquet(e.Message));
        }

        try
        {
            // Parquet.Net keeps up to 80 MB of freed read buffers pooled by default; the columns it reads here are small.
            var options = new ParquetOptions { MaximumSmallPoolFreeBytes = 1 << 20, MaximumLargePoolFreeBytes = 4 << 20 };
            var reader = Task.Run(() => ParquetReader.CreateAsync(stream, options, leaveStreamOpen: false)).GetAwaiter().GetResult();
            _ = reader.Schema; // decoded on first use: a corrupt footer's schema is an unreadable file, reported here
            return new ParquetFile(path, reader);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stream.Dispose();
            throw Error(path, ParquetMessages.NotParquet(e.Message));
        }
    }

    /// <summary>
    /// Checks that the file ends in its metadata (a Thrift struct, its length and the magic bytes) and that the struct can
    /// be skipped within that length, before Parquet.Net reads it: Parquet.Net 6.1.0 loops for ever on some damaged
    /// metadata (found by fuzzing, tests/Framing.Fuzz), such as a field that runs past the metadata's end. A file too short
    /// to hold metadata, or without the magic bytes, is left to Parquet.Net, which says so.
    /// </summary>
    /// <exception cref="InvalidDataException">The metadata is damaged.</exception>
    private static void CheckMetadata(FileStream stream)
    {
        const int Tail = 8; // the metadata's length (4 bytes, little-endian) and "PAR1"
        if (stream.Length < 4 + Tail)
        {
            return;
        }

        Span<byte> tail = stackalloc byte[Tail];
        stream.Position = stream.Length - Tail;
        stream.ReadExactly(tail);
        if (!tail[4..].SequenceEqual("PAR1"u8))
        {
            return;
        }

        var length = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(tail);
        if (length <= 0 || length > stream.Length - 4 - Tail)
        {
            throw new InvalidDataException($"its metadata's length, {length} bytes, does not fit in the file ({stream.Length} bytes)");
        }

        var metadata = new byte[length];
        stream.Position = stream.Length - Tail - length;
        stream.ReadExactly(metadata);
        stream.Position = 0;
        new Pages.CompactProtocolReader(new MemoryStream(metadata, writable: false), "file metadata").ReadStruct((_, _) => false);
    }

    /// <summary>The path of the file.</summary>
    internal string Path => _path;

    /// <summary>The 0-based position of the first row of row group <paramref name="index"/>, and its number of rows.</summary>
    internal (long FirstRow, long Rows) RowsOf(int index) => (_firstRows[index], _firstRows[index + 1] - _firstRows[index]);

    /// <summary>The metadata of the chunk of <paramref name="field"/> in row group <paramref name="index"/>, or null when the file has none.</summary>
    internal global::Parquet.Meta.ColumnChunk? ChunkOf(int index, global::Parquet.Schema.DataField field) =>
        _reader.OpenRowGroupReader(index).GetMetadata(field);

    /// <summary>
    /// Starts decoding row group <paramref name="index"/> on the thread pool: the field columns, and the text column
    /// unless <paramref name="withText"/> is false (it is then streamed page by page by the caller).
    /// </summary>
    internal Task<RowGroupData> ReadAsync(int index, CorpusColumns columns, bool withText, CancellationToken cancellationToken) =>
        Task.Run(() => ReadRowGroupAsync(index, columns, withText, cancellationToken), cancellationToken);

    /// <summary>Waits for a row group started by <see cref="ReadAsync"/>.</summary>
    /// <exception cref="CorpusException">The row group cannot be read.</exception>
    internal static RowGroupData Wait(Task<RowGroupData> pending) => pending.GetAwaiter().GetResult();

    /// <inheritdoc/>
    public void Dispose() => _reader.DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task<RowGroupData> ReadRowGroupAsync(int index, CorpusColumns columns, bool withText, CancellationToken cancellationToken)
    {
        var firstRow = _firstRows[index];
        var count = _firstRows[index + 1] - firstRow;
        if (count > Array.MaxLength)
        {
            throw Error(_path, ParquetMessages.RowGroup(index, firstRow, count, columns.Text.Name, "too many rows in one row group"));
        }

        var rows = (int)count;
        var rowGroup = _reader.OpenRowGroupReader(index);
        var text = withText ? await ReadColumnAsync(columns.Text).ConfigureAwait(false) : null;
        var fields = new ColumnValues[columns.Fields.Length];
        for (var f = 0; f < fields.Length; f++)
        {
            fields[f] = await ReadColumnAsync(columns.Fields[f]).ConfigureAwait(false);
        }

        return new RowGroupData(firstRow, rows, text, fields);

        async Task<ColumnValues> ReadColumnAsync(ColumnDecoder column)
        {
            try
            {
                // Parquet.Net decodes a string column's bytes that are not UTF-8 into U+FFFD, so that two different
                // invalid names became one group (or one id); where the pages can be read here, they are decoded
                // strictly and such a row is rejected, as a text column's is.
                if (column.IsText && rowGroup.GetMetadata(column.Field) is { } chunk && TextColumnStream.CanStream(column.Field, chunk))
                {
                    return Strictly(chunk, column.Field, rows);
                }

                return await column.ReadAsync(rowGroup, rows, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException or CorpusException))
            {
                throw Error(_path, ParquetMessages.RowGroup(index, firstRow, rows, column.Name, e.Message));
            }
        }
    }

    /// <summary>A string column's values decoded from its pages, each one that is not UTF-8 marked invalid.</summary>
    private ColumnValues Strictly(global::Parquet.Meta.ColumnChunk chunk, global::Parquet.Schema.DataField field, int rows)
    {
        using var pages = new TextColumnStream(_path);
        var values = new string?[rows];
        bool[]? invalid = null;
        var i = 0;
        foreach (var batch in pages.ReadPages(chunk, field, rows))
        {
            foreach (var value in batch)
            {
                values[i] = value.Text;
                if (value.IsInvalid)
                {
                    invalid ??= new bool[rows];
                    invalid[i] = true;
                }

                i++;
            }
        }

        return new ColumnValues(values, invalid);
    }

    private static CorpusException Error(string path, string message) => new(new Diagnostic(new DocumentSource(path, 0), message));
}
