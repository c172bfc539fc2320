using System.Globalization;
using System.Text.Json;

namespace Framing.Cli.Tests.Check;

/// <summary>Shared helpers of the <c>framing check</c> tests.</summary>
internal static class CheckHelpers
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A JSON Lines record (the text is JSON-escaped).</summary>
    public static string Record(string id, string outlet, string text) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["outlet"] = outlet, ["text"] = text }, Relaxed);

    public static string Lines(params string[] records) => string.Join("\n", records) + "\n";

    public static T WithCulture<T>(string culture, Func<T> action)
    {
        var (current, ui) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture.Length == 0 ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture;
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = current;
            CultureInfo.CurrentUICulture = ui;
        }
    }

    /// <summary>The findings of a JSON report.</summary>
    public static List<JsonElement> Findings(CliRunner.Result result)
    {
        using var document = JsonDocument.Parse(result.Out);
        return [.. document.RootElement.GetProperty("findings").EnumerateArray().Select(e => e.Clone())];
    }

    public static string? Text(this JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static int Int(this JsonElement element, string name) => element.GetProperty(name).GetInt32();
}
