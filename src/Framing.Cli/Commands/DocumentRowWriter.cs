using System.Text.Json;
using Framing.Cli.Output;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Statistics.Scores;

namespace Framing.Cli.Commands;

/// <summary>Per-document rows: streamed for CSV, JSON and Parquet (in row groups), buffered for table and Markdown (which show a compact subset).</summary>
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
    private readonly (string Id, IReadOnlyList<(int Dimension, int Sign)> Components)[] _axes;

    public DocumentRowWriter(CliContext context, OutputFormat format, Lexicon lexicon, string corpus, VoiceSelection voices)
    {
        _voices = voices;
        _context = context;
        _format = format;
        _lexicon = lexicon;
        // Every dimension, then every composite (its dimensions pooled with their signs), as the group rows are ordered.
        _axes = [.. lexicon.Dimensions.Select(x => x.Id).Concat(lexicon.Composites.Select(x => x.Id)).Select(id => (id, ScoreIntervals.Components(lexicon, id)))];
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
        foreach (var (axis, components) in _axes)
        {
            WriteRow(result, group, axis, components);
        }
    }

    /// <summary>Writes one row of a dimension or composite: a composite's pole A sums its dimensions' pole A with sign 1 and
    /// their pole B with sign -1 (and pole B the other way round), as the group rows pool it.</summary>
    private void WriteRow(DocumentResult result, string group, string axis, IReadOnlyList<(int Dimension, int Sign)> components)
    {
        var c = result.Counts;
        long Pool(Func<int, PoleSide, long> value, PoleSide side)
        {
            long sum = 0;
            foreach (var (d, sign) in components)
            {
                sum += value(d, sign > 0 || side == PoleSide.Neutral ? side : side == PoleSide.A ? PoleSide.B : PoleSide.A);
            }

            return sum;
        }

        var wa = Pool((d, s) => c.WeightMilli(d, s, _voices), PoleSide.A);
        var wb = Pool((d, s) => c.WeightMilli(d, s, _voices), PoleSide.B);
        object?[] row =
        [
            result.Id, group, result.Language, axis, result.Tokens,
            Pool((d, s) => c.Count(d, s, _voices), PoleSide.A), Pool((d, s) => c.Count(d, s, _voices), PoleSide.B), wa / 1000m, wb / 1000m, FramingScore.Score(wa, wb),
            Pool((d, s) => c.Count(d, s, _voices), PoleSide.Neutral), result.Coverage,
            Pool((d, s) => c.Count(d, s, VoiceSelection.Editorial), PoleSide.A), Pool((d, s) => c.Count(d, s, VoiceSelection.Editorial), PoleSide.B),
            Pool((d, s) => c.Count(d, s, VoiceSelection.Quoted), PoleSide.A), Pool((d, s) => c.Count(d, s, VoiceSelection.Quoted), PoleSide.B),
            Pool((d, s) => c.Count(d, s, VoiceSelection.Attributed), PoleSide.A), Pool((d, s) => c.Count(d, s, VoiceSelection.Attributed), PoleSide.B),
            Pool((d, s) => c.NegatedCount(d, s, _voices), PoleSide.A), Pool((d, s) => c.NegatedCount(d, s, _voices), PoleSide.B),
            Pool((d, s) => c.OffTargetCount(d, s, _voices), PoleSide.A), Pool((d, s) => c.OffTargetCount(d, s, _voices), PoleSide.B),
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
                OutputWriter.Write(_context, _format, _buffer.Select(ScoreColumns.DocumentCompact));
                break;
        }
    }

    public void Dispose()
    {
        _json?.Dispose();
        _parquet?.Dispose();
    }
}
