using System.Text.Json;
using Framing.Reports;

namespace Framing.Cli.Tests.Report;

/// <summary>Cut labels that stay told apart: outlet names that share a long beginning are cut in the middle, not to
/// the same beginning; an Arabic pole label beside the chart's words keeps its ellipsis at its cut end and the arrows
/// at the chart's ends.</summary>
public sealed class DistinctLabelTests : IDisposable
{
    /// <summary>Two pairs of names that share a beginning longer than a label column: English and Arabic.</summary>
    private static readonly string[] Outlets =
    [
        "Syrian Arab News Agency English Service", "Syrian Arab News Agency Arabic Service",
        "\u0648\u0643\u0627\u0644\u0629 \u0627\u0644\u0623\u0646\u0628\u0627\u0621 \u0627\u0644\u0639\u0631\u0628\u064A\u0629 \u0627\u0644\u0633\u0648\u0631\u064A\u0629 \u0627\u0644\u062E\u062F\u0645\u0629 \u0627\u0644\u0639\u0631\u0628\u064A\u0629",
        "\u0648\u0643\u0627\u0644\u0629 \u0627\u0644\u0623\u0646\u0628\u0627\u0621 \u0627\u0644\u0639\u0631\u0628\u064A\u0629 \u0627\u0644\u0633\u0648\u0631\u064A\u0629 \u0627\u0644\u062E\u062F\u0645\u0629 \u0627\u0644\u0625\u0646\u062C\u0644\u064A\u0632\u064A\u0629",
    ];

    /// <summary>An Arabic label for pole b ("frame of the armed opposition, the revolutionaries and the fighting
    /// factions"), longer than its room on either chart.</summary>
    private const string ArabicPole = "\u0625\u0637\u0627\u0631 \u0627\u0644\u0645\u0639\u0627\u0631\u0636\u0629 \u0627\u0644\u0645\u0633\u0644\u062D\u0629 \u0648\u0627\u0644\u062B\u0648\u0627\u0631 \u0648\u0627\u0644\u0641\u0635\u0627\u0626\u0644 \u0627\u0644\u0645\u0642\u0627\u062A\u0644\u0629 \u0641\u064A \u0643\u0644 \u0627\u0644\u0645\u062F\u0646 \u0648\u0627\u0644\u0642\u0631\u0649";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void NamesSharingALongBeginningGetDifferentLabelsInEveryColumn()
    {
        // Cut to their beginnings, both Arabic names were "وكالة الأنباء الع…" in every chart and the English ones
        // "Syrian Arab News A…" in the forest plots: rows told apart only by hovering.
        var corpus = _temp.Write("shared.jsonl", Corpus());
        var html = CliRunner.Run("report", corpus, "--bootstrap", "50", "--permutations", "50", "-q").Out;
        var svg = CliRunner.Run("report", corpus, "--bootstrap", "50", "--permutations", "50", "--format", "svg", "-q").Out;

        var outletCharts = SvgTexts.Charts(html, "chart").Concat(SvgTexts.Charts(svg, null)).ToList();
        Assert.NotEmpty(outletCharts);
        var middleCuts = 0;
        foreach (var chart in outletCharts)
        {
            var labels = SvgTexts.Texts(chart).Where(t => t.Class == "label").ToList();
            // A panel per dimension, each with a label per outlet, the same in every panel.
            Assert.NotEmpty(labels);
            Assert.Equal(0, labels.Count % Outlets.Length);
            Assert.Equal(Outlets.Length, labels.Select(l => l.Shown).Distinct(StringComparer.Ordinal).Count());
            middleCuts += labels.Count(AssertShowsItsName);
        }

        var forests = SvgTexts.Charts(html, "forest");
        Assert.NotEmpty(forests);
        foreach (var forest in forests)
        {
            var labels = SvgTexts.Texts(forest).Where(t => t.Class == "label").ToList();
            foreach (var column in labels.GroupBy(l => l.Right <= 146))
            {
                // In each name column, one label per name and one name per label.
                var names = column.Select(l => l.Tooltip ?? l.Shown).Distinct(StringComparer.Ordinal).Count();
                Assert.Equal(names, column.Select(l => l.Shown).Distinct(StringComparer.Ordinal).Count());
                middleCuts += column.Count(AssertShowsItsName);
            }
        }

        Assert.True(middleCuts > 0, "no label was cut in the middle");
    }

