using Framing.Parquet;

namespace Framing.Cli.Output;

/// <summary>
/// Rows written to a Parquet file as they come, in row groups of <see cref="ParquetTableWriter.DefaultRowGroupRows"/>
/// rows, so that streamed output (per-document scores) keeps memory bounded.
/// </summary>
internal sealed class ParquetRowSink : IDisposable
{
    private readonly CliContext _context;
    private readonly IReadOnlyList<string> _columns;
    private readonly ParquetColumnType[] _types;
    private readonly ParquetTableWriter _writer;
    private readonly object?[] _converted;

    public ParquetRowSink(CliContext context, IReadOnlyList<string> columns, ParquetColumnType[] types)
    {
        _context = context;
        _columns = columns;
        _types = types;
        _converted = new object?[columns.Count];
        context.Out.Flush();
        _writer = new ParquetTableWriter(context.OutStream, [.. columns.Select((name, i) => new ParquetColumn(name, types[i]))]);
    }

    /// <summary>A sink for columns known by name (see <see cref="ParquetColumnTypes.KnownType"/>).</summary>
    public static ParquetRowSink ForKnownColumns(CliContext context, IReadOnlyList<string> columns) =>
        new(context, columns, [.. columns.Select(c => ParquetColumnTypes.KnownType(c) ?? throw new InvalidOperationException($"column \"{c}\" has no known Parquet type"))]);

    public void Add(object?[] row)
    {
        for (var c = 0; c < row.Length; c++)
        {
            _converted[c] = ParquetCells.Convert(row[c], _types[c], _columns[c]);
        }

        _writer.AddRow(_converted);
    }

    /// <summary>Writes the last rows and the footer with the run's metadata.</summary>
    public void Complete(IEnumerable<KeyValuePair<string, object?>> metadata) =>
        _writer.Complete(ParquetMetadata.Build(_context, metadata));

    public void Dispose() => _writer.Dispose();
}
