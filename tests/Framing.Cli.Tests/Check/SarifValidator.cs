using System.Text.Json;

namespace Framing.Cli.Tests.Check;

/// <summary>
/// Checks a SARIF log against the SARIF 2.1.0 schema's rules for the objects framing writes: required properties,
/// property types, enumerations, minimum values, and no property the schema does not define (its objects do not allow
/// additional properties). No schema validator package is available, so the rules are written out here.
/// </summary>
internal static class SarifValidator
{
    private static readonly string[] LogKeys = ["$schema", "version", "runs", "inlineExternalProperties", "properties"];
    private static readonly string[] RunKeys =
    [
        "tool", "invocations", "conversion", "language", "versionControlProvenance", "originalUriBaseIds", "artifacts", "logicalLocations",
        "graphs", "results", "automationDetails", "runAggregates", "baselineGuid", "redactionReleaseIds", "defaultEncoding",
        "defaultSourceLanguage", "newlineSequences", "columnKind", "externalPropertyFileReferences", "threadFlowLocations", "taxonomies",
        "addresses", "translations", "policies", "webRequests", "webResponses", "specialLocations", "properties",
    ];
    private static readonly string[] ToolKeys = ["driver", "extensions", "properties"];
    private static readonly string[] ToolComponentKeys =
    [
        "guid", "name", "organization", "product", "productSuite", "shortDescription", "fullDescription", "fullName", "version",
        "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc", "downloadUri", "informationUri", "globalMessageStrings",
        "notifications", "rules", "taxa", "locations", "language", "contents", "isComprehensive", "localizedDataSemanticVersion",
        "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent", "translationMetadata", "supportedTaxonomies", "properties",
    ];
    private static readonly string[] DescriptorKeys =
    [
        "id", "deprecatedIds", "guid", "deprecatedGuids", "name", "deprecatedNames", "shortDescription", "fullDescription",
        "messageStrings", "defaultConfiguration", "helpUri", "help", "relationships", "properties",
    ];
    private static readonly string[] ConfigurationKeys = ["enabled", "level", "rank", "parameters", "properties"];
    private static readonly string[] MultiformatKeys = ["text", "markdown", "properties"];
    private static readonly string[] ResultKeys =
    [
        "ruleId", "ruleIndex", "rule", "kind", "level", "message", "analysisTarget", "locations", "guid", "correlationGuid",
        "occurrenceCount", "partialFingerprints", "fingerprints", "stacks", "codeFlows", "graphs", "graphTraversals", "relatedLocations",
        "suppressions", "baselineState", "rank", "attachments", "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa",
        "webRequest", "webResponse", "properties",
    ];
    private static readonly string[] MessageKeys = ["text", "markdown", "id", "arguments", "properties"];
    private static readonly string[] LocationKeys = ["id", "physicalLocation", "logicalLocations", "message", "annotations", "relationships", "properties"];
    private static readonly string[] PhysicalLocationKeys = ["address", "artifactLocation", "region", "contextRegion", "properties"];
    private static readonly string[] ArtifactLocationKeys = ["uri", "uriBaseId", "index", "description", "properties"];
    private static readonly string[] RegionKeys =
    [
        "startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset", "byteLength", "snippet", "message",
        "sourceLanguage", "properties",
    ];
    private static readonly string[] ArtifactContentKeys = ["text", "binary", "rendered", "properties"];
    private static readonly string[] Levels = ["none", "note", "warning", "error"];

    public static void Validate(JsonElement log)
    {
        Keys(log, "sarifLog", LogKeys, "version", "runs");
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", log.GetProperty("$schema").GetString());
        var runs = Array(log, "runs");
        Assert.Single(runs);
        foreach (var run in runs)
        {
            ValidateRun(run);
        }
    }

    private static void ValidateRun(JsonElement run)
    {
        Keys(run, "run", RunKeys, "tool");
        var tool = run.GetProperty("tool");
        Keys(tool, "tool", ToolKeys, "driver");
        var driver = tool.GetProperty("driver");
        Keys(driver, "toolComponent", ToolComponentKeys, "name");
        String(driver, "name");
        String(driver, "version");
        AbsoluteUri(String(driver, "informationUri"));
        var rules = Array(driver, "rules");
        var ids = new List<string>();
        foreach (var rule in rules)
        {
            Keys(rule, "reportingDescriptor", DescriptorKeys, "id");
            ids.Add(String(rule, "id"));
            Multiformat(rule.GetProperty("shortDescription"));
            if (rule.TryGetProperty("fullDescription", out var full))
            {
                Multiformat(full);
            }

            if (rule.TryGetProperty("helpUri", out _))
            {
                AbsoluteUri(String(rule, "helpUri"));
            }

            if (rule.TryGetProperty("defaultConfiguration", out var configuration))
            {
                Keys(configuration, "reportingConfiguration", ConfigurationKeys);
                Assert.Contains(String(configuration, "level"), Levels);
            }
        }

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        if (run.TryGetProperty("columnKind", out var columnKind))
        {
            Assert.Contains(columnKind.GetString(), new[] { "utf16CodeUnits", "unicodeCodePoints" });
        }

        var baseIds = new HashSet<string>(StringComparer.Ordinal);
        if (run.TryGetProperty("originalUriBaseIds", out var bases))
        {
            Assert.Equal(JsonValueKind.Object, bases.ValueKind);
            foreach (var property in bases.EnumerateObject())
            {
                Keys(property.Value, "artifactLocation", ArtifactLocationKeys);
                var uri = String(property.Value, "uri");
                AbsoluteUri(uri);
                Assert.EndsWith("/", uri, StringComparison.Ordinal);
                baseIds.Add(property.Name);
            }
        }

        foreach (var result in Array(run, "results"))
        {
            ValidateResult(result, ids, baseIds);
        }
    }

