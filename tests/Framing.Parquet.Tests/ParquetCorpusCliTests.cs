using Framing.Cli.Tests;

namespace Framing.Parquet.Tests;

/// <summary>Parquet corpora written by DuckDB, read by the <c>framing</c> commands.</summary>
public sealed class ParquetCorpusCliTests : IDisposable
{
    private static readonly string SampleJsonl = System.IO.Path.Combine(AppContext.BaseDirectory, "sample-corpus.jsonl");

    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Path(string name) => System.IO.Path.Combine(_dir.Path, name);

    /// <summary>The built-in sample corpus (invented articles) as DuckDB writes it to Parquet.</summary>
    private string SampleParquet() =>
        DuckDb.CopyToParquet($"SELECT * FROM read_json_auto({DuckDb.Literal(SampleJsonl)})", Path("sample.parquet"));

    [Theory]
    [InlineData("score", "--format", "csv")]
    [InlineData("score", "--format", "json", "--per-document", "--voice", "editorial")]
    [InlineData("compare", "--format", "csv", "--permutations", "200", "--bootstrap", "200")]
    [InlineData("keyness", "--format", "csv", "--target", "al-mirsad")]
    [InlineData("kwic", "--format", "csv")]
    [InlineData("coverage", "--format", "csv", "--lexicon", "syria-conflict")]
    public void ADuckDbParquetFileGivesTheSameOutputAsItsJsonLinesTwin(params string[] args)
    {
        var parquet = SampleParquet();

        var fromJsonl = CliRunner.Run([args[0], SampleJsonl, .. args[1..]]);
        var fromParquet = CliRunner.Run([args[0], parquet, .. args[1..]]);

        Assert.Equal(0, fromJsonl.ExitCode);
        Assert.Equal(0, fromParquet.ExitCode);
        Assert.True(fromJsonl.OutLines.Length > 5, fromJsonl.Out);
        Assert.Equal(fromJsonl.Out.Replace(SampleJsonl, "CORPUS", StringComparison.Ordinal), fromParquet.Out.Replace(parquet, "CORPUS", StringComparison.Ordinal));
    }

    [Fact]
    public void AnInventedCorpusScoresTheSameFromParquetCsvAndJsonLines()
    {
        // Invented sentences with words of the starter lexicon, some quoted, in both languages.
        const string Select = """
            SELECT 'doc-' || i AS id,
                   ['north-desk', 'south-desk', 'الصحيفة'][1 + i % 3] AS outlet,
                   CASE WHEN i % 2 = 0
                        THEN 'The regime shelled the district, and officials called the rebels "terrorists" on day ' || i || '.'
                        ELSE 'قالت المصادر إن قوات النظام قصفت الحي وإن المعارضة المسلحة ردت في اليوم ' || i || '.' END AS text
            FROM range(40) t(i)
            """;
        var parquet = DuckDb.CopyToParquet(Select, Path("invented.parquet"));
        DuckDb.Execute($"COPY ({Select}) TO {DuckDb.Literal(Path("invented.csv"))} (FORMAT csv, HEADER)");
        DuckDb.Execute($"COPY ({Select}) TO {DuckDb.Literal(Path("invented.jsonl"))} (FORMAT json)");

        var outputs = new[] { parquet, Path("invented.csv"), Path("invented.jsonl") }
            .Select(corpus => CliRunner.Run("score", corpus, "--format", "csv", "--bootstrap", "500", "-q"))
            .ToList();

        Assert.All(outputs, o => Assert.Equal(0, o.ExitCode));
        Assert.Contains(Csv.Parse(outputs[0].Out), row => row["group"] == "الصحيفة" && row["count_b"] != "0");
        Assert.Equal(outputs[1].Out, outputs[0].Out);
        Assert.Equal(outputs[2].Out, outputs[0].Out);
    }

