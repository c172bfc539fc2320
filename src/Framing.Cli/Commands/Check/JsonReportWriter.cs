using System.Text.Json;
using Framing.Cli.Output;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// Writes the plain JSON report: the run (tool, lexicon, inputs, counts, <c>fail_on</c>, <c>failed</c>), every finding
/// with its place and subject, and every evaluation of a group range or drift (<c>thresholds</c>), passed or not. The
/// counts come before the findings, so the findings are written, as they are found, to a temporary file
/// (<see cref="FindingSpool"/>), which is copied to the output after the header once the run is over: memory does not
/// grow with the findings, and the bytes are those of one writer writing the whole report.
/// </summary>
internal sealed class JsonReportWriter : IFindingWriter
{
    private readonly Stream _stream;
    private readonly FindingSpool _spool;
    private readonly Utf8JsonWriter _tail;

    /// <summary>Starts a report.</summary>
    /// <param name="stream">The output.</param>
    /// <param name="spool">The temporary file for the findings, owned by the writer from now on.</param>
    public JsonReportWriter(Stream stream, FindingSpool spool)
    {
        _stream = stream;
        _spool = spool;

        // The file holds the report from "findings" to its end, as a writer of the whole report writes it: it is opened
        // as an object of its own (same depth, same indentation), whose "{" is left out when it is copied after the
        // header and the header's last value (where that writer would write a ",").
        _tail = new Utf8JsonWriter(spool.Stream, JsonOutput.Options);
        _tail.WriteStartObject();
        _tail.WriteStartArray("findings");
    }

    public void Add(Finding finding)
    {
        WriteFinding(_tail, finding);
        JsonOutput.FlushWhenFull(_tail);
    }

    public void Finish(CheckReport report)
    {
        _tail.WriteEndArray();
        _tail.WriteStartArray("thresholds");
        foreach (var result in report.Thresholds)
        {
            WriteThreshold(_tail, result);
        }

        _tail.WriteEndArray();
        _tail.WriteEndObject();
        _tail.Flush();

        using (var json = new Utf8JsonWriter(_stream, JsonOutput.Options))
        {
            json.WriteStartObject();
            json.WriteString("tool", "framing");
            json.WriteString("version", FramingApp.Version);
            json.WriteStartObject("lexicon");
            json.WriteString("id", report.Lexicon.Id);
            json.WriteString("version", report.Lexicon.Metadata.Version);
            json.WriteEndObject();
            json.WriteStartArray("inputs");
            foreach (var input in report.Inputs)
            {
                json.WriteStringValue(input);
            }

            json.WriteEndArray();
            json.WriteNumber("documents_checked", report.Documents);
            json.WriteNumber("documents_rejected", report.Rejected);
            json.WriteNumber("errors", report.Errors);
            json.WriteNumber("warnings", report.Warnings);
            json.WriteString("fail_on", report.FailOnName);
            json.WriteBoolean("failed", report.Failed);
            json.Flush();
        }

        _stream.WriteByte((byte)',');
        _spool.CopyTo(_stream, offset: 1);
        _stream.WriteByte((byte)'\n');
    }

    public void Dispose()
    {
        try
        {
            _tail.Dispose();
        }
        finally
        {
            // Deleted even when the writer's last bytes cannot be written (a full disk).
            _spool.Dispose();
        }
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("rule", finding.RuleId);
        json.WriteString("level", RuleLevels.Name(finding.Level));
        json.WriteString("message", finding.Message);
        var at = finding.Location;
        Write(json, "file", at?.File);
        Write(json, "line", at?.Line);
        Write(json, "column", at?.Column);
        Write(json, "end_line", at?.EndLine);
        Write(json, "end_column", at?.EndColumn);
        Write(json, "snippet", at?.Snippet);
        Write(json, "document", finding.Document);
        Write(json, "group", finding.Group);
        Write(json, "dimension", finding.Dimension);
        Write(json, "pole", finding.Pole);
        Write(json, "entry", finding.Entry);
        CheckFigures.Write(json, "score", finding.Score, finding.ScoreInFull);
        json.WriteEndObject();
    }

    private static void WriteThreshold(Utf8JsonWriter json, ThresholdResult result)
    {
        json.WriteStartObject();
        json.WriteString("rule", result.RuleId);
        json.WriteString("level", RuleLevels.Name(result.Level));
        json.WriteString("group", result.Group);
        json.WriteString("dimension", result.Dimension);
        json.WriteString("voice", result.Voice);
        CheckFigures.Write(json, "score", result.Score, result.InFull);
        CheckFigures.Write(json, "min", result.Min, result.InFull);
        CheckFigures.Write(json, "max", result.Max, result.InFull);
        CheckFigures.Write(json, "baseline", result.Baseline, result.InFull);
        CheckFigures.Write(json, "tolerance", result.Tolerance, result.InFull);
        json.WriteString("status", result.Status);
        json.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter json, string name, object? value)
    {
        json.WritePropertyName(name);
        JsonOutput.WriteValue(json, value switch
        {
            int i => (long)i,
            _ => value,
        });
    }
}
