using DuckDB.NET.Data;

namespace Framing.Parquet.Tests;

/// <summary>DuckDB in memory: the independent Parquet writer and reader the tests check Framing against.</summary>
internal static class DuckDb
{
    public static void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Runs a query; returns the column names, their DuckDB types and the rows (DBNull as null).</summary>
    public static Table Query(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var types = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetDataTypeName(i).ToUpperInvariant()).ToList();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return new Table(columns, types, rows);
    }

    /// <summary>A path as a SQL string literal.</summary>
    public static string Literal(string path) => "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>Writes the result of <paramref name="select"/> to a Parquet file, single-threaded so that rows keep their order.</summary>
    public static string CopyToParquet(string select, string path, int? rowGroupSize = null)
    {
        var options = rowGroupSize is { } size ? $"FORMAT parquet, ROW_GROUP_SIZE {size}" : "FORMAT parquet";
        Execute($"SET threads = 1; COPY ({select}) TO {Literal(path)} ({options})");
        return path;
    }

    private static DuckDBConnection Open()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    public sealed record Table(List<string> Columns, List<string> Types, List<object?[]> Rows)
    {
        public object? this[int row, string column] => Rows[row][Columns.IndexOf(column)];
    }
}
