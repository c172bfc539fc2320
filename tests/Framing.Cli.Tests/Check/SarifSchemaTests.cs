using System.Text.Json;

namespace Framing.Cli.Tests.Check;

/// <summary>The schema check of <see cref="SarifValidator"/> rejects what SARIF 2.1.0 forbids.</summary>
public sealed class SarifSchemaTests
{
    private const string Valid = """
        {"$schema":"https://json.schemastore.org/sarif-2.1.0.json","version":"2.1.0","runs":[{"tool":{"driver":{"name":"framing","version":"1.0.0","informationUri":"https://example.org/framing","rules":[{"id":"editorial-term","shortDescription":{"text":"t"}}]}},"results":[{"ruleId":"editorial-term","ruleIndex":0,"level":"error","message":{"text":"m"},"locations":[{"physicalLocation":{"artifactLocation":{"uri":"a.txt"},"region":{"startLine":1,"startColumn":2}}}]}]}]}
        """;

    [Fact]
    public void AcceptsAValidLog()
    {
        using var log = JsonDocument.Parse(Valid);
        SarifValidator.Validate(log.RootElement);
    }

    [Theory]
    [InlineData("\"level\":\"error\"", "\"level\":\"fatal\"")] // not one of the schema's levels
    [InlineData("\"startLine\":1", "\"startLine\":0")] // lines start at 1
    [InlineData("\"message\":{\"text\":\"m\"}", "\"message\":{\"text\":\"m\"},\"severity\":\"high\"")] // no such result property
    [InlineData("\"version\":\"2.1.0\"", "\"version\":\"2.2.0\"")]
    [InlineData("\"informationUri\":\"https://example.org/framing\"", "\"informationUri\":\"not a uri\"")] // format: uri
    public void RejectsWhatTheSchemaForbids(string valid, string invalid)
    {
        Assert.Contains(valid, Valid, StringComparison.Ordinal);
        using var log = JsonDocument.Parse(Valid.Replace(valid, invalid, StringComparison.Ordinal));
        var e = Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => SarifValidator.Validate(log.RootElement));
        Assert.Contains("not valid SARIF 2.1.0", e.Message, StringComparison.Ordinal);
    }
}
