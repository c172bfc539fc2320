using Framing.Corpus;
using Framing.Parquet.Pages;
using global::Parquet.Meta;

namespace Framing.Parquet;

/// <summary>
/// Reads a Parquet corpus: one document per row, streamed row group by row group.
/// </summary>
/// <remarks>
/// <para>
/// The text comes from the column <see cref="CorpusReaderOptions.TextField"/>, which must hold strings (or binary
/// values, read as strict UTF-8). Every other top-level column of single values becomes a field of the document (null
/// values are left out, as JSON Lines nulls are): strings as they are, other types as culture-invariant text — integers
/// and decimals as digits, floating-point numbers as their shortest round-trip text (<c>0.1</c>, <c>1E-07</c>),
/// booleans as <c>true</c>/<c>false</c>, dates as <c>2024-05-01</c>, timestamps as <c>2024-05-01T12:30:00</c> (with
/// <c>Z</c> when stored in UTC), UUIDs in their 36-character form. So <c>--by</c> and <c>--id-field</c> may name a
/// column of any of these types. Nested columns (lists, structs, maps), times of day and intervals are left out; naming
/// one as the text, id or group column is an error.
/// </para>
/// <para>
/// A record's location is its 1-based row number in the file (<c>corpus.parquet:12</c> is the twelfth row), which is
/// also its id (with the file's name, not its folder) when the file has no id column. Every row is one record, so <see cref="CorpusShard"/> splits a Parquet
/// corpus by row, exactly as it splits the other formats.
/// </para>
/// <para>
/// Rejected rows: <c>field "text" is null</c>, <c>empty text</c>, <c>invalid UTF-8 in column "x"</c> (binary
/// columns, and string columns whose pages Framing decodes: plain or dictionary, uncompressed or Snappy, gzip or
/// Zstandard; a string column in another encoding or codec is decoded by Parquet.Net, which turns such bytes into U+FFFD), <c>field "id" is null</c>, <c>empty field "id"</c>, and, when the group field is required,
/// <c>field "outlet" is null</c> and <c>empty field "outlet"</c>. The whole file is unreadable (a
/// <see cref="CorpusException"/> when enumeration starts) when it is not a Parquet file (or is truncated), lacks the
/// text column or a required group column, or when the text, id or group column has an unusable type; a row group that
/// cannot be decoded stops the reading with a <see cref="CorpusException"/> naming the row group, its rows and the
/// column.
/// </para>
/// <para>
/// Memory and speed: the text column is streamed page by page and value by value — a Snappy page of many megabytes
/// (DuckDB writes a row group's text as one page) is decompressed a piece at a time into a sliding buffer — so the
/// text of a row group is never all in memory; the other columns are read a row group at a time, the next one on
/// another thread while the current one is handed out. Text columns in other encodings or codecs than plain or
/// dictionary, uncompressed, Snappy, gzip or Zstandard (for example DELTA_LENGTH_BYTE_ARRAY, Brotli or LZ4) are read a
/// whole row group at a time by Parquet.Net.
/// </para>
/// </remarks>
public sealed class ParquetCorpusReader : ICorpusReader
{
    private readonly string _path;

    /// <summary>Creates a reader over a Parquet file.</summary>
    /// <param name="path">The file's path; also used as the file name in ids and messages.</param>
    /// <param name="options">Field names and rules; <see cref="CorpusReaderOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The path is empty, or the text field has the same name as the id or group field.</exception>
    public ParquetCorpusReader(string path, CorpusReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Options = options ?? CorpusReaderOptions.Default;
        if (string.Equals(Options.TextField, Options.IdField, StringComparison.Ordinal)
            || string.Equals(Options.TextField, Options.GroupField, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The text field \"{Options.TextField}\" must differ from the id field and the group field.", nameof(options));
        }

        _path = path;
    }

    /// <inheritdoc/>
    public string Description => _path;

    /// <summary>The field names and rules.</summary>
    public CorpusReaderOptions Options { get; }

    /// <inheritdoc/>
    /// <exception cref="CorpusException">
    /// The file does not exist (thrown by this call); when enumeration starts, the file is not Parquet or lacks a required
    /// column; while enumerating, a row group cannot be decoded.
    /// </exception>
    public IEnumerable<CorpusItem> Read(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(_path))
        {
            throw new CorpusException(new Diagnostic(
                new DocumentSource(_path, 0),
                Directory.Exists(_path) ? SystemReason.NotAFile : ParquetMessages.NoSuchFile));
        }

