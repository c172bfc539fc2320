using Framing.Reports;

namespace Framing.Cli.Tests.Report;

/// <summary>Every text of the charts fits its column by <see cref="TextWidth"/>'s estimate of its drawn width: long
/// outlet names in capitals are cut by width, not by a count of characters, and keep their whole name in a tooltip.</summary>
public sealed class ChartTextFitTests : IDisposable
{
    /// <summary>Wide names: capitals, a web address, an Arabic name, and a short one.</summary>
    private static readonly string[] Outlets =
    [
        "SYRIAN ARAB NEWS AGENCY (SANA)", "WWW.MIDDLEEASTMONITOR.COM", "MMMMMMMMMMWWWWWWWWWW",
        "\u0648\u0643\u0627\u0644\u0629 \u0627\u0644\u0623\u0646\u0628\u0627\u0621 \u0627\u0644\u0639\u0631\u0628\u064A\u0629 \u0627\u0644\u0633\u0648\u0631\u064A\u0629 \u0627\u0644\u0631\u0633\u0645\u064A\u0629 \u0633\u0627\u0646\u0627",
        "Al-Quds",
    ];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void LongNamesInCapitalsStayInsideTheLabelColumn()
    {
        // Cut at 29 characters and right-aligned at x=200, "SYRIAN ARAB NEWS AGENCY (SANA)" began left of x=0 and was
        // clipped (and so, at 20 characters, did the forest plot's label ending at x=136).
        var corpus = _temp.Write("wide.jsonl", Corpus());
        var html = CliRunner.Run("report", corpus, "--bootstrap", "50", "--permutations", "50", "-q").Out;
        var svg = CliRunner.Run("report", corpus, "--bootstrap", "50", "--permutations", "50", "--format", "svg", "-q").Out;

        var outletCharts = SvgTexts.Charts(html, "chart").Concat(SvgTexts.Charts(svg, null)).ToList();
        Assert.NotEmpty(outletCharts);
        foreach (var chart in outletCharts)
        {
            var labels = SvgTexts.Texts(chart).Where(t => t.Class == "label").ToList();
            Assert.NotEmpty(labels);
            Assert.Equal(0, labels.Count % Outlets.Length);
            Assert.Contains(labels, l => l.Tooltip == Outlets[0]);
            foreach (var label in labels)
            {
                Assert.InRange(label.Left, 0, 214);
                Assert.InRange(label.Right, 0, 214);
                AssertShowsItsName(label);
            }
        }

        var forests = SvgTexts.Charts(html, "forest");
        Assert.NotEmpty(forests);
        var forestLabels = forests.SelectMany(SvgTexts.Texts).Where(t => t.Class == "label").ToList();
        Assert.Contains(forestLabels, l => l.Tooltip == Outlets[0]);
        foreach (var label in forestLabels)
        {
            // Group 1 ends at x=136 (before "vs" at 146), group 2 starts at x=156 and ends before the plot at x=300.
            var (from, to) = label.Right <= 146 ? (0.0, 140.0) : (156.0, 300.0);
            Assert.InRange(label.Left, from, to);
            Assert.InRange(label.Right, from, to);
            AssertShowsItsName(label);
        }
    }

    [Fact]
    public void NoTextOfAForestPlotRunsOutOfItsColumn()
    {
        // A pair with a group without matches had the note "no difference: a group has no matches; count test needs …"
        // (about 95 characters) from x=456, over the p column at x=612 and past the 720-wide plot. Long pole labels ran
        // the same way: the second header line into "p (adjusted)".
        var lexicon = _temp.Write("long-poles.yaml", Framing.Lexicons.BuiltInLexicons.TryReadText("syria-conflict")!
            .Replace("label: Terrorism frame", "label: Terrorism frame, with takfiri extremists, gangs and foreign mercenaries as a threat without any standing", StringComparison.Ordinal)
            .Replace("label: Opposition frame", "label: Opposition frame, with rebels and revolutionaries who have a cause and a constituency", StringComparison.Ordinal));
        var corpus = _temp.Write("silent.jsonl", Corpus() + string.Concat(Enumerable.Range(0, 6).Select(i =>
            "{\"id\":\"quiet-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\",\"outlet\":\"QUIET OUTLET WITHOUT ANY MATCHES AT ALL\",\"text\":\"The weather was fine.\"}\n")));
        var html = CliRunner.Run("report", corpus, "--lexicon", lexicon, "--bootstrap", "50", "--permutations", "50", "-q").Out;

        var forests = SvgTexts.Charts(html, "forest");
        Assert.NotEmpty(forests);
        var notes = 0;
        foreach (var forest in forests)
        {
            var texts = SvgTexts.Texts(forest);
            foreach (var text in texts)
            {
                // Group 1's name ends at x=136 and group 2's starts at x=156, before the plot (x=300 to 600); a pair
                // without a difference says so between 0 and the p column (x=612), which holds the verdicts.
                var (from, to) = text switch
                {
                    { Class: "label" } when text.Right <= 146 => (0.0, 140.0),
                    { Class: "label" } => (156.0, 300.0),
                    { Class: "no-matches" } => (300.0, 608.0),
                    { Class: "verdict" } or { Shown: "p (adjusted)" } => (612.0, 720.0),
                    _ => (0.0, 720.0),
                };
                Assert.True(text.Left >= from && text.Right <= to, $"'{text.Shown}' runs from {text.Left:0.#} to {text.Right:0.#}, out of {from} to {to}");
                notes += text.Class == "no-matches" ? 1 : 0;

                // Nor does it run into another text on its line.
                foreach (var other in texts.Where(o => !ReferenceEquals(o, text) && o.Y == text.Y))
                {
                    Assert.True(text.Right <= other.Left || other.Right <= text.Left, $"'{text.Shown}' overlaps '{other.Shown}'");
                }
            }
        }

        Assert.True(notes > 0, "no pair without a difference was drawn");
        Assert.Contains("QUIET OUTLET WITHOUT ANY MATCHES AT ALL, armed-opposition: no difference (a group has no matches", html, StringComparison.Ordinal);
        Assert.Contains("<title>Terrorism frame, with takfiri extremists, gangs and foreign mercenaries as a threat without any standing</title>group 1 more Terrorism frame, with", html, StringComparison.Ordinal);
    }

    /// <summary>A label shows its outlet's whole name, or the beginning of it and an ellipsis with the whole name in its
    /// tooltip.</summary>
    private static void AssertShowsItsName(SvgText label)
    {
        if (label.Tooltip is null)
        {
            Assert.Contains(label.Shown, Outlets);
        }
        else
        {
            Assert.Contains(label.Tooltip, Outlets);
            Assert.EndsWith(TextWidth.Ellipsis, label.Shown, StringComparison.Ordinal);
            Assert.StartsWith(label.Shown[..^1], label.Tooltip, StringComparison.Ordinal);
        }
    }

    private static string Corpus()
    {
        var texts = new[] { "The terrorists attacked the village.", "The rebels held the town as regime forces shelled it." };
        return string.Concat(Outlets.SelectMany((outlet, o) => Enumerable.Range(0, 6).Select(i =>
            System.Text.Json.JsonSerializer.Serialize(new { id = o + "-" + i, outlet, text = texts[(o + i) % 2] }) + "\n")));
    }
}
