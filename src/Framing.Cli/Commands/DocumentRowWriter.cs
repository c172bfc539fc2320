using System.Text.Json;
using Framing.Cli.Output;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Cli.Commands;

/// <summary>Per-document rows: streamed for CSV, JSON and Parquet (in row groups), buffered for table and Markdown.</summary>
internal sealed class DocumentRowWriter : IDisposable
{
    private readonly CliContext _context;
    private readonly OutputFormat _format;
    private readonly Lexicon _lexicon;
    private readonly TabularData _buffer = new(ScoreColumns.Document);
    private readonly Utf8JsonWriter? _json;
    private readonly ParquetRowSink? _parquet;
    private readonly TabularData _metadata = new(ScoreColumns.Document);
    private readonly VoiceSelection _voices;

    public DocumentRowWriter(CliContext context, OutputFormat format, Lexicon lexicon, string corpus, VoiceSelection voices)
    {
        _voices = voices;
        _context = context;
        _format = format;
        _lexicon = lexicon;
        GroupScoreReport.AddMetadata(_metadata, lexicon, corpus, voices, null);
        if (format == OutputFormat.Csv)
        {
            CsvOutput.WriteHeader(context.Out, ScoreColumns.Document);
        }
        else if (format == OutputFormat.Parquet)
        {
            _parquet = ParquetRowSink.ForKnownColumns(context, ScoreColumns.Document);
        }
        else if (format == OutputFormat.Json)
        {
            context.Out.Flush();
            _json = new Utf8JsonWriter(context.OutStream, JsonOutput.Options);
            _json.WriteStartObject();
            foreach (var (key, value) in _metadata.Metadata)
            {
                _json.WritePropertyName(key);
                JsonOutput.WriteValue(_json, value);
            }

            _json.WritePropertyName("rows");
            _json.WriteStartArray();
        }
    }

    public void Add(string group, DocumentResult result)
    {
        for (var d = 0; d < _lexicon.Dimensions.Count; d++)
        {
            var c = result.Counts;
            var wa = c.WeightMilli(d, PoleSide.A, _voices);
            var wb = c.WeightMilli(d, PoleSide.B, _voices);
            object?[] row =
            [
                result.Id, group, result.Language, _lexicon.Dimensions[d].Id, result.Tokens,
                c.Count(d, PoleSide.A, _voices), c.Count(d, PoleSide.B, _voices), wa / 1000m, wb / 1000m, FramingScore.Score(wa, wb),
                c.Count(d, PoleSide.Neutral, _voices), result.Coverage,
                c.Count(d, PoleSide.A, VoiceSelection.Editorial), c.Count(d, PoleSide.B, VoiceSelection.Editorial),
                c.Count(d, PoleSide.A, VoiceSelection.Quoted), c.Count(d, PoleSide.B, VoiceSelection.Quoted),
                c.Count(d, PoleSide.A, VoiceSelection.Attributed), c.Count(d, PoleSide.B, VoiceSelection.Attributed),
                c.NegatedCount(d, PoleSide.A, _voices), c.NegatedCount(d, PoleSide.B, _voices),
                c.OffTargetCount(d, PoleSide.A, _voices), c.OffTargetCount(d, PoleSide.B, _voices),
            ];
            switch (_format)
            {
                case OutputFormat.Csv:
                    CsvOutput.WriteRow(_context.Out, row);
                    break;
                case OutputFormat.Json:
                    JsonOutput.WriteRowObject(_json!, ScoreColumns.Document, row);
                    break;
                case OutputFormat.Parquet:
                    _parquet!.Add(row);
                    break;
                default:
                    _buffer.Rows.Add(row);
                    break;
            }
        }
    }

    public void Finish(CorpusTally tally)
    {
        switch (_format)
        {
            case OutputFormat.Csv:
                _context.Out.Flush();
                break;
            case OutputFormat.Json:
                _json!.WriteEndArray();
                _json.WriteNumber("documents_scored", tally.ScoredDocuments);
                _json.WriteNumber("documents_rejected", tally.RejectedDocuments);
                _json.WriteEndObject();
                _json.Flush();
                _context.OutStream.WriteByte((byte)'\n');
                break;
            case OutputFormat.Parquet:
                _parquet!.Complete([.. _metadata.Metadata, new("documents_scored", tally.ScoredDocuments), new("documents_rejected", tally.RejectedDocuments)]);
                break;
            default:
                OutputWriter.Write(_context, _format, _buffer);
                break;
        }
    }

    public void Dispose()
    {
        _json?.Dispose();
        _parquet?.Dispose();
    }
}
