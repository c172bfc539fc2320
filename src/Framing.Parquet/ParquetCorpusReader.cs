using Framing.Corpus;

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
/// also its id when the file has no id column. Every row is one record, so <see cref="CorpusShard"/> splits a Parquet
/// corpus by row, exactly as it splits the other formats.
/// </para>
/// <para>
/// Rejected rows: <c>field "text" is null</c>, <c>empty text</c>, <c>invalid UTF-8 in column "x"</c> (binary
/// columns), <c>field "id" is null</c>, <c>empty field "id"</c>, and, when the group field is required,
/// <c>field "outlet" is null</c> and <c>empty field "outlet"</c>. The whole file is unreadable (a
/// <see cref="CorpusException"/> when enumeration starts) when it is not a Parquet file (or is truncated), lacks the
/// text column or a required group column, or when the text, id or group column has an unusable type; a row group that
/// cannot be decoded stops the reading with a <see cref="CorpusException"/> naming the row group, its rows and the
/// column.
/// </para>
/// <para>
/// Memory: one row group is decoded while the previous one is handed out (on another thread), so about two row groups
/// of text are held at a time, whatever the size of the file. Files written with smaller row groups (DuckDB's
/// <c>ROW_GROUP_SIZE</c>, pyarrow's <c>row_group_size</c>) need less.
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
            throw new CorpusException(new CorpusError(
                new DocumentSource(_path, 0),
                Directory.Exists(_path) ? "is a directory, not a file" : ParquetMessages.NoSuchFile));
        }

        return ReadRows(cancellationToken);
    }

    private IEnumerable<CorpusItem> ReadRows(CancellationToken cancellationToken)
    {
        using var file = ParquetFile.Open(_path);
        var columns = CorpusColumns.Resolve(file.Schema, Options, _path);
        var pending = file.RowGroupCount > 0 ? file.ReadAsync(0, columns, cancellationToken) : null;
        try
        {
            for (var g = 0; g < file.RowGroupCount; g++)
            {
                var data = ParquetFile.Wait(pending!);
                pending = g + 1 < file.RowGroupCount ? file.ReadAsync(g + 1, columns, cancellationToken) : null;
                for (var i = 0; i < data.Rows; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return ToItem(data, i, columns);
                }
            }
        }
        finally
        {
            // The file is closed when this method returns: a row group still being decoded must finish first.
            if (pending is not null)
            {
                try
                {
                    pending.Wait(CancellationToken.None);
                }
                catch (AggregateException)
                {
                    // The reading stopped early (an error or an abandoned enumeration): the row group is not needed.
                }
            }
        }
    }

    private CorpusItem ToItem(RowGroupData data, int i, CorpusColumns columns)
    {
        var row = data.FirstRow + i + 1;
        var source = new DocumentSource(_path, row <= int.MaxValue ? (int)row : int.MaxValue);
        var text = data.Text.Values[i];
        if (data.Text.IsInvalid(i))
        {
            return Reject(source, ParquetMessages.InvalidUtf8(columns.Text.Name));
        }

        if (text is null)
        {
            return Reject(source, ParquetMessages.NullField(Options.TextField));
        }

        if (string.IsNullOrWhiteSpace(text))
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
            id = source.ToString();
        }
        else if (data.Fields[columns.IdIndex].Values[i] is not { } idValue)
        {
            return Reject(source, ParquetMessages.NullField(Options.IdField));
        }
        else if (string.IsNullOrWhiteSpace(idValue))
        {
            return Reject(source, ParquetMessages.EmptyField(Options.IdField));
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

            if (string.IsNullOrWhiteSpace(group))
            {
                return Reject(source, ParquetMessages.EmptyField(Options.GroupField));
            }
        }

        return CorpusItem.Accepted(new Document(id, fields, text, source));
    }

    private static CorpusItem Reject(DocumentSource source, string message) => CorpusItem.Rejected(new CorpusError(source, message));
}
