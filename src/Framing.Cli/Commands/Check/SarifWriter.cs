using System.Text.Json;
using Framing.Cli.Output;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// Writes a SARIF 2.1.0 log for GitHub code scanning (<c>github/codeql-action/upload-sarif</c>) and other SARIF
/// viewers: one run whose driver <c>framing</c> lists every rule, and one result per finding with its physical location
/// (a URI relative to <c>%SRCROOT%</c>, the source root) and region (1-based lines and columns in UTF-16 code units,
/// exclusive end column, and the matched text as the snippet). Code scanning refuses a log in which a result has no
/// location with a file, so a finding about no file (a group range given as an option, or a record of standard input,
/// whose message then begins with its place, <c>stdin:3:5: </c>) is placed at the first line of the fallback file (the
/// configuration file, else the first input that is a file, else the first .txt file of a folder: see <see cref="FallbackFile"/>);
/// a run that read no file has none to give, and its location only says "standard input" (valid SARIF, which code
/// scanning refuses). Results are written as findings are found; the run's properties (documents checked and
/// rejected) come after them.
/// </summary>
/// <param name="stream">The output.</param>
/// <param name="paths">Where artifact URIs are relative to.</param>
/// <param name="fallbackFile">Where a finding about no file is placed.</param>
internal sealed class SarifWriter(Stream stream, ArtifactPaths paths, FallbackFile fallbackFile) : IFindingWriter
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string SourceRoot = "%SRCROOT%";

    /// <summary>The log's writer, opened with the first finding (or at the end): a run that fails before it has a
    /// finding (an empty corpus) writes nothing.</summary>
    private Utf8JsonWriter? _json;

    public void Add(Finding finding)
    {
        var json = Begin();
        WriteResult(json, finding);
        JsonOutput.FlushWhenFull(json);
    }

    public void Finish(CheckReport report)
    {
        var json = Begin();
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteString("lexicon", report.Lexicon.Id);
        json.WriteNumber("documents", report.Documents);
        json.WriteNumber("rejected", report.Rejected);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        JsonOutput.EndDocument(json, stream);
    }

    public void Dispose() => _json?.Dispose();

    /// <summary>The writer, inside the run's <c>results</c> array: the log, its run and the tool are opened first.</summary>
    private Utf8JsonWriter Begin()
    {
        if (_json is { } open)
        {
            return open;
        }

        var json = _json = new Utf8JsonWriter(stream, JsonOutput.Options);
        json.WriteStartObject();
        json.WriteString("$schema", Schema);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();
        WriteTool(json);
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRoot);
        json.WriteString("uri", paths.RootUri);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        return json;
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "framing");
        json.WriteString("version", FramingApp.Version);
        json.WriteString("semanticVersion", FramingApp.Version);
        json.WriteString("informationUri", CheckRules.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in CheckRules.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.ShortDescription);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", rule.FullDescription);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpUri);
            json.WriteStartObject("help"); // GitHub code scanning shows it with an alert, and requires it (SARIF validator rule GH2012)
            json.WriteString("text", $"{rule.FullDescription} See {rule.HelpUri}");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", "error");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteNumber("ruleIndex", CheckRules.IndexOf(finding.RuleId));
        json.WriteString("level", RuleLevels.Name(finding.Level));
        json.WriteStartObject("message");
        json.WriteString("text", finding.MessageWithStandardInputPlace);
        json.WriteEndObject();
        var at = finding.Location is { } own && !finding.OnStandardInput
            ? own
            : fallbackFile.File is { } file ? new FindingLocation(file, 1, 1) : null;
        json.WriteStartArray("locations");
        json.WriteStartObject();
        if (at is null)
        {
            // No file was read: only standard input.
            json.WriteStartObject("message");
            json.WriteString("text", "standard input");
            json.WriteEndObject();
        }
        else
        {
            WritePhysicalLocation(json, at);
        }

        json.WriteEndObject();
        json.WriteEndArray();
        WriteProperties(json, finding);
        json.WriteEndObject();
    }

    private void WritePhysicalLocation(Utf8JsonWriter json, FindingLocation at)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        var (uri, relative) = paths.ForSarif(at.File);
        json.WriteString("uri", uri);
        if (relative)
        {
            json.WriteString("uriBaseId", SourceRoot);
        }

        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", at.Line);
        json.WriteNumber("startColumn", at.Column);
        if (at.EndLine is { } endLine && at.EndColumn is { } endColumn)
        {
            json.WriteNumber("endLine", endLine);
            json.WriteNumber("endColumn", endColumn);
        }

        if (at.Snippet is { } snippet)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", snippet);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteProperties(Utf8JsonWriter json, Finding finding)
    {
        json.WriteStartObject("properties");
        WriteIfSet(json, "document", finding.Document);
        WriteIfSet(json, "group", finding.Group);
        WriteIfSet(json, "dimension", finding.Dimension);
        WriteIfSet(json, "pole", finding.Pole);
        WriteIfSet(json, "entry", finding.Entry);
        if (finding.Score is not null)
        {
            CheckFigures.Write(json, "score", finding.Score, finding.ScoreInFull);
        }

        json.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
