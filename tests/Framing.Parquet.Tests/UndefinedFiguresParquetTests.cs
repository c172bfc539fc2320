using Framing.Cli.Tests;

namespace Framing.Parquet.Tests;

/// <summary>A rate or coverage over no tokens is undefined: null in Parquet (as the CSV cell is empty), never 0.</summary>
public sealed class UndefinedFiguresParquetTests : IDisposable
{
    // Invented text: group "silent" has only punctuation (no token).
    private const string Corpus =
        """
        {"id": "s1", "outlet": "silent", "language": "en", "text": "!!! ..."}
        {"id": "l1", "outlet": "loud", "language": "en", "text": "Regime forces shelled the market. Rebels held the bridge."}

        """;

    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("rate_a, rate_b, coverage", "score", "--bootstrap", "0")]
    [InlineData("coverage", "score", "--per-document")]
    [InlineData("coverage", "coverage")]
    public void RatesAndCoverageOfNoTokensAreNull(string columns, params string[] command)
    {
        var corpus = _dir.Write("corpus.jsonl", Corpus);
        var parquet = System.IO.Path.Combine(_dir.Path, "out.parquet");
        var result = CliRunner.Run([command[0], corpus, "--lexicon", "syria-conflict", .. command[1..], "--format", "parquet", "-o", parquet, "-q"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var file = DuckDb.Literal(parquet);
        var silent = DuckDb.Query($"SELECT {columns} FROM read_parquet({file}) WHERE \"group\" = 'silent'");
        Assert.NotEmpty(silent.Rows);
        Assert.All(silent.Rows, row => Assert.All(row, Assert.Null));
        Assert.All(DuckDb.Query($"SELECT coverage FROM read_parquet({file}) WHERE \"group\" = 'loud'").Rows, row => Assert.IsType<double>(row[0]));
    }

    [Fact]
    public void TheSecondGroupOfAnOmnibusRowIsNull()
    {
        // The sample corpus has four outlets: each dimension gets its pairs, then an omnibus row with no second group.
        var parquet = System.IO.Path.Combine(_dir.Path, "compare.parquet");
        var result = CliRunner.Run(["compare", "--permutations", "50", "--format", "parquet", "-o", parquet, "-q"]);
        Assert.True(result.ExitCode == 0, result.Error);
        var file = DuckDb.Literal(parquet);
        var omnibus = DuckDb.Query($"SELECT documents_2, count_a_2, count_b_2 FROM read_parquet({file}) WHERE comparison = 'omnibus'");
        Assert.NotEmpty(omnibus.Rows);
        Assert.All(omnibus.Rows, row => Assert.All(row, Assert.Null));
        var pairs = DuckDb.Query($"SELECT documents_2 FROM read_parquet({file}) WHERE comparison = 'pair'");
        Assert.All(pairs.Rows, row => Assert.True(row[0] is long n && n > 0, "a pair's second group has documents"));
    }
}
