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
    private readonly TabularData _buffer = new(ScoreColumns.Document) { TextColumns = ScoreColumns.DocumentText };
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
            JsonOutput.BeginRows(_json, _metadata.Metadata);
        }
    }

    public void Add(string group, DocumentResult result)
    {
        // Every dimension, then every composite (its dimensions pooled with their signs), as the group rows are ordered.
        foreach (var axis in _lexicon.Axes)
        {
            WriteRow(result, group, axis);
        }
    }

    /// <summary>Writes one row of a dimension or composite, pooled by its axis as the group rows are.</summary>
    private void WriteRow(DocumentResult result, string group, ScoreAxis axis)
    {
        var c = result.Counts;
        var p = axis.Pool(c, _voices);
        var editorial = axis.Pool(c, VoiceSelection.Editorial);
        var quoted = axis.Pool(c, VoiceSelection.Quoted);
        var attributed = axis.Pool(c, VoiceSelection.Attributed);
        object?[] row =
        [
            result.Id, group, result.Language, axis.Id, result.Tokens,
            p.CountA, p.CountB, p.WeightAMilli / 1000m, p.WeightBMilli / 1000m, p.Score,
            p.CountNeutral, result.Coverage,
            editorial.CountA, editorial.CountB,
            quoted.CountA, quoted.CountB,
            attributed.CountA, attributed.CountB,
            p.NegatedA, p.NegatedB,
            p.OffTargetA, p.OffTargetB,
            p.OutOfScopeA, p.OutOfScopeB, c.OutOfScopeDocuments,
        ];
        switch (_format)
        {
            case OutputFormat.Csv:
                CsvOutput.WriteRow(_context.Out, row);
                break;
            case OutputFormat.Json:
                JsonOutput.WriteRowObject(_json!, ScoreColumns.Document, row);
                JsonOutput.FlushWhenFull(_json!);
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
                JsonOutput.EndDocument(_json, _context.OutStream);
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