    [Fact]
    public void AMiddleCutKeepsABeginningAndAnEndBetweenCharactersAndFits()
    {
        const string text = "Syrian Arab News Agency \u0628\u064e\u0651 English Service \U0001F600";
        var boundaries = System.Globalization.StringInfo.ParseCombiningCharacters(text).Append(text.Length).ToHashSet();
        foreach (var share in new[] { 0.0, 0.2, 0.35, 0.5, 1.0 })
        {
            for (var width = 12.0; width <= TextWidth.Estimate(text, 10) + 1; width += 0.5)
            {
                var label = TextWidth.FitAroundMiddle(text, width, 10, share);
                Assert.True(TextWidth.Estimate(label, 10) <= width, label + " is wider than " + width);
                Assert.Equal(width >= TextWidth.Estimate(text, 10), label == text);
                if (label == text)
                {
                    continue;
                }

                var cut = label.IndexOf(TextWidth.Ellipsis, StringComparison.Ordinal);
                var (head, tail) = (label[..cut], label[(cut + 1)..]);
                Assert.StartsWith(head, text, StringComparison.Ordinal);
                Assert.EndsWith(tail, text, StringComparison.Ordinal);
                Assert.Contains(head.Length, boundaries);
                Assert.Contains(text.Length - tail.Length, boundaries);
                Assert.False(head.EndsWith(' ') || tail.StartsWith(' '), "a space beside the ellipsis: " + label);
                Assert.True(head.Length + tail.Length < text.Length);
            }
        }

        // The share goes to the beginning: half of a wide column keeps more of it than a fifth does.
        var half = TextWidth.FitAroundMiddle(text, 100, 10, 0.5);
        var fifth = TextWidth.FitAroundMiddle(text, 100, 10, 0.2);
        Assert.True(half.IndexOf(TextWidth.Ellipsis, StringComparison.Ordinal) > fifth.IndexOf(TextWidth.Ellipsis, StringComparison.Ordinal), half + " / " + fifth);
    }

    [Fact]
    public void AnArabicPoleLabelIsIsolatedBetweenTheChartsWordsAndArrows()
    {
        // Drawn in a left-to-right line after "← group 1 more ", a cut Arabic label showed its ellipsis at its right end,
        // beside its first word, where nothing was cut; in the outlet chart the label was drawn right to left, which put
        // its arrow on the wrong side ("→" at the left of pole A's label at the chart's right end).
        var lexicon = _temp.Write("arabic-pole.yaml", Framing.Lexicons.BuiltInLexicons.TryReadText("starter")!
            .Replace("label: Opposition frame", "label: \"" + ArabicPole + "\"", StringComparison.Ordinal));
        var html = CliRunner.Run("report", "--lexicon", lexicon, "--bootstrap", "50", "--permutations", "50", "-q").Out;

        var charts = SvgTexts.Charts(html, "chart").Concat(SvgTexts.Charts(html, "forest")).ToList();
        var poles = charts.SelectMany(SvgTexts.Texts).Where(t => t.Tooltip == ArabicPole).ToList();
        Assert.NotEmpty(poles);
        Assert.Contains(poles, p => p.Shown.StartsWith("\u2190 \u2068", StringComparison.Ordinal)); // outlet chart, pole b
        Assert.Contains(poles, p => p.Shown.StartsWith("\u2190 group 1 more \u2068", StringComparison.Ordinal)); // forest plot
        foreach (var pole in poles)
        {
            // The label, cut, sits whole in an isolate; its ellipsis is the isolate's last character, which a right-to-left
            // isolate draws at its left end.
            var start = pole.Shown.IndexOf('\u2068', StringComparison.Ordinal);
            var end = pole.Shown.IndexOf('\u2069', StringComparison.Ordinal);
            Assert.True(start >= 0 && end == pole.Shown.Length - 1, pole.Shown);
            var inside = pole.Shown[(start + 1)..end];
            Assert.EndsWith(TextWidth.Ellipsis, inside, StringComparison.Ordinal);
            Assert.StartsWith(inside[..^1], ArabicPole, StringComparison.Ordinal);
        }

        // No pole line is drawn right to left (its arrows would change sides).
        var poleElements = System.Text.RegularExpressions.Regex.Matches(html, "<text [^>]*><title>" + ArabicPole + "</title>");
        Assert.NotEmpty(poleElements);
        Assert.All(poleElements, m => Assert.DoesNotContain("direction=\"rtl\"", m.Value, StringComparison.Ordinal));

        // An English pole label is not isolated.
        Assert.Contains("Terrorism frame \u2192</text>", html, StringComparison.Ordinal);
    }

    /// <summary>A label shows its outlet's whole name, its beginning and an ellipsis, or its beginning, an ellipsis and
    /// its end, with the whole name in its tooltip when cut; true for a cut in the middle.</summary>
    private static bool AssertShowsItsName(SvgText label)
    {
        if (label.Tooltip is null)
        {
            Assert.Contains(label.Shown, Outlets);
            return false;
        }

        Assert.Contains(label.Tooltip, Outlets);
        var cut = label.Shown.IndexOf(TextWidth.Ellipsis, StringComparison.Ordinal);
        Assert.True(cut >= 0, label.Shown);
        Assert.StartsWith(label.Shown[..cut], label.Tooltip, StringComparison.Ordinal);
        Assert.EndsWith(label.Shown[(cut + 1)..], label.Tooltip, StringComparison.Ordinal);
        return cut < label.Shown.Length - 1;
    }

    private static string Corpus()
    {
        var texts = new[] { "The terrorists attacked the village.", "The rebels held the town as regime forces shelled it." };
        return string.Concat(Outlets.SelectMany((outlet, o) => Enumerable.Range(0, 6).Select(i =>
            JsonSerializer.Serialize(new { id = o + "-" + i, outlet, text = texts[(o + i) % 2] }) + "\n")));
    }
}
