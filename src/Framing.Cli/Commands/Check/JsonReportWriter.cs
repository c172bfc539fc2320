using System.Text.Json;
using Framing.Cli.Output;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// Writes the plain JSON report: the run (tool, lexicon, inputs, counts, <c>fail_on</c>, <c>failed</c>), every finding
/// with its place and subject, and every evaluation of a group range or drift (<c>thresholds</c>), passed or not.
/// </summary>
internal static class JsonReportWriter
{
    public static void Write(Stream stream, CheckReport report)
    {
        using var json = new Utf8JsonWriter(stream, JsonOutput.Options);
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
        json.WriteStartArray("findings");
        foreach (var finding in report.Findings)
        {
            WriteFinding(json, finding);
        }

        json.WriteEndArray();
        json.WriteStartArray("thresholds");
        foreach (var result in report.Thresholds)
        {
            WriteThreshold(json, result);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.WriteByte((byte)'\n');
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
        Write(json, "score", finding.Score);
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
        Write(json, "score", result.Score);
        Write(json, "min", result.Min);
        Write(json, "max", result.Max);
        Write(json, "baseline", result.Baseline);
        Write(json, "tolerance", result.Tolerance);
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