    [Fact]
    public void GroupsAndIdsMayComeFromColumnsOfOtherTypes()
    {
        var parquet = DuckDb.CopyToParquet(
            "SELECT i AS id, 2015 + i % 2 AS year, i % 3 = 0 AS flagged, 'The regime forces and the rebels, item ' || i AS text FROM range(12) t(i)",
            Path("typed.parquet"));

        var byYear = CliRunner.Run("score", parquet, "--by", "year", "--format", "csv", "--bootstrap", "0", "-q");
        var byFlag = CliRunner.Run("score", parquet, "--by", "flagged", "--format", "csv", "--bootstrap", "0", "-q", "--per-document");

        Assert.Equal(0, byYear.ExitCode);
        Assert.Equal(["2015", "2016"], Csv.Parse(byYear.Out).Select(r => r["group"]).Distinct());
        Assert.Equal(0, byFlag.ExitCode);
        var rows = Csv.Parse(byFlag.Out);
        Assert.Equal(["false", "true"], rows.Select(r => r["group"]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(Enumerable.Range(0, 12).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), rows.Select(r => r["id"]).Distinct());
        Assert.All(rows.Where(r => r["id"] == "3"), r => Assert.Equal("true", r["group"]));
    }

    [Fact]
    public void ShardsSplitAParquetCorpusByRowAsTheyDoJsonLines()
    {
        var parquet = SampleParquet();
        var whole = CliRunner.Run("score", parquet, "--format", "csv", "-q");
        var states = new List<string>();
        for (var shard = 1; shard <= 3; shard++)
        {
            var state = Path($"part{shard}.json");
            var fromParquet = CliRunner.Run("score", parquet, "--shard", $"{shard}/3", "--per-document", "--format", "csv", "-q");
            var fromJsonl = CliRunner.Run("score", SampleJsonl, "--shard", $"{shard}/3", "--per-document", "--format", "csv", "-q");
            Assert.Equal(0, CliRunner.Run("score", parquet, "--shard", $"{shard}/3", "--save-state", state, "-q").ExitCode);
            states.Add(state);

            Assert.Equal(fromJsonl.Out, fromParquet.Out);
            var expectedIds = File.ReadAllLines(SampleJsonl).Where((_, i) => i % 3 == shard - 1)
                .Select(line => System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("id").GetString());
            Assert.Equal(expectedIds, Csv.Parse(fromParquet.Out).Select(r => r["id"]).Distinct());
        }

        var merged = CliRunner.Run(["merge", .. states, "--format", "csv", "-q"]);

        Assert.Equal(0, merged.ExitCode);
        Assert.Equal(whole.Out, merged.Out);
    }

    [Fact]
    public void ExtensionDetectionAndAnExplicitFormat()
    {
        var parquet = SampleParquet();
        var renamed = Path("sample.data");
        File.Copy(parquet, renamed);

        var detected = CliRunner.Run("score", parquet, "--format", "csv", "-q");
        var chosen = CliRunner.Run("score", renamed, "--corpus-format", "parquet", "--format", "csv", "-q");
        var undetected = CliRunner.Run("score", renamed, "-q");
        var stdin = CliRunner.Run("score", "-", "--corpus-format", "parquet", "-q");

        Assert.Equal(detected.Out, chosen.Out);
        Assert.Equal(2, undetected.ExitCode);
        Assert.Contains(".parquet or a folder", undetected.Error, StringComparison.Ordinal);
        Assert.Equal(2, stdin.ExitCode);
        Assert.Equal("framing: error: standard input (-) can only be read as jsonl, csv or tsv", stdin.ErrorLines.Single());
    }

    [Fact]
    public void BadFilesAndMissingColumnsAreOneLineErrorsWithExitCode2()
    {
        var notParquet = _dir.Write("notes.parquet", "outlet,text\na,words\n");
        var noGroup = DuckDb.CopyToParquet("SELECT 'd1' AS id, 'words' AS text", Path("nogroup.parquet"));
        var nested = DuckDb.CopyToParquet("SELECT ['a'] AS outlet, 'words' AS text", Path("nested.parquet"));

        var bad = CliRunner.Run("score", notParquet);
        var missing = CliRunner.Run("score", noGroup);
        var list = CliRunner.Run("kwic", nested);

        Assert.Equal(2, bad.ExitCode);
        Assert.StartsWith($"framing: error: {notParquet}: not a Parquet file (", bad.ErrorLines.Single(), StringComparison.Ordinal);
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal($"framing: error: {noGroup}: missing column \"outlet\" (the file has \"id\", \"text\")", missing.ErrorLines.Single());
        Assert.Equal(2, list.ExitCode);
        Assert.Equal($"framing: error: {nested}: column \"outlet\" is a list, not a column of single values", list.ErrorLines.Single());
    }

    [Fact]
    public void NullTextIsABadRecordThatSkipInvalidCounts()
    {
        var parquet = DuckDb.CopyToParquet(
            "SELECT * FROM (VALUES ('d1', 'a', 'The rebels advanced.'), ('d2', 'a', NULL), ('d3', 'b', 'The regime retreated.')) t(id, outlet, text)",
            Path("nulls.parquet"));

        var strict = CliRunner.Run("score", parquet);
        var skipping = CliRunner.Run("score", parquet, "--skip-invalid", "--format", "csv");

        Assert.Equal(2, strict.ExitCode);
        Assert.Equal($"framing: error: {parquet}:2: field \"text\" is null (use --skip-invalid to skip bad records)", strict.ErrorLines.Single());
        Assert.Equal(0, skipping.ExitCode);
        Assert.Equal($"framing: warning: skipped {parquet}:2: field \"text\" is null", skipping.ErrorLines[0]);
        Assert.EndsWith("rejected 1", skipping.ErrorLines[^1], StringComparison.Ordinal);
        Assert.Contains("scored 2 documents", skipping.ErrorLines[^1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("outlet")]
    [InlineData("id")]
    public void ANulInTheGroupOrIdIsABadRecordAsInTheOtherFormats(string field)
    {
        // R's read.csv would cut a CSV cell of the output at the NUL (see NulInGroupOrIdTests for the text formats).
        var id = field == "id" ? "'d' || chr(0) || '2'" : "'d2'";
        var outlet = field == "outlet" ? "'so' || chr(0) || 'uth'" : "'south'";
        var parquet = DuckDb.CopyToParquet(
            $"SELECT * FROM (VALUES ('d1', 'north', 'The rebels advanced.'), ({id}, {outlet}, 'The regime retreated.'), ('d3', 'south', 'The terrorists fled.')) t(id, outlet, text)",
            Path(field + ".parquet"));
        const string Message = "holds U+0000 (NUL), which R's read.csv cuts a CSV cell at: remove it from the record";

        var strict = CliRunner.Run("score", parquet);
        var skipping = CliRunner.Run("score", parquet, "--skip-invalid", "--format", "csv", "--per-document");

        Assert.Equal(2, strict.ExitCode);
        Assert.Equal($"framing: error: {parquet}:2: field \"{field}\" {Message} (use --skip-invalid to skip bad records)", strict.ErrorLines.Single());
        Assert.Equal(0, skipping.ExitCode);
        Assert.Equal($"framing: warning: skipped {parquet}:2: field \"{field}\" {Message}", skipping.ErrorLines[0]);
        Assert.EndsWith("scored 2 documents in 2 groups from " + parquet + "; rejected 1", skipping.ErrorLines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain('\0', skipping.Out);
    }

    [Fact]
    public void ATextColumnThatIsNotTextIsAnErrorThatNamesTheOption()
    {
        var path = DuckDb.CopyToParquet("SELECT 'd1' AS id, 'a' AS outlet, 7 AS body", Path("c.parquet"));

        var result = CliRunner.Run("score", path, "--text-field", "body");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {path}: column \"body\" is not a string column (it holds int32); choose the text column with --text-field", result.ErrorLines.Single());
    }
}
