using global::Parquet;
using global::Parquet.Schema;

namespace Framing.Parquet;

/// <summary>
/// Writes a table to a Parquet file row by row, in row groups of a bounded number of rows, so that memory does not grow
/// with the table. Every column is optional: a null cell is a Parquet null. Key-value metadata is written in the footer
/// by <see cref="Complete"/>.
/// </summary>
/// <remarks>
/// The file is written with Snappy compression. Parquet.Net is asynchronous; this writer waits for it on the thread
/// pool, so it can be used from synchronous code. Not thread-safe.
/// </remarks>
/// <example><code>
/// using var file = File.Create("scores.parquet");
/// using var writer = new ParquetTableWriter(file, [new("group", ParquetColumnType.String), new("count", ParquetColumnType.Int64)]);
/// writer.AddRow(["outlet-a", 12L]);
/// writer.Complete(new Dictionary&lt;string, string&gt; { ["framing.version"] = "0.1.0" });
/// </code></example>
public sealed class ParquetTableWriter : IDisposable
{
    /// <summary>The rows in a row group unless the constructor is told otherwise.</summary>
    public const int DefaultRowGroupRows = 65_536;

    private readonly DataField[] _fields;
    private readonly ColumnBuffer[] _buffers;
    private readonly int _rowGroupRows;
    private ParquetWriter? _writer;
    private int _rows;
    private bool _completed;

    /// <summary>Creates a writer; the file's header is written at once.</summary>
    /// <param name="output">A writable stream (a file); left open.</param>
    /// <param name="columns">The columns, in order; names must be unique and not empty.</param>
    /// <param name="rowGroupRows">The most rows in a row group (and held in memory).</param>
    /// <exception cref="ArgumentException">No columns, a null column, a repeated or empty name, an undefined type, or the stream is not writable.</exception>
    public ParquetTableWriter(Stream output, IReadOnlyList<ParquetColumn> columns, int rowGroupRows = DefaultRowGroupRows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfLessThan(rowGroupRows, 1);
        if (columns.Any(c => c is null))
        {
            throw new ArgumentException("A column is null.", nameof(columns));
        }

        if (columns.Count == 0 || columns.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != columns.Count || columns.Any(c => string.IsNullOrEmpty(c.Name)))
        {
            throw new ArgumentException("A table needs at least one column, with unique, non-empty names.", nameof(columns));
        }

        Columns = [.. columns];
        _fields = [.. columns.Select(FieldOf)];
        _buffers = [.. columns.Select(c => ColumnBuffer.For(c.Type, Math.Min(rowGroupRows, 1024)))];
        _rowGroupRows = rowGroupRows;
        var schema = new ParquetSchema(_fields);
        _writer = Run(() => ParquetWriter.CreateAsync(schema, output, new ParquetOptions { CompressionMethod = CompressionMethod.Snappy }));
    }

    /// <summary>The columns.</summary>
    public IReadOnlyList<ParquetColumn> Columns { get; }

    /// <summary>Rows added so far.</summary>
    public long RowCount { get; private set; }

    /// <summary>Adds a row; a row group is written when <c>rowGroupRows</c> rows are waiting.</summary>
    /// <param name="cells">One cell per column: null, or a value of the column's type (see <see cref="ParquetColumnType"/>).</param>
    /// <exception cref="ArgumentException">The row has the wrong number of cells, or a cell the wrong type.</exception>
    /// <exception cref="InvalidOperationException">The writer is complete.</exception>
    public void AddRow(IReadOnlyList<object?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (_completed)
        {
            // Before the disposed check: a completed writer has let its file go, and this is why.
            throw new InvalidOperationException("The table is complete.");
        }

        ObjectDisposedException.ThrowIf(_writer is null, this);

        if (cells.Count != _buffers.Length)
        {
            throw new ArgumentException($"Expected {_buffers.Length} cells, got {cells.Count}.", nameof(cells));
        }

        for (var c = 0; c < cells.Count; c++)
        {
            if (!_buffers[c].TryAdd(cells[c]))
            {
                for (var undo = 0; undo < c; undo++)
                {
                    _buffers[undo].RemoveLast();
                }

                throw new ArgumentException($"Column \"{Columns[c].Name}\" ({Columns[c].Type}) cannot hold a {cells[c]!.GetType().Name}.", nameof(cells));
            }
        }

        _rows++;
        RowCount++;
        if (_rows >= _rowGroupRows)
        {
            Flush();
        }
    }

    /// <summary>Writes the waiting rows and the footer with <paramref name="metadata"/>; the file is then complete.</summary>
    /// <param name="metadata">The file's key-value metadata, or null.</param>
    public void Complete(IReadOnlyDictionary<string, string>? metadata = null)
    {
        if (_completed)
        {
            return; // completing twice is completing once
        }

        ObjectDisposedException.ThrowIf(_writer is null, this);

        if (_rows > 0)
        {
            Flush();
        }

        if (metadata is not null)
        {
            _writer.CustomMetadata = new Dictionary<string, string>(metadata, StringComparer.Ordinal);
        }

        _completed = true;
        Dispose();
    }

    /// <summary>Closes the writer (the stream stays open). Without <see cref="Complete"/> first, the file is not a complete Parquet file.</summary>
    public void Dispose()
    {
        if (_writer is { } writer)
        {
            _writer = null;
            Run(() => writer.DisposeAsync().AsTask());
        }
    }

    private void Flush()
    {
        var writer = _writer!;
        Run(async () =>
        {
            using var rowGroup = writer.CreateRowGroup();
            for (var c = 0; c < _fields.Length; c++)
            {
                await _buffers[c].WriteAsync(rowGroup, _fields[c]).ConfigureAwait(false);
            }

            rowGroup.CompleteValidate();
        });
        foreach (var buffer in _buffers)
        {
            buffer.Clear();
        }

        _rows = 0;
    }

    private static DataField FieldOf(ParquetColumn column) => column.Type switch
    {
        ParquetColumnType.String => new DataField<string>(column.Name, nullable: true),
        ParquetColumnType.Int64 => new DataField<long?>(column.Name, nullable: true),
        ParquetColumnType.Double => new DataField<double?>(column.Name, nullable: true),
        ParquetColumnType.Boolean => new DataField<bool?>(column.Name, nullable: true),
        _ => throw new ArgumentException($"Undefined column type {column.Type}.", nameof(column)),
    };

    private static void Run(Func<Task> action) => Task.Run(action).GetAwaiter().GetResult();

    private static T Run<T>(Func<Task<T>> action) => Task.Run(action).GetAwaiter().GetResult();
}
