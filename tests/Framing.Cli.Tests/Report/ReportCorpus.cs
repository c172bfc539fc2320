using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Framing.Cli.Tests.Report;

/// <summary>Invented corpora for the report's tests: the built-in sample corpus with some outlets renamed (one in
/// Arabic, one mixed Arabic and Latin), and a corpus whose names and text carry HTML.</summary>
internal static class ReportCorpus
{
    /// <summary>The Arabic name given to the sample's al-mirsad.</summary>
    public const string ArabicOutlet = "المرصاد";

    /// <summary>The mixed name given to the sample's northern-courier.</summary>
    public const string MixedOutlet = "Courier الشمال 24";

    /// <summary>The sample corpus with al-mirsad and northern-courier renamed.</summary>
    public static string RenamedSample()
    {
        var b = new StringBuilder();
        foreach (var line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "sample-corpus.jsonl")).Where(l => l.Length > 0))
        {
            var node = JsonNode.Parse(line)!.AsObject();
            node["outlet"] = node["outlet"]!.GetValue<string>() switch
            {
                "al-mirsad" => ArabicOutlet,
                "northern-courier" => MixedOutlet,
                var other => other,
            };
            b.Append(node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })).Append('\n');
        }

        return b.ToString();
    }

    /// <summary>A corpus whose outlet names, ids and text are HTML that must show as text.</summary>
    public static string Hostile()
    {
        var b = new StringBuilder();
        var outlets = new[] { "<script>alert(1)</script>", "a&b \"q\" 'r'" };
        for (var i = 0; i < 12; i++)
        {
            var outlet = outlets[i % 2];
            var text = i % 2 == 0
                ? "The regime forces shelled the <img src=x onerror=alert(2)> rebels. Terrorists & regime troops </td> fought."
                : "The army liberated the town from the terrorists <b>today</b>. Militants seized \"the\" bridge.";
            b.Append(JsonSerializer.Serialize(new { id = "<i>" + i + "</i>", outlet, text })).Append('\n');
        }

        return b.ToString();
    }

    /// <summary>An invented corpus of many small outlets (two documents each), half on either side.</summary>
    public static string ManyOutlets(int outlets)
    {
        var b = new StringBuilder();
        for (var i = 0; i < outlets * 2; i++)
        {
            var outlet = "outlet-" + (i / 2).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
            var text = (i / 2) % 2 == 0
                ? "Regime forces shelled the rebels near the old bridge. The opposition fighters held the market."
                : "The army liberated the town from the terrorists. Militants fled before the Syrian Arab Army.";
            b.Append(JsonSerializer.Serialize(new { id = "m" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), outlet, text })).Append('\n');
        }

        return b.ToString();
    }
}
