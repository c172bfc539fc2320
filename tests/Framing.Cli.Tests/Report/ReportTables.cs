using System.Net;
using System.Text.RegularExpressions;

namespace Framing.Cli.Tests.Report;

/// <summary>Reads the table behind the report's charts back from the page's HTML.</summary>
internal static partial class ReportTables
{
    /// <summary>The columns of the table, as <c>framing score --format csv</c> names them.</summary>
    public static readonly string[] Columns = ["group", "dimension", "documents", "count_a", "count_b", "score", "ci_low", "ci_high", "ci_note"];

    /// <summary>The rows of <c>table.scores</c>, cells decoded, keyed by column.</summary>
    public static List<Dictionary<string, string>> Scores(string html)
    {
        var table = ScoresTable().Match(html);
        Assert.True(table.Success, "the page has no table.scores");
        var body = table.Groups[1].Value;
        var rows = new List<Dictionary<string, string>>();
        foreach (Match row in Row().Matches(body))
        {
            var cells = Cell().Matches(row.Groups[1].Value).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
            Assert.Equal(Columns.Length, cells.Count);
            rows.Add(Columns.Zip(cells).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }

        return rows;
    }

    /// <summary>The same columns of <c>framing score --format csv</c> for a corpus (null: the built-in sample).</summary>
    public static List<Dictionary<string, string>> ScoreCsv(string? corpus, params string[] extra)
    {
        string[] args = corpus is null ? ["score", "--format", "csv", "-q", .. extra] : ["score", corpus, "--format", "csv", "-q", .. extra];
        var result = CliRunner.Run(args);
        Assert.Equal(0, result.ExitCode);
        return Csv.Parse(result.Out).Select(r => Columns.ToDictionary(c => c, c => r[c], StringComparer.Ordinal)).ToList();
    }

    /// <summary>Asserts that the page's table holds exactly the CSV's rows (any order).</summary>
    public static void AssertSameRows(List<Dictionary<string, string>> csv, List<Dictionary<string, string>> page)
    {
        static string Key(Dictionary<string, string> r) => string.Join("\u001f", Columns.Select(c => r[c]));
        Assert.Equal(csv.Count, page.Count);
        Assert.Equal(csv.Select(Key).Order(StringComparer.Ordinal), page.Select(Key).Order(StringComparer.Ordinal));
    }

    [GeneratedRegex("<table class=\"scores\"[^>]*>.*?<tbody>(.*?)</tbody>", RegexOptions.Singleline)]
    private static partial Regex ScoresTable();

    [GeneratedRegex("<tr>(.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
