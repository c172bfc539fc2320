using System.Globalization;
using System.Text.RegularExpressions;
using Framing.Cli.Output;
using Framing.Cli.Tests.Distribute;

namespace Framing.Cli.Tests;

/// <summary>What README.md says about the output is what the output is.</summary>
public sealed class ReadmeClaimsTests
{
    private static readonly Lazy<string> Readme = new(() => File.ReadAllText(Path.Combine(DistributeSlurmTests.RepositoryRoot(), "README.md")));

    [Fact]
    public void NumbersAreWrittenAsTheReadmesTableShows()
    {
        var table = Section("Numbers are culture-invariant", "\n\n#");
        var rows = Regex.Matches(table, @"^\| `([^`]+)` \| `([^`]+)` \|$", RegexOptions.Multiline);

        Assert.True(rows.Count >= 8, "README's table of written numbers was not found");
        foreach (Match row in rows)
        {
            var value = double.Parse(row.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture);
            Assert.Equal(row.Groups[2].Value, CellFormat.FormatDouble(value));
        }

        Assert.Contains("six significant digits below 1", table, StringComparison.Ordinal);
        Assert.DoesNotContain("at most six decimals", Readme.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("per group", "score")]
    [InlineData("per document", "score", "--per-document")]
    public void TableAndMarkdownShowTheCompactColumnsTheReadmeNamesAndCsvShowsThemAll(string which, params string[] command)
    {
        var claim = Regex.Match(Section("The table and Markdown formats show a compact subset", "\n\n"), which + @" `([^`]+)`");
        Assert.True(claim.Success, $"README names no {which} columns");
        var compact = Regex.Split(claim.Groups[1].Value, @",\s+");

        var markdown = CliRunner.Run([.. command, "--format", "markdown"]);
        var table = CliRunner.Run([.. command, "--format", "table"]);
        var csv = CliRunner.Run([.. command, "--format", "csv"]);

        Assert.Equal(compact, markdown.OutLines[0].Trim('|').Split('|').Select(c => c.Trim()));
        Assert.Equal(compact, table.OutLines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var all = csv.OutLines[0].Split(',');
        Assert.True(all.Length > compact.Length);
        Assert.Equal(compact.Order(StringComparer.Ordinal), all.Intersect(compact).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheFirstSetUpCommandPrintsWhatTheReadmeShows()
    {
        var block = Regex.Match(Readme.Value, "The first prints one row per outlet and dimension, with the composite[^\n]*:\n\n```\n(.*?)\n```", RegexOptions.Singleline);
        Assert.True(block.Success);
        var shown = block.Groups[1].Value.Split('\n');
        Assert.Equal("...", shown[^1]);

        var output = CliRunner.Run("score").Out.Split('\n');

        Assert.Equal(shown[..^1], output[..(shown.Length - 1)]);

        // ... and, as the sentence before the block says, the composite comes last for each outlet.
        var rows = output.Skip(2).Where(line => line.Length > 0).Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.All(rows.GroupBy(row => row[0]), outlet => Assert.Equal("damascus-alignment", outlet.Last()[1]));
        Assert.Equal(4, rows.Count(row => row[1] == "damascus-alignment"));
    }

    [Fact]
    public void ParquetOutputNamesEveryCommandThatWritesParquet()
    {
        var paragraph = Section("`--format parquet -o FILE` writes the table of", "\n\n");
        var writers = FramingApp.AllCommands.Select(c => c.Spec)
            .Where(s => s.Options.Any(o => o.Name == "format" && o.Allowed is { } allowed && allowed.Contains("parquet")))
            .Select(s => s.Name)
            .ToList();

        Assert.True(writers.Count >= 10, "the commands that write Parquet were not found");
        var unnamed = writers.Where(name => !paragraph.Contains("`" + name + "`", StringComparison.Ordinal)).ToList();
        Assert.True(unnamed.Count == 0, "README's \"Parquet output\" does not name " + string.Join(", ", unnamed));
    }

    /// <summary>README's text from <paramref name="start"/> to the next <paramref name="end"/>.</summary>
    private static string Section(string start, string end)
    {
        var text = Readme.Value;
        var from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"README.md does not say '{start}'");
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        return to < 0 ? text[from..] : text[from..to];
    }
}
