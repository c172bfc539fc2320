using System.Text;
using System.Text.RegularExpressions;
using Framing.Reports;

namespace Framing.Cli.Tests.Report;

/// <summary>
/// Outlet names on the report page that must not look like others or reorder the text around them: names that differ
/// only in white space (which HTML collapses, and a tab or a no-break space that looks like a space) are shown with
/// their white space made visible; a bidi control in a name or in the corpus's name is contained in the plain-text
/// places (a chart mark's tooltip, a chart's description, the page's title and heading).
/// </summary>
public sealed partial class LookAlikeNameTests : IDisposable
{
    /// <summary>Five outlets that a browser showed as one name, "Al Watan".</summary>
    private static readonly string[] WhiteSpaceOutlets = ["Al Watan", "Al Watan ", "Al  Watan", "Al\tWatan", "Al\u00A0Watan"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string Records(IEnumerable<string> outlets)
    {
        var b = new StringBuilder();
        var n = 0;
        foreach (var outlet in outlets)
        {
            var escaped = outlet.Replace("\t", "\\t", StringComparison.Ordinal);
            for (var i = 0; i <= n; i++)
            {
                b.Append("{\"id\":\"").Append(n).Append('-').Append(i).Append("\",\"outlet\":\"").Append(escaped).Append("\",\"text\":\"The regime shelled the rebels near the town.\"}\n");
            }

            b.Append("{\"id\":\"").Append(n).Append("-x\",\"outlet\":\"").Append(escaped).Append("\",\"text\":\"The terrorists attacked the army.\"}\n");
            n++;
        }

        return b.ToString();
    }

    /// <summary>Text as a browser lays it out in a line: runs of HTML white space collapsed, the ends dropped, and a
    /// no-break space looking like a space.</summary>
    private static string AsSeen(string text) => string.Join(' ', text.Replace('\u00A0', ' ').Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    [Fact]
    public void NamesThatDifferOnlyInWhiteSpaceLookDifferentInChartsAndTables()
    {
        // Before, the five names were five chart rows and table rows labelled "Al Watan".
        var corpus = _temp.Write("ws.jsonl", Records(WhiteSpaceOutlets));
        var html = CliRunner.Run("report", corpus, "--bootstrap", "20", "--permutations", "20", "-q").Out;

        var charts = SvgTexts.Charts(html, "chart");
        Assert.NotEmpty(charts);
        foreach (var chart in charts)
        {
            var labels = SvgTexts.Texts(chart).Where(t => t.Class == "label").Select(t => AsSeen(t.Shown)).ToList();
            Assert.Equal(WhiteSpaceOutlets.Length, labels.Distinct(StringComparer.Ordinal).Count());
        }

        var groups = ReportTables.Scores(html).Select(r => AsSeen(r["group"])).Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal(WhiteSpaceOutlets.Length, groups.Count);
        Assert.Contains("Al Watan", groups);
        Assert.Contains("Al Watan\u2420", groups);
        Assert.Contains("Al\u2420\u2420Watan", groups);
        Assert.Contains("Al\u2409Watan", groups);
        Assert.Contains("Al\u237DWatan", groups);

        // The marks' tooltips tell the outlets apart too; the data attributes keep the names as they are.
        var tooltips = MarkTitle().Matches(html).Select(m => m.Groups[1].Value).Select(t => AsSeen(t[..t.IndexOf(", ", StringComparison.Ordinal)])).Distinct(StringComparer.Ordinal).Count();
        Assert.Equal(WhiteSpaceOutlets.Length, tooltips);
        Assert.Contains("data-group=\"Al Watan \"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void MarkdownTablesShowTheWhiteSpaceOfNames()
    {
        var corpus = _temp.Write("ws.jsonl", Records(WhiteSpaceOutlets));
        var markdown = CliRunner.Run("score", corpus, "-f", "markdown", "--bootstrap", "0", "-q").Out;
        var names = markdown.Split('\n').Skip(2).Where(l => l.Length > 0).Select(l => AsSeen(l.Split('|')[1])).Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal(WhiteSpaceOutlets.Length, names.Count);
    }

    [Fact]
    public void TerminalTablesShowTheWhiteSpaceOfNames()
    {
        // A padded column hid a trailing space and showed a tab as a space: five outlets looked like four or fewer.
        var corpus = _temp.Write("ws.jsonl", Records(WhiteSpaceOutlets));
        var table = CliRunner.Run("score", corpus, "--bootstrap", "0", "-q").Out;
        var lines = table.Split('\n');
        var groupWidth = lines[0].IndexOf("dimension", StringComparison.Ordinal);
        var names = lines.Skip(2).Where(l => l.Length > groupWidth).Select(l => l[..groupWidth].TrimEnd()).Distinct(StringComparer.Ordinal).ToList();
        Assert.Equal(WhiteSpaceOutlets.Length, names.Count);
        Assert.Contains("Al Watan\u2420", names);
        Assert.Contains("Al\u2409Watan", names);
    }

    [Fact]
    public void BidiControlsOfNamesAndOfTheCorpusNameCannotReorderTheTextAroundThem()
    {
        // Before, the U+202E in "Rev\u202Eersed" stayed open to the end of each tooltip and description ("...stnemucod 6
        // ,1 ot 1- lavretni"), and the one in the corpus's file name to the end of the page's title and heading.
        var corpus = _temp.Write("bidi\u202Egnp.jsonl", Records(["Rev\u202Eersed", "Plain"]));
        var html = CliRunner.Run("report", corpus, "--bootstrap", "20", "--permutations", "20", "-q").Out;

        var reversed = MarkTitle().Matches(html).Select(m => m.Groups[1].Value).Where(t => t.Contains('\u202E', StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(reversed);
        Assert.All(reversed, t => Assert.StartsWith("\u2068Rev\u202Eersed\u2069, ", t, StringComparison.Ordinal));
        Assert.Contains("\u2068" + corpus + "\u2069</title>", html, StringComparison.Ordinal);
        Assert.Contains("\u2068" + corpus + "\u2069</h1>", html, StringComparison.Ordinal);
        // Every override in a title or description is inside an isolate, closed before the text that follows.
        foreach (Match element in PlainText().Matches(html))
        {
            Assert.True(IsContained(element.Groups[1].Value), element.Value);
        }
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("\u0627\u0644\u0648\u0637\u0646", "\u0627\u0644\u0648\u0637\u0646")]
    [InlineData("a\u202Eb", "\u2068a\u202Eb\u2069")]
    [InlineData("a\u2069b", "\u2068a\uFFFDb\u2069")]
    [InlineData("a\u2067b", "\u2068a\u2067b\u2069\u2069")]
    [InlineData("\u2066a\u2069\u2069", "\u2068\u2066a\u2069\uFFFD\u2069")]
    [InlineData("a\u200Fb", "\u2068a\u200Fb\u2069")]
    public void ContainedIsolatesTextWithBidiControlsAndBalancesItsIsolates(string text, string expected) =>
        Assert.Equal(expected, Html.Contained(text));

    /// <summary>Whether every embedding or override of a text lies inside an isolate that is closed.</summary>
    private static bool IsContained(string text)
    {
        var isolates = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case >= '\u2066' and <= '\u2068': isolates++; break;
                case '\u2069' when isolates == 0: return false;
                case '\u2069': isolates--; break;
                case >= '\u202A' and <= '\u202E' when isolates == 0: return false;
            }
        }

        return isolates == 0;
    }

    [GeneratedRegex("<g class=\"mark\"[^>]*><title>([^<]*)</title>")]
    private static partial Regex MarkTitle();

    [GeneratedRegex("<(?:title|desc|h1)[^>]*>([^<]*)</(?:title|desc|h1)>")]
    private static partial Regex PlainText();
}
