using System.Text.RegularExpressions;
using Framing.Reports;

namespace Framing.Cli.Tests.Report;

/// <summary>Many outlets are drawn in several charts per dimension, each of at most
/// <see cref="HtmlReport.MaxChartOutlets"/>, so that a printed chart fits an A4 page without shrinking: every outlet once
/// per dimension, in the page's order, each chart's caption saying which outlets it holds.</summary>
public sealed partial class ChartPartTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(0, new[] { 0 })]
    [InlineData(1, new[] { 1 })]
    [InlineData(40, new[] { 40 })]
    [InlineData(41, new[] { 21, 20 })]
    [InlineData(60, new[] { 30, 30 })]
    [InlineData(121, new[] { 31, 30, 30, 30 })]
    [InlineData(200, new[] { 40, 40, 40, 40, 40 })]
    public void PartsAreAsFewAndAsEvenAsTheLimitAllows(int groups, int[] sizes)
    {
        var parts = HtmlReport.ChartParts(groups);
        Assert.Equal(sizes, parts.Select(p => p.Count));
        Assert.Equal(parts.Select(p => p.Start), sizes.Select((_, i) => sizes.Take(i).Sum()));
    }

    [Fact]
    public void EachOutletIsDrawnOncePerDimensionInThePagesOrder()
    {
        // With 90 outlets one chart per dimension was 1,866 units high: printed on A4 it shrank to under half its width.
        var html = CliRunner.Run("report", _temp.Write("many.jsonl", ReportCorpus.ManyOutlets(90)), "--bootstrap", "50", "--permutations", "50", "-q").Out;

        var charts = SvgTexts.Charts(html, "chart");
        var axes = charts.Select(c => (string)c.Attribute("data-axis")!).Distinct().ToList();
        Assert.Equal(4, axes.Count);
        Assert.Equal(axes.Count * 3, charts.Count);
        var order = new List<string>();
        foreach (var axis in axes)
        {
            var parts = charts.Where(c => (string)c.Attribute("data-axis")! == axis).ToList();
            Assert.Equal([30, 30, 30], parts.Select(c => c.Descendants().Count(e => (string?)e.Attribute("class") == "mark")));
            var groups = parts.SelectMany(c => c.Descendants().Where(e => (string?)e.Attribute("class") == "mark").Select(e => (string)e.Attribute("data-group")!)).ToList();
            Assert.Equal(90, groups.Distinct().Count());
            if (order.Count == 0)
            {
                order = groups;
            }

            Assert.Equal(order, groups);

            // A part's description lists its own outlets only.
            foreach (var part in parts)
            {
                var desc = part.Descendants().First(e => e.Name.LocalName == "desc").Value;
                var inPart = part.Descendants().Where(e => (string?)e.Attribute("class") == "mark").Select(e => (string)e.Attribute("data-group")!).ToHashSet();
                Assert.All(order.Where(g => !inPart.Contains(g)), g => Assert.DoesNotContain(g + " ", desc, StringComparison.Ordinal));
                Assert.All(inPart, g => Assert.Contains(g + " ", desc, StringComparison.Ordinal));
            }
        }

        // Ids stay unique and captions say which outlets a chart holds.
        var ids = IdAttribute().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(axes.Count, Regex.Count(html, "<figcaption><bdi>[^<]+</bdi>, outlets 31&#8211;60 of 90: "));

        // Up to the limit, one chart per dimension and no part in its caption.
        var few = CliRunner.Run("report", _temp.Write("few.jsonl", ReportCorpus.ManyOutlets(HtmlReport.MaxChartOutlets)), "--bootstrap", "50", "--permutations", "50", "-q").Out;
        Assert.Equal(4, SvgTexts.Charts(few, "chart").Count);
        Assert.DoesNotContain(", outlets 1", few, StringComparison.Ordinal);
    }

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex IdAttribute();
}