    private static void ValidateResult(JsonElement result, List<string> ruleIds, HashSet<string> baseIds)
    {
        Keys(result, "result", ResultKeys, "message");
        var message = result.GetProperty("message");
        Keys(message, "message", MessageKeys);
        Assert.False(string.IsNullOrEmpty(String(message, "text")));
        var ruleId = String(result, "ruleId");
        Assert.Contains(ruleId, ruleIds);
        if (result.TryGetProperty("ruleIndex", out var index))
        {
            Assert.Equal(JsonValueKind.Number, index.ValueKind);
            Assert.Equal(ruleId, ruleIds[index.GetInt32()]);
        }

        Assert.Contains(String(result, "level"), Levels);

        // GitHub code scanning rejects a result without a location.
        var locations = Array(result, "locations");
        Assert.NotEmpty(locations);
        foreach (var location in locations)
        {
            Keys(location, "location", LocationKeys);
            var physical = location.GetProperty("physicalLocation");
            Keys(physical, "physicalLocation", PhysicalLocationKeys);
            var artifact = physical.GetProperty("artifactLocation");
            Keys(artifact, "artifactLocation", ArtifactLocationKeys);
            var uri = String(artifact, "uri");
            Assert.True(Uri.TryCreate(uri, UriKind.RelativeOrAbsolute, out _), uri);
            Assert.DoesNotContain('\\', uri);
            if (artifact.TryGetProperty("uriBaseId", out var baseId))
            {
                Assert.Contains(baseId.GetString()!, baseIds);
                Assert.False(Uri.TryCreate(uri, UriKind.Absolute, out _), "a URI with a uriBaseId must be relative: " + uri);
            }

            if (physical.TryGetProperty("region", out var region))
            {
                ValidateRegion(region);
            }
        }
    }

    private static void ValidateRegion(JsonElement region)
    {
        Keys(region, "region", RegionKeys);
        var startLine = Integer(region, "startLine", 1);
        var startColumn = region.TryGetProperty("startColumn", out _) ? Integer(region, "startColumn", 1) : 1;
        if (region.TryGetProperty("endLine", out _))
        {
            var endLine = Integer(region, "endLine", startLine);
            if (region.TryGetProperty("endColumn", out _))
            {
                var endColumn = Integer(region, "endColumn", 1);
                Assert.True(endLine > startLine || endColumn >= startColumn, "the region ends before it starts");
            }
        }

        if (region.TryGetProperty("snippet", out var snippet))
        {
            Keys(snippet, "artifactContent", ArtifactContentKeys);
            String(snippet, "text");
        }
    }

    private static void Keys(JsonElement element, string type, string[] allowed, params string[] required)
    {
        Assert.True(element.ValueKind == JsonValueKind.Object, $"{type} must be an object");
        foreach (var property in element.EnumerateObject())
        {
            Assert.True(System.Array.IndexOf(allowed, property.Name) >= 0, $"{type} has no property '{property.Name}' in SARIF 2.1.0");
        }

        foreach (var name in required)
        {
            Assert.True(element.TryGetProperty(name, out _), $"{type} needs '{name}'");
        }

        if (element.TryGetProperty("properties", out var bag))
        {
            Assert.Equal(JsonValueKind.Object, bag.ValueKind);
        }
    }

    private static void Multiformat(JsonElement element)
    {
        Keys(element, "multiformatMessageString", MultiformatKeys, "text");
        String(element, "text");
    }

    private static string String(JsonElement element, string name)
    {
        Assert.True(element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String, $"'{name}' must be a string");
        return value.GetString()!;
    }

    private static int Integer(JsonElement element, string name, int minimum)
    {
        var value = element.GetProperty(name);
        Assert.True(value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= minimum, $"'{name}' must be an integer from {minimum}");
        return value.GetInt32();
    }

    private static JsonElement[] Array(JsonElement element, string name)
    {
        Assert.True(element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array, $"'{name}' must be an array");
        return [.. value.EnumerateArray()];
    }

    private static void AbsoluteUri(string uri) => Assert.True(Uri.TryCreate(uri, UriKind.Absolute, out _), "not an absolute URI: " + uri);
}
