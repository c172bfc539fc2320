using System.Text.Json;
using Json.Schema;

namespace Framing.Cli.Tests.Check;

/// <summary>
/// Checks a SARIF log against the official SARIF 2.1.0 JSON schema (Check/Sarif/sarif-schema-2.1.0.json, validated
/// with JsonSchema.Net, formats included), then against the rules the schema cannot state: rule ids and indexes that
/// refer to the driver's rules, uriBaseIds that the run defines, regions that do not end before they start, and a
/// location on every result (GitHub code scanning rejects a result without one).
/// </summary>
internal static class SarifValidator
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(
        Path.Combine(AppContext.BaseDirectory, "Check", "Sarif", "sarif-schema-2.1.0.json"),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    /// <param name="log">The log.</param>
    /// <param name="codeScanning">Whether every result must have a physical location with a URI, as GitHub code
    /// scanning needs (it refuses the whole upload otherwise); false for a log that may hold results about no file.</param>
    public static void Validate(JsonElement log, bool codeScanning = true)
    {
        var evaluation = Schema.Value.Evaluate(log, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        Assert.True(evaluation.IsValid, "not valid SARIF 2.1.0:\n" + Describe(evaluation));

        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", log.GetProperty("$schema").GetString());
        var run = Assert.Single(log.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.True(driver.TryGetProperty("version", out _), "the driver has no version");
        Assert.True(driver.TryGetProperty("informationUri", out _), "the driver has no informationUri");
        var ruleIds = driver.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ruleIds.Count, ruleIds.Distinct(StringComparer.Ordinal).Count());

        var baseIds = new HashSet<string>(StringComparer.Ordinal);
        if (run.TryGetProperty("originalUriBaseIds", out var bases))
        {
            foreach (var property in bases.EnumerateObject())
            {
                var uri = property.Value.GetProperty("uri").GetString()!;
                Assert.True(Uri.TryCreate(uri, UriKind.Absolute, out _), "not an absolute URI: " + uri);
                Assert.EndsWith("/", uri, StringComparison.Ordinal);
                baseIds.Add(property.Name);
            }
        }

        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            ValidateResult(result, ruleIds, baseIds, codeScanning);
        }
    }

    private static void ValidateResult(JsonElement result, List<string> ruleIds, HashSet<string> baseIds, bool codeScanning)
    {
        Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
        var ruleId = result.GetProperty("ruleId").GetString()!;
        Assert.Contains(ruleId, ruleIds);
        if (result.TryGetProperty("ruleIndex", out var index))
        {
            Assert.Equal(ruleId, ruleIds[index.GetInt32()]);
        }

        Assert.True(result.TryGetProperty("level", out _), "a result without a level");
        var locations = result.GetProperty("locations").EnumerateArray().ToList();
        Assert.NotEmpty(locations);
        foreach (var location in locations)
        {
            if (!codeScanning && !location.TryGetProperty("physicalLocation", out _))
            {
                Assert.False(string.IsNullOrEmpty(location.GetProperty("message").GetProperty("text").GetString()), "a location without a file says nothing");
                continue;
            }

            var physical = location.GetProperty("physicalLocation");
            var artifact = physical.GetProperty("artifactLocation");
            var uri = artifact.GetProperty("uri").GetString()!;
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
        var startLine = region.GetProperty("startLine").GetInt32();
        var startColumn = region.TryGetProperty("startColumn", out var start) ? start.GetInt32() : 1;
        if (region.TryGetProperty("endLine", out var end))
        {
            var endLine = end.GetInt32();
            Assert.True(endLine >= startLine, "the region ends on a line before it starts");
            if (region.TryGetProperty("endColumn", out var endColumn))
            {
                Assert.True(endLine > startLine || endColumn.GetInt32() >= startColumn, "the region ends before it starts");
            }
        }
    }

    private static string Describe(EvaluationResults evaluation) =>
        string.Join("\n", (evaluation.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}")));
}
