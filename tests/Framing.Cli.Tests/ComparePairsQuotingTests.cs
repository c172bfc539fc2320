using Framing.Cli.Arguments;

namespace Framing.Cli.Tests;

/// <summary>
/// <c>compare --pairs A,B</c> names groups as a CSV line names cells: a name holding a comma (or starting with a quote)
/// is written in double quotes, a quote inside it twice.
/// </summary>
public sealed class ComparePairsQuotingTests
{
    [Theory]
    [InlineData("a,b", new[] { "a", "b" })]
    [InlineData("\"a,b\",c", new[] { "a,b", "c" })]
    [InlineData("c,\"a,b\"", new[] { "c", "a,b" })]
    [InlineData("\"say \"\"no\"\"\",x", new[] { "say \"no\"", "x" })]
    [InlineData(" a , b ", new[] { " a ", " b " })] // nothing is trimmed: a name is matched as written
    [InlineData("a\"b,c", new[] { "a\"b", "c" })] // a quote inside an unquoted name is a character
    [InlineData("", new[] { "" })]
    [InlineData(",", new[] { "", "" })]
    [InlineData("\"\",x", new[] { "", "x" })]
    public void ValuesSplitAsACsvLine(string text, string[] expected)
    {
        Assert.True(CommaSeparated.TrySplit(text, out var values));
        Assert.Equal(expected, values);
    }

    [Theory]
    [InlineData("\"a,b")] // not closed
    [InlineData("\"a\"b,c")] // something after the closing quote
    [InlineData("x,\"")]
    public void AMalformedQuoteIsRefused(string text) => Assert.False(CommaSeparated.TrySplit(text, out _));

    [Theory]
    [InlineData("all", Framing.Statistics.Comparisons.ComparisonPairs.All)]
    [InlineData("ALL", Framing.Statistics.Comparisons.ComparisonPairs.All)]
    [InlineData("Vs-Rest", Framing.Statistics.Comparisons.ComparisonPairs.VersusRest)]
    public void TheKeywordsAreTakenInAnyCase(string text, Framing.Statistics.Comparisons.ComparisonPairs expected)
    {
        var (pairs, pair) = Framing.Cli.Commands.SharedOptions.ParsePairs(text);
        Assert.Equal(expected, pairs);
        Assert.Null(pair);
    }

    [Fact]
    public void APairKeepsTheCaseOfItsNames() =>
        Assert.Equal(("ALL", "Rest"), Framing.Cli.Commands.SharedOptions.ParsePairs("ALL,Rest").Pair);

    [Fact]
    public void AGroupWhoseNameHoldsACommaOrAQuoteCanBeCompared()
    {
        using var temp = new TempFolder();
        var lines = new System.Text.StringBuilder();
        string[] outlets = ["Daily, Evening", "Daily", "Say \"no\"", "all"];
        var i = 0;
        foreach (var outlet in outlets.SelectMany(o => new[] { o, o, o }))
        {
            var text = i % 2 == 0 ? "The army liberated the town from terrorists." : "Regime forces seized the town from rebels.";
            lines.Append(System.Text.Json.JsonSerializer.Serialize(new { id = (i++).ToString(System.Globalization.CultureInfo.InvariantCulture), outlet, text })).Append('\n');
        }

        var path = temp.Write("c.jsonl", lines.ToString());
        foreach (var (pairs, expected) in new[]
        {
            ("\"Daily, Evening\",Daily", ("Daily, Evening", "Daily")), // group_1 is the first named
            ("Daily,\"Daily, Evening\"", ("Daily", "Daily, Evening")),
            ("\"Say \"\"no\"\"\",\"all\"", ("Say \"no\"", "all")),
        })
        {
            var result = CliRunner.Run("compare", path, "--pairs", pairs, "--format", "csv", "--permutations", "50", "--min-documents", "2");
            Assert.True(result.ExitCode == 0, pairs + ": " + result.Error);
            var rows = Csv.Parse(result.Out).Where(r => r["comparison"] == "pair").ToList();
            Assert.NotEmpty(rows);
            Assert.All(rows, r => Assert.Equal(expected, (r["group_1"], r["group_2"])));
        }

        // Without quotes the comma splits the name: three names are not a pair.
        var unquoted = CliRunner.Run("compare", path, "--pairs", "Daily, Evening,Daily");
        Assert.Equal(2, unquoted.ExitCode);
        Assert.StartsWith("framing: error: --pairs must be all, vs-rest or two different groups 'A,B'", Assert.Single(unquoted.ErrorLines), StringComparison.Ordinal);

        // A quote left open is the same usage error, not a group name.
        var open = CliRunner.Run("compare", path, "--pairs", "\"Daily, Evening,Daily");
        Assert.Equal(2, open.ExitCode);
        Assert.StartsWith("framing: error: --pairs must be all, vs-rest or two different groups 'A,B'", Assert.Single(open.ErrorLines), StringComparison.Ordinal);
    }
}
