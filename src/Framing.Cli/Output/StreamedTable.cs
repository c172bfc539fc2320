using System.Text.Json;

namespace Framing.Cli.Output;

/// <summary>
/// A table written as its rows come: CSV, JSON and Parquet (in row groups) rows go out at once, so that memory does
/// not grow with the number of rows; table and Markdown rows are buffered, since their column widths need every row.
/// Nothing is written before the first row or <see cref="Finish"/>, so a run that fails before its first row (an empty
/// corpus) writes nothing. The bytes are those <see cref="OutputWriter.Write"/> writes for the same rows.
/// </summary>
internal sealed class StreamedTable : IDisposable
{
    private readonly CliContext _context;
    private readonly OutputFormat _format;
    private readonly TabularData _buffer;
    private readonly IReadOnlyList<KeyValuePair<string, object?>> _metadata;
    private Utf8JsonWriter? _json;
    private ParquetRowSink? _parquet;
    private bool _started;

    /// <param name="context">The command's context, its output already redirected.</param>
    /// <param name="format">The output format.</param>
    /// <param name="columns">The columns; for Parquet each must have a known type (<see cref="ParquetColumnTypes.KnownType"/>).</param>
    /// <param name="metadata">Written before the rows in JSON and in the footer of Parquet, as <see cref="TabularData.Metadata"/> is; none when null.</param>
    public StreamedTable(CliContext context, OutputFormat format, IReadOnlyList<string> columns, IReadOnlyList<KeyValuePair<string, object?>>? metadata = null)
    {
        _context = context;
        _format = format;
        _buffer = new TabularData(columns);
        _metadata = metadata ?? [];
        foreach (var pair in _metadata)
        {
            _buffer.Metadata.Add(pair); // one by one: List.AddRange over pairs is not precompiled in the installed tool
        }
    }

    /// <summary>Rows added so far.</summary>
    public long Count { get; private set; }

    /// <summary>Writes (or, for table and Markdown, keeps) one row.</summary>
    public void Add(params object?[] cells)
    {
        if (cells.Length != _buffer.Columns.Count)
        {
            throw new ArgumentException($"expected {_buffer.Columns.Count} cells, got {cells.Length}", nameof(cells));
        }

        Count++;
        switch (_format)
        {
            case OutputFormat.Csv:
                Start();
                CsvOutput.WriteRow(_context.Out, cells);
                break;
            case OutputFormat.Json:
                Start();
                JsonOutput.WriteRowObject(_json!, _buffer.Columns, cells);
                JsonOutput.FlushWhenFull(_json!);
                break;
            case OutputFormat.Parquet:
                Start();
                _parquet!.Add(cells);
                break;
            default:
                _buffer.Rows.Add(cells);
                break;
        }
    }

    /// <summary>Ends the table (writing the header alone when no row came).</summary>
    /// <param name="trailer">What is known only once every row is out (the documents read): written after the rows in
    /// JSON and with the metadata in the footer of Parquet; none when null.</param>
    public void Finish(IReadOnlyList<KeyValuePair<string, object?>>? trailer = null)
    {
        trailer ??= [];
        switch (_format)
        {
            case OutputFormat.Csv:
                Start();
                break;
            case OutputFormat.Json:
                Start();
                _json!.WriteEndArray();
                foreach (var (key, value) in trailer)
                {
                    _json.WritePropertyName(key);
                    JsonOutput.WriteValue(_json, value);
                }

                JsonOutput.EndDocument(_json, _context.OutStream);
                break;
            case OutputFormat.Parquet:
                Start();
                _parquet!.Complete([.. _metadata, .. trailer]);
                break;
            default:
                OutputWriter.Write(_context, _format, _buffer);
                return;
        }

        _context.Out.Flush();
    }

    public void Dispose()
    {
        _json?.Dispose();
        _parquet?.Dispose();
    }

    private void Start()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        switch (_format)
        {
            case OutputFormat.Csv:
                CsvOutput.WriteHeader(_context.Out, _buffer.Columns);
                break;
            case OutputFormat.Json:
                _context.Out.Flush();
                _json = new Utf8JsonWriter(_context.OutStream, JsonOutput.Options);
                JsonOutput.BeginRows(_json, _metadata);
                break;
            case OutputFormat.Parquet:
                _parquet = ParquetRowSink.ForKnownColumns(_context, _buffer.Columns);
                break;
        }
    }
}