        return ReadRows(cancellationToken);
    }

    private IEnumerable<CorpusItem> ReadRows(CancellationToken cancellationToken)
    {
        using var file = ParquetFile.Open(_path);
        var columns = CorpusColumns.Resolve(file.Schema, Options, _path);
        TextColumnStream? pages = null;
        var pending = file.RowGroupCount > 0 ? Start(file, 0, columns, cancellationToken) : default;
        try
        {
            for (var g = 0; g < file.RowGroupCount; g++)
            {
                var data = ParquetFile.Wait(pending.Task!);
                var chunk = pending.Chunk;
                pending = g + 1 < file.RowGroupCount ? Start(file, g + 1, columns, cancellationToken) : default;
                if (data.Text is { } text)
                {
                    for (var i = 0; i < data.Rows; i++)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        yield return ToItem(data, i, columns, text.Values[i], text.IsInvalid(i));
                    }

                    continue;
                }

                // The text column is read and decoded a batch of values at a time: the row group's text is never all in memory.
                var row = 0;
                pages ??= new TextColumnStream(_path);
                foreach (var batch in ReadPages(pages, chunk!, columns, g, data))
                {
                    foreach (var value in batch)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        yield return ToItem(data, row++, columns, value.Text, value.IsInvalid);
                    }
                }
            }
        }
        finally
        {
            pages?.Dispose();

            // The file is closed when this method returns: a row group still being decoded must finish first.
            if (pending.Task is { } task)
            {
                try
                {
                    task.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // The reading stopped early (an error or an abandoned enumeration): the row group is not needed.
                }
            }
        }
    }

    private static (Task<RowGroupData>? Task, ColumnChunk? Chunk) Start(ParquetFile file, int index, CorpusColumns columns, CancellationToken cancellationToken)
    {
        var chunk = file.ChunkOf(index, columns.Text.Field);
        var stream = TextColumnStream.CanStream(columns.Text.Field, chunk);
        return (file.ReadAsync(index, columns, withText: !stream, cancellationToken), stream ? chunk : null);
    }

    private IEnumerable<TextValue[]> ReadPages(TextColumnStream pages, ColumnChunk chunk, CorpusColumns columns, int index, RowGroupData data)
    {
        using var enumerator = pages.ReadPages(chunk, columns.Text.Field, data.Rows).GetEnumerator();
        while (true)
        {
            try
            {
                if (!enumerator.MoveNext())
                {
                    yield break;
                }
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                throw new CorpusException(new Diagnostic(
                    new DocumentSource(_path, 0),
                    ParquetMessages.RowGroup(index, data.FirstRow, data.Rows, columns.Text.Name, e.Message)));
            }

            yield return enumerator.Current;
        }
    }

    private CorpusItem ToItem(RowGroupData data, int i, CorpusColumns columns, string? text, bool invalidText)
    {
        var row = data.FirstRow + i + 1;
        var source = new DocumentSource(_path, row <= int.MaxValue ? (int)row : int.MaxValue);
        if (invalidText)
        {
            return Reject(source, ParquetMessages.InvalidUtf8(columns.Text.Name));
        }

        if (text is null)
        {
            return Reject(source, ParquetMessages.NullField(Options.TextField));
        }

        if (Framing.Text.InvisibleCharacters.OnlyInvisible(text))
        {
            return Reject(source, ParquetMessages.EmptyText);
        }

        var fields = new Dictionary<string, string>(columns.Fields.Length, StringComparer.Ordinal);
        for (var f = 0; f < columns.Fields.Length; f++)
        {
            var column = data.Fields[f];
            if (column.IsInvalid(i))
            {
                return Reject(source, ParquetMessages.InvalidUtf8(columns.Fields[f].Name));
            }

            if (column.Values[i] is { } value)
            {
                fields[columns.Fields[f].Name] = value;
            }
        }

        string id;
        if (columns.IdIndex < 0)
        {
            id = RecordMessages.LocationId(source);
        }
        else if (data.Fields[columns.IdIndex].Values[i] is not { } idValue)
        {
            return Reject(source, ParquetMessages.NullField(Options.IdField));
        }
        else if (RecordMessages.KeyFieldError(idValue, Options.IdField) is { } idError)
        {
            return Reject(source, idError);
        }
        else
        {
            id = idValue;
        }

        if (columns.GroupIndex >= 0)
        {
            var group = data.Fields[columns.GroupIndex].Values[i];
            if (group is null)
            {
                return Reject(source, ParquetMessages.NullField(Options.GroupField));
            }

            if (RecordMessages.KeyFieldError(group, Options.GroupField) is { } groupError)
            {
                return Reject(source, groupError);
            }
        }

        return CorpusItem.Accepted(new Document(id, fields, text, source));
    }

    private static CorpusItem Reject(DocumentSource source, string message) => CorpusItem.Rejected(new Diagnostic(source, message));
}
