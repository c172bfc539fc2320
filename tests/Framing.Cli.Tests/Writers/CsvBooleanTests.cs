using Framing.Cli.Output;

namespace Framing.Cli.Tests.Writers;

/// <summary>
/// CSV booleans are written as R writes them. R's <c>read.csv</c> reads only <c>T</c>, <c>F</c>, <c>TRUE</c> and
/// <c>FALSE</c> as logical (see <c>?type.convert</c>): a column of <c>true</c>/<c>false</c> would be read as text, so that
/// <c>sum(x$outlets_ordered)</c> or <c>!x$outlets_ordered</c> fail. readr, data.table and pandas read <c>TRUE</c>/<c>FALSE</c>
/// as booleans too.
/// </summary>
public sealed class CsvBooleanTests
{
    [Fact]
    public void BooleansAreUpperCaseAsRWritesThem()
    {
        var writer = new StringWriter();
        CsvOutput.WriteRow(writer, [true, false, null, "true", 1L]);
        Assert.Equal("TRUE,FALSE,,true,1\n", writer.ToString());
    }

    [Fact]
    public void ValidateWritesOutletsOrderedAsLogicalForRsReadCsv()
    {
        using var temp = new TempFolder();
        var known = temp.Write("known.csv", "outlet,leaning\nal-mirsad,government\nnorthern-courier,government\nal-minbar,opposition\nharbor-tribune,opposition\n");

        var corpus = Path.Combine(AppContext.BaseDirectory, "sample-corpus.jsonl");

        var result = CliRunner.Run("validate", corpus, "--known", known, "--side-a", "government", "--side-b", "opposition", "--format", "csv", "-q");

        Assert.True(result.ExitCode == 0, result.Error);
        var rows = Csv.Parse(result.Out);
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains(row["outlets_ordered"], new[] { "TRUE", "FALSE" }));
    }
}
