using System.Globalization;
using System.Text.Json;
using Framing.Cli.Tests;

namespace Framing.Parquet.Tests;

/// <summary>Parquet written by the <c>framing</c> commands, read back by DuckDB and compared with the CSV of the same run.</summary>
public sealed class ParquetOutputCliTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Path(string name) => System.IO.Path.Combine(_dir.Path, name);

    public static TheoryData<string[]> Commands => new()
    {
        new[] { "score" },
        new[] { "score", "--bootstrap", "0" },
        new[] { "score", "--per-document", "--voice", "quoted" },
        new[] { "compare", "--permutations", "300", "--bootstrap", "300" },
        new[] { "compare", "--pairs", "vs-rest", "--lexicon", "syria-conflict", "--permutations", "200", "--bootstrap", "200" },
        new[] { "keyness", "--target", "al-mirsad", "--ngrams", "1..2" },
        new[] { "kwic", "--lexicon", "syria-conflict" },
        new[] { "coverage", "--total" },
        new[] { "lexicons", "list" },
        new[] { "lexicons", "show", "syria-conflict", "--entries" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void DuckDbReadsTheSameRowsAndValuesAsTheCsv(string[] command)
    {
        var parquet = Path("out.parquet");
        var csv = CliRunner.Run([.. command, "--format", "csv"]);
        var written = CliRunner.Run([.. command, "--format", "parquet", "-o", parquet]);
        Assert.Equal(0, csv.ExitCode);
        Assert.Equal(0, written.ExitCode);
        Assert.Equal(string.Empty, written.Out);

        var expected = Csv.ParseRecords(csv.Out);
        var table = DuckDb.Query($"SELECT * FROM read_parquet({DuckDb.Literal(parquet)})");

        Assert.Equal(expected[0], table.Columns);
        Assert.Equal(expected.Count - 1, table.Rows.Count);
        Assert.True(table.Rows.Count > 0);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                AssertSameValue(expected[r + 1][c], table.Rows[r][c], table.Types[c], $"row {r + 1}, column {table.Columns[c]}");
            }
        }
    }

    [Fact]
    public void ColumnsAreTypedTheSameWayOnEveryRunEvenWhenEmpty()
    {
        var withIntervals = Path("a.parquet");
        var without = Path("b.parquet");
        Assert.Equal(0, CliRunner.Run("score", "--format", "parquet", "-o", withIntervals, "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("score", "--bootstrap", "0", "--format", "parquet", "-o", without, "-q").ExitCode);

        var a = DuckDb.Query($"DESCRIBE SELECT * FROM read_parquet({DuckDb.Literal(withIntervals)})");
        var b = DuckDb.Query($"DESCRIBE SELECT * FROM read_parquet({DuckDb.Literal(without)})");
        var types = a.Rows.ToDictionary(row => (string)row[0]!, row => (string)row[1]!);

        Assert.Equal(a.Rows.Select(r => r[1]), b.Rows.Select(r => r[1]));
        Assert.Equal("VARCHAR", types["group"]);
        Assert.Equal("BIGINT", types["documents"]);
        Assert.Equal("BIGINT", types["count_a"]);
        Assert.Equal("DOUBLE", types["weight_a"]);
        Assert.Equal("DOUBLE", types["ci_low"]);
        Assert.Equal("VARCHAR", types["ci_note"]);
        Assert.Equal(0L, DuckDb.Query($"SELECT count(ci_low) FROM read_parquet({DuckDb.Literal(without)})").Rows[0][0]);
    }

    /// <summary>
    /// The columns of validate, calibrate, learn and scale wordscores are typed by name too: without a bootstrap,
    /// calibrate's intervals are empty throughout, and Wordscores' <c>position</c> is empty unless reference texts are
    /// scored; they were written as strings then (DOUBLE otherwise), so that one file's schema differed from another's.
    /// </summary>
    [Fact]
    public void LearningAndScalingColumnsAreTypedTheSameWayOnEveryRunEvenWhenEmpty()
    {
        var sample = System.IO.Path.Combine(AppContext.BaseDirectory, "sample-corpus.jsonl");
        var known = _dir.Write("known.csv", "outlet,leaning\nal-mirsad,government\nnorthern-courier,government\nal-minbar,opposition\nharbor-tribune,opposition\n");
        var references = _dir.Write("refs.csv", "outlet,position\nnorthern-courier,-1\nharbor-tribune,1\n");
        string[] sides = ["--known", known, "--side-a", "government", "--side-b", "opposition"];

        Dictionary<string, string> Types(string name, params string[] command)
        {
            var file = Path(name);
            var result = CliRunner.Run([.. command, "--format", "parquet", command[0] == "calibrate" ? "--report" : "-o", file, "-q"]);
            Assert.True(result.ExitCode == 0, result.Error);
            return DuckDb.Query($"DESCRIBE SELECT * FROM read_parquet({DuckDb.Literal(file)})").Rows.ToDictionary(r => (string)r[0]!, r => (string)r[1]!);
        }

        var withIntervals = Types("cal-a.parquet", ["calibrate", sample, .. sides, "--bootstrap", "100", "-o", Path("a.yaml")]);
        var without = Types("cal-b.parquet", ["calibrate", sample, .. sides, "--bootstrap", "0", "-o", Path("b.yaml")]);
        Assert.Equal(withIntervals, without);
        Assert.Equal("DOUBLE", without["ci_low_original"]);
        Assert.Equal("DOUBLE", without["ci_high_calibrated"]);
        Assert.Equal("BIGINT", without["entries_kept"]);

        var virgins = Types("ws-a.parquet", "scale", "wordscores", sample, "--reference", references, "--rescaling", "all");
        var all = Types("ws-b.parquet", "scale", "wordscores", sample, "--reference", references, "--rescaling", "all", "--include-references");
        Assert.Equal(all, virgins);
        Assert.Equal("DOUBLE", virgins["position"]);
        Assert.Equal("BIGINT", virgins["scored_words"]);

        var validate = Types("validate.parquet", ["validate", sample, .. sides, "--bootstrap", "0"]);
        Assert.Equal("BOOLEAN", validate["outlets_ordered"]);
        Assert.Equal("DOUBLE", validate["ci_low"]);
    }

    /// <summary>Every column of these commands has a type by name (only a lexicon's per-language counts are inferred).</summary>
    [Theory]
    [InlineData("validate")]
    [InlineData("validate", "--entries")]
    [InlineData("validate", "--cv", "outlets")]
    [InlineData("calibrate")]
    [InlineData("calibrate", "--per-entry")]
    [InlineData("learn", "--summary")]
    [InlineData("learn")]
    [InlineData("scale", "wordscores", "--rescaling", "all")]
    [InlineData("scale", "wordscores", "--per-document", "--rescaling", "all")]
    public void EveryColumnOfTheseCommandsHasAKnownType(params string[] command)
    {
        var sample = System.IO.Path.Combine(AppContext.BaseDirectory, "sample-corpus.jsonl");
        var known = _dir.Write("known.csv", "outlet,leaning\nal-mirsad,government\nnorthern-courier,government\nal-minbar,opposition\nharbor-tribune,opposition\n");
        var references = _dir.Write("refs.csv", "outlet,position\nnorthern-courier,-1\nharbor-tribune,1\n");
        List<string> args = command[0] == "scale"
            ? ["scale", "wordscores", sample, "--reference", references, .. command[2..]]
            : [command[0], sample, "--known", known, "--side-a", "government", "--side-b", "opposition", "--bootstrap", "50", .. command[1..]];
        if (command[0] == "calibrate")
        {
            args.AddRange(["-o", Path("calibrated.yaml"), "--report", Path("report.csv")]);
        }

        var result = CliRunner.Run([.. args, "--format", "csv", "-q"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var header = Csv.ParseRecords(command[0] == "calibrate" ? File.ReadAllText(Path("report.csv")) : result.Out)[0];

        Assert.All(header, column => Assert.True(Framing.Cli.Output.ParquetColumnTypes.KnownType(column) is not null, $"column '{column}' has no known Parquet type"));
    }

    [Fact]
    public void TheRunsOptionsAreTheFilesMetadata()
    {
        var parquet = Path("scores.parquet");
        Assert.Equal(0, CliRunner.Run("score", "--lexicon", "syria-conflict", "--by", "outlet", "--format", "parquet", "-o", parquet, "--seed", "7", "-q").ExitCode);

        var metadata = KeyValueMetadata(parquet);

        Assert.Equal("score", metadata["framing.command"]);
        Assert.Equal(Framing.Cli.FramingApp.Version, metadata["framing.version"]);
        Assert.Equal("syria-conflict", metadata["lexicon.id"]);
        Assert.Equal(Framing.Lexicons.Lexicon.Load("syria-conflict").Metadata.Version, metadata["lexicon.version"]);
        Assert.Equal("24", metadata["documents_scored"]);
        Assert.Equal("0", metadata["documents_rejected"]);
        Assert.Equal("7", metadata["interval.seed"]);
        Assert.Equal(
            ["score", "--lexicon", "syria-conflict", "--by", "outlet", "--format", "parquet", "-o", parquet, "--seed", "7", "-q"],
            JsonSerializer.Deserialize<string[]>(metadata["framing.command_line"])!);
        var options = JsonDocument.Parse(metadata["framing.options"]).RootElement;
        Assert.Equal("syria-conflict", options.GetProperty("lexicon").GetString());
        Assert.Equal("parquet", options.GetProperty("format").GetString());
        Assert.Equal("7", options.GetProperty("seed").GetString());
        Assert.True(options.GetProperty("quiet").GetBoolean());
    }

    [Fact]
    public void PerDocumentRowsCarryTheCountsOfTheRunInTheirMetadata()
    {
        var parquet = Path("documents.parquet");
        Assert.Equal(0, CliRunner.Run("score", "--per-document", "--format", "parquet", "-o", parquet, "-q").ExitCode);

        var metadata = KeyValueMetadata(parquet);
        var rows = DuckDb.Query($"SELECT count(*), count(DISTINCT id) FROM read_parquet({DuckDb.Literal(parquet)})").Rows[0];

        Assert.Equal("24", metadata["documents_scored"]);
        Assert.Equal("starter", metadata["lexicon.id"]);
        Assert.Equal(24L, rows[1]);
        var starter = Framing.Lexicons.Lexicon.Load("starter");
        Assert.Equal(24L * (starter.Dimensions.Count + starter.Composites.Count), rows[0]);
    }

    [Fact]
    public void KwicRowsCarryTheLexiconTheFiltersAndTheCountsOfTheRun()
    {
        // Before, a kwic file said nothing of the lexicon that made its matches or of the documents read and rejected.
        var parquet = Path("kwic.parquet");
        Assert.Equal(0, CliRunner.Run("kwic", "--dimension", "government-forces", "--format", "parquet", "-o", parquet, "-q").ExitCode);

        var metadata = KeyValueMetadata(parquet);
        var rows = (long)DuckDb.Query($"SELECT count(*) FROM read_parquet({DuckDb.Literal(parquet)})").Rows[0][0]!;

        Assert.Equal("starter", metadata["lexicon.id"]);
        Assert.Equal("government-forces", metadata["dimension"]);
        Assert.Equal("24", metadata["documents_scored"]);
        Assert.Equal("0", metadata["documents_rejected"]);
        Assert.Equal(rows.ToString(CultureInfo.InvariantCulture), metadata["matches"]);
        Assert.True(rows > 0);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public void TheFileIsTheSameBytesInEveryCultureAndForAnyParallelism(string culture)
    {
        var parquet = Path("scores.parquet");
        byte[] Run(CultureInfo runCulture, string parallel)
        {
            var previous = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = runCulture;
            try
            {
                Assert.Equal(0, CliRunner.Run("compare", "--format", "parquet", "-o", parquet, "--parallel", parallel, "--permutations", "300").ExitCode);
                return File.ReadAllBytes(parquet);
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
            }
        }

        var invariant = Run(CultureInfo.InvariantCulture, "1");
        var local = Run(CultureInfo.GetCultureInfo(culture), "1");
        var rows = DuckDb.Query($"SELECT * FROM read_parquet({DuckDb.Literal(parquet)})").Rows;
        Run(CultureInfo.GetCultureInfo(culture), "2");
        var parallelRows = DuckDb.Query($"SELECT * FROM read_parquet({DuckDb.Literal(parquet)})").Rows;

        Assert.Equal(invariant, local);
        Assert.Equal(rows, parallelRows);
    }

    [Fact]
    public void ParquetIsNeverWrittenToStandardOutput()
    {
        var result = CliRunner.Run("score", "--format", "parquet");
        var kwic = CliRunner.Run("kwic", "-f", "parquet");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal(
            "framing: error: --format parquet writes a binary file: name it with --output FILE (e.g. 'framing score … --format parquet -o results.parquet'); Parquet is never written to standard output",
            result.ErrorLines.Single());
        Assert.Equal(2, kwic.ExitCode);
        Assert.Single(kwic.ErrorLines);
    }

    [Fact]
    public void MergedShardsWriteTheSameParquetAsTheWholeCorpus()
    {
        var sample = System.IO.Path.Combine(AppContext.BaseDirectory, "sample-corpus.jsonl");
        var states = new List<string>();
        for (var shard = 1; shard <= 2; shard++)
        {
            states.Add(Path($"part{shard}.json"));
            Assert.Equal(0, CliRunner.Run("score", sample, "--shard", $"{shard}/2", "--save-state", states[^1], "-q").ExitCode);
        }

        Assert.Equal(0, CliRunner.Run("score", sample, "--format", "parquet", "-o", Path("whole.parquet"), "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run(["merge", .. states, "--format", "parquet", "-o", Path("merged.parquet"), "-q"]).ExitCode);

        var query = "SELECT * FROM read_parquet({0}) ORDER BY ALL";
        var whole = DuckDb.Query(string.Format(CultureInfo.InvariantCulture, query, DuckDb.Literal(Path("whole.parquet"))));
        var merged = DuckDb.Query(string.Format(CultureInfo.InvariantCulture, query, DuckDb.Literal(Path("merged.parquet"))));
        Assert.Equal(whole.Rows, merged.Rows);
    }

    private static Dictionary<string, string> KeyValueMetadata(string parquet) =>
        DuckDb.Query($"SELECT decode(key), decode(value) FROM parquet_kv_metadata({DuckDb.Literal(parquet)})").Rows
            .ToDictionary(r => (string)r[0]!, r => (string)r[1]!, StringComparer.Ordinal);

    /// <summary>A CSV cell and the value DuckDB read from Parquet hold the same thing.</summary>
    private static void AssertSameValue(string csv, object? parquet, string type, string where)
    {
        if (csv.Length == 0)
        {
            Assert.True(parquet is null, $"{where}: expected null for an empty CSV cell, found '{parquet}'");
            return;
        }

        switch (type)
        {
            case "BIGINT":
                Assert.Equal(long.Parse(csv, CultureInfo.InvariantCulture), Assert.IsType<long>(parquet));
                break;
            case "DOUBLE":
                var expected = csv switch
                {
                    "Inf" => double.PositiveInfinity,
                    "-Inf" => double.NegativeInfinity,
                    _ => double.Parse(csv, CultureInfo.InvariantCulture),
                };
                Assert.True(expected.Equals(Assert.IsType<double>(parquet)), $"{where}: CSV {csv}, Parquet {parquet}");
                break;
            case "VARCHAR":
                Assert.Equal(csv, Assert.IsType<string>(parquet));
                break;
            default:
                Assert.Fail($"{where}: unexpected column type {type}");
                break;
        }
    }
}
