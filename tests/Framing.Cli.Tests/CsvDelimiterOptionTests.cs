namespace Framing.Cli.Tests;

/// <summary>
/// <c>--csv-delimiter</c>: a CSV corpus separated by semicolons (as Excel saves CSV under a German or French locale) was
/// refused with advice to save it again with commas; every command that reads a corpus now reads it as it is.
/// </summary>
public sealed class CsvDelimiterOptionTests
{
    // Invented records; quoted fields hold the separator, doubled quotes and a line break.
    private const string Semicolons =
        "id;outlet;text\n" +
        "d1;\"Al Minbar; evening\";\"The \"\"terrorists\"\" shelled the town; rebels held the bridge\"\n" +
        "d2;Al Mirsad;\"The regime forces advanced;\nthe opposition withdrew\"\n";

    private const string Commas =
        "id,outlet,text\n" +
        "d1,\"Al Minbar; evening\",\"The \"\"terrorists\"\" shelled the town; rebels held the bridge\"\n" +
        "d2,Al Mirsad,\"The regime forces advanced;\nthe opposition withdrew\"\n";

    private static void AssertUsageError(CliRunner.Result result, string text)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal("framing: error: " + text, line);
        Assert.Empty(result.Out);
    }

    [Theory]
    [InlineData("score", "--per-document")]
    [InlineData("kwic")]
    [InlineData("coverage")]
    public void ASemicolonCsvIsReadAsTheSameFileWithCommas(params string[] command)
    {
        using var temp = new TempFolder();
        var semicolons = temp.Write("semi.csv", Semicolons);
        var commas = temp.Write("commas.csv", Commas);

        var expected = CliRunner.Run([.. command, commas, "-f", "csv", "-q"]);
        var read = CliRunner.Run([.. command, semicolons, "--csv-delimiter", ";", "-f", "csv", "-q"]);

        Assert.True(read.ExitCode == 0, read.Error);
        Assert.Equal(0, expected.ExitCode);
        Assert.Equal(expected.Out.Replace(commas, semicolons, StringComparison.Ordinal), read.Out);
        Assert.Contains("Al Minbar; evening", read.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDelimiterReplacesTheTabOfATsvFileAndReadsStandardInput()
    {
        using var temp = new TempFolder();
        var expected = CliRunner.Run("score", temp.Write("commas.csv", Commas), "--per-document", "-f", "csv", "-q");

        var tsv = CliRunner.Run("score", temp.Write("semi.tsv", Semicolons), "--per-document", "--csv-delimiter", ";", "-f", "csv", "-q");
        var stdin = CliRunner.RunWithInput(Semicolons, "score", "-", "--corpus-format", "csv", "--csv-delimiter", ";", "--per-document", "-f", "csv", "-q");

        Assert.True(tsv.ExitCode == 0, tsv.Error);
        Assert.True(stdin.ExitCode == 0, stdin.Error);
        Assert.Equal(expected.OutLines.Skip(1).Select(Ids), tsv.OutLines.Skip(1).Select(Ids));
        Assert.Equal(expected.OutLines.Skip(1).Select(Ids), stdin.OutLines.Skip(1).Select(Ids));

        static string Ids(string line) => line[line.IndexOf(',', StringComparison.Ordinal)..]; // the document's scores, after its file's name
    }

    [Theory]
    [InlineData("tab")]
    [InlineData("TAB")]
    [InlineData("\\t")]
    [InlineData("\t")]
    public void TabIsNamedAsAWordOrAnEscape(string value)
    {
        using var temp = new TempFolder();
        var csv = temp.Write("tabs.csv", "id\toutlet\ttext\nd1\tA\tThe rebels held the bridge\n");

        var read = CliRunner.Run("score", csv, "--csv-delimiter", value, "--per-document", "-f", "csv", "-q");

        Assert.True(read.ExitCode == 0, read.Error);
        Assert.Contains("d1", read.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void AManifestSeparatedBySemicolonsIsRead()
    {
        using var temp = new TempFolder();
        temp.Write("docs/a.txt", "The rebels held the bridge.");
        var manifest = temp.Write("manifest.csv", "file;outlet\ndocs/a.txt;Al Minbar\n");

        var read = CliRunner.Run("score", manifest, "--csv-delimiter", ";", "-f", "csv", "-q");

        Assert.True(read.ExitCode == 0, read.Error);
        Assert.StartsWith("Al Minbar,", read.OutLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ASemicolonFileReadWithCommasNamesTheOption()
    {
        // Before: advice to save the file again with commas (csvformat, from csvkit), since nothing read it.
        using var temp = new TempFolder();
        var csv = temp.Write("semi.csv", Semicolons);

        AssertUsageError(
            CliRunner.Run("score", csv),
            $"{csv}:1: missing column \"text\" (the file has \"id;outlet;text\": one column, so the file seems to be separated by semicolons, as Excel saves CSV in some languages (de, fr), not commas); read it with --csv-delimiter ';'");
    }

    [Theory]
    [InlineData(";;")]
    [InlineData("\"")]
    [InlineData("\n")]
    [InlineData("é")]
    [InlineData("semicolon")]
    public void AnUnusableValueIsAUsageError(string value) =>
        AssertUsageError(
            CliRunner.Run("score", "--csv-delimiter", value),
            $"invalid value '{value.Replace("\n", "\\u000A", StringComparison.Ordinal)}' for --csv-delimiter: expected one ASCII character other than a double quote or a line break (';', '|'), or tab");

    [Fact]
    public void ACorpusWithoutSeparatorRefusesTheOption()
    {
        using var temp = new TempFolder();
        var jsonl = temp.Write("c.jsonl", "{\"id\":\"d1\",\"outlet\":\"A\",\"text\":\"rebels\"}\n");
        temp.Write("folder/A/a.txt", "rebels");

        AssertUsageError(CliRunner.Run("score", jsonl, "--csv-delimiter", ";"), $"--csv-delimiter sets the separator of a CSV, TSV or manifest corpus, and {jsonl} is read as JSON Lines");
        AssertUsageError(CliRunner.Run("score", Path.Combine(temp.Path, "folder"), "--csv-delimiter", ";"), $"--csv-delimiter sets the separator of a CSV, TSV or manifest corpus, and {Path.Combine(temp.Path, "folder")} is read as a folder of .txt files");
        AssertUsageError(CliRunner.Run("score", "--csv-delimiter", ";"), "--csv-delimiter sets the separator of a CSV, TSV or manifest corpus, and the built-in sample corpus is JSON Lines");
        AssertUsageError(CliRunner.RunWithInput(Commas, "score", "-", "--csv-delimiter", ";"), "--csv-delimiter sets the separator of a CSV, TSV or manifest corpus, and standard input is read as JSON Lines unless --corpus-format csv or tsv is given");
    }
}
