using System.Globalization;
using Framing.Cli.Tests;

namespace Framing.Parquet.Tests;

public sealed class ParquetTableWriterTests : IDisposable
{
    private static readonly ParquetColumn[] Columns =
    [
        new("name", ParquetColumnType.String), new("count", ParquetColumnType.Int64), new("share", ParquetColumnType.Double), new("flag", ParquetColumnType.Boolean),
    ];

    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void RowsAreWrittenInRowGroupsOfTheGivenSizeWithNullsAndMetadata()
    {
        var path = System.IO.Path.Combine(_dir.Path, "t.parquet");
        using (var file = File.Create(path))
        using (var writer = new ParquetTableWriter(file, Columns, rowGroupRows: 3))
        {
            for (var i = 0; i < 10; i++)
            {
                writer.AddRow([i % 4 == 0 ? null : "n" + i.ToString(CultureInfo.InvariantCulture), i % 5 == 0 ? null : (long)i, i * 0.5, i % 2 == 0]);
            }

            writer.AddRow(["حلب", 7, 3m, null]);
            writer.Complete(new Dictionary<string, string> { ["k"] = "v", ["عربي"] = "نعم" });
        }

        var table = DuckDb.Query($"SELECT * FROM read_parquet({DuckDb.Literal(path)})");
        var groups = DuckDb.Query($"SELECT DISTINCT row_group_id, row_group_num_rows FROM parquet_metadata({DuckDb.Literal(path)}) ORDER BY 1");
        var metadata = DuckDb.Query($"SELECT decode(key), decode(value) FROM parquet_kv_metadata({DuckDb.Literal(path)}) ORDER BY 1");

        Assert.Equal(["VARCHAR", "BIGINT", "DOUBLE", "BOOLEAN"], table.Types);
        Assert.Equal(11, table.Rows.Count);
        Assert.Equal(["n1", 1L, 0.5, false], table.Rows[1]);
        Assert.Equal([null, null, 0.0, true], table.Rows[0]);
        Assert.Equal(["حلب", 7L, 3.0, null], table.Rows[10]);
        Assert.Equal([3L, 3L, 3L, 2L], groups.Rows.Select(r => r[1]));
        Assert.Equal([["k", "v"], ["عربي", "نعم"]], metadata.Rows.Select(r => r.Select(x => (string)x!).ToArray()));
    }

    [Fact]
    public void AfterCompleteARowIsRefusedAsCompleteAndCompleteAgainDoesNothing()
    {
        // It was an ObjectDisposedException ("Cannot access a disposed object"): the writer was complete, not disposed.
        using var file = File.Create(System.IO.Path.Combine(_dir.Path, "done.parquet"));
        using var writer = new ParquetTableWriter(file, Columns);
        writer.Complete();
        writer.Complete();
        var e = Assert.Throws<InvalidOperationException>(() => writer.AddRow(["a", 1L, 0.5, true]));
        Assert.IsNotType<ObjectDisposedException>(e);
        Assert.Equal("The table is complete.", e.Message);
    }

    [Fact]
    public void AnEmptyTableKeepsItsSchema()
    {
        var path = System.IO.Path.Combine(_dir.Path, "empty.parquet");
        using (var file = File.Create(path))
        using (var writer = new ParquetTableWriter(file, Columns))
        {
            writer.Complete();
        }

        var table = DuckDb.Query($"SELECT * FROM read_parquet({DuckDb.Literal(path)})");

        Assert.Equal(["name", "count", "share", "flag"], table.Columns);
        Assert.Equal(["VARCHAR", "BIGINT", "DOUBLE", "BOOLEAN"], table.Types);
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void CellsOfTheWrongTypeOrNumberAreRefusedWithoutHalfARow()
    {
        var path = System.IO.Path.Combine(_dir.Path, "t.parquet");
        using (var file = File.Create(path))
        using (var writer = new ParquetTableWriter(file, Columns))
        {
            Assert.Throws<ArgumentException>(() => writer.AddRow(["a", 1L, 2.0]));
            var error = Assert.Throws<ArgumentException>(() => writer.AddRow(["a", 1L, "2.0", true]));
            Assert.Contains("\"share\"", error.Message, StringComparison.Ordinal);
            Assert.Throws<ArgumentException>(() => writer.AddRow(["a", 1.5, 2.0, true]));
            writer.AddRow(["b", 2L, 2.5, true]);
            writer.Complete();
        }

        Assert.Equal([["b", 2L, 2.5, true]], DuckDb.Query($"SELECT * FROM read_parquet({DuckDb.Literal(path)})").Rows);
    }

    [Fact]
    public void ColumnNamesMustBeUnique()
    {
        using var stream = new MemoryStream();

        Assert.Throws<ArgumentException>(() => new ParquetTableWriter(stream, [new("a", ParquetColumnType.String), new("a", ParquetColumnType.Int64)]));
        Assert.Throws<ArgumentException>(() => new ParquetTableWriter(stream, []));
        Assert.Equal("A column is null. (Parameter 'columns')", Assert.Throws<ArgumentException>(() => new ParquetTableWriter(stream, [new("a", ParquetColumnType.String), null!])).Message); // was a NullReferenceException
    }
}
