using System.Globalization;
using Framing.Cli.Tests;
using Framing.Corpus;
using global::Parquet;

namespace Framing.Parquet.Tests;

public sealed class ParquetCorpusReaderTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Path(string name) => System.IO.Path.Combine(_dir.Path, name);

    private static List<CorpusItem> ReadAll(string path, CorpusReaderOptions? options = null) =>
        new ParquetCorpusReader(path, options).Read().ToList();

    private static Document Doc(CorpusItem item)
    {
        Assert.False(item.IsRejected, item.Error?.ToString());
        return item.Document!;
    }

    [Fact]
    public void StringColumnsGiveTextIdAndGroupAndEveryOtherColumnIsAFieldInCultureInvariantText()
    {
        var path = DuckDb.CopyToParquet(
            """
            SELECT * FROM (VALUES
              ('d1', 'outlet-a', 'First text.', 3, 1.5::DOUBLE, DATE '2024-01-02', TRUE, TIMESTAMP '2024-01-02 03:04:05.123456', 12.345::DECIMAL(10,3), -7::BIGINT, 0.1::FLOAT),
              ('d2', 'outlet-b', 'Second text.', NULL, -2.5e-7::DOUBLE, DATE '1999-12-31', FALSE, TIMESTAMP '2024-01-02 03:04:05', 0::DECIMAL(10,3), 9007199254740993::BIGINT, NULL))
              t(id, outlet, text, n, x, d, b, ts, dec, big, f)
            """,
            Path("c.parquet"));

        var items = ReadAll(path);

        var first = Doc(items[0]);
        var second = Doc(items[1]);
        Assert.Equal(("d1", "First text.", "outlet-a"), (first.Id, first.Text, first.GetField("outlet")));
        Assert.Equal(new DocumentSource(path, 1), first.Source);
        Assert.Equal(new DocumentSource(path, 2), second.Source);
        Assert.Equal(["id", "outlet", "n", "x", "d", "b", "ts", "dec", "big", "f"], first.Fields.Keys);
        Assert.Equal(["3", "1.5", "2024-01-02", "true", "2024-01-02T03:04:05.123456", "12.345", "-7", "0.1"],
            new[] { "n", "x", "d", "b", "ts", "dec", "big", "f" }.Select(first.GetField));
        Assert.Null(second.GetField("n"));
        Assert.Null(second.GetField("f"));
        Assert.Equal(["-2.5E-07", "1999-12-31", "false", "2024-01-02T03:04:05", "0.000", "9007199254740993"],
            new[] { "x", "d", "b", "ts", "dec", "big" }.Select(second.GetField));
        Assert.DoesNotContain("text", first.Fields.Keys);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public void FieldsAreTheSameTextInEveryCulture(string culture)
    {
        var path = DuckDb.CopyToParquet(
            "SELECT 'x' AS id, 'o' AS outlet, 'Some text.' AS text, 1234567.25::DOUBLE AS amount, TRUE AS flag, DATE '2024-03-01' AS day, 1234567 AS count",
            Path("c.parquet"));
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            var document = Doc(ReadAll(path).Single());

            Assert.Equal(["1234567.25", "true", "2024-03-01", "1234567"], new[] { "amount", "flag", "day", "count" }.Select(document.GetField));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void NullOrEmptyValuesAreRejectedWithTheirRow()
    {
        var path = DuckDb.CopyToParquet(
            """
            SELECT * FROM (VALUES
              ('d1', 'a', 'ok'), ('d2', 'a', NULL), ('d3', 'a', '  '), ('d4', NULL, 'text'), ('d5', ' ', 'text'), (NULL, 'a', 'text'), ('', 'a', 'text'), ('d8', 'a', 'ok'), ('d9', 'a', ' ' || chr(8203) || chr(65279) || chr(6158) || chr(8288)))
              t(id, outlet, text)
            """,
            Path("c.parquet"));

        var items = ReadAll(path);

        Assert.Equal(9, items.Count);
        Assert.Equal(
            [
                $"{path}:2: field \"text\" is null",
                $"{path}:3: empty text",
                $"{path}:4: field \"outlet\" is null",
                $"{path}:5: empty field \"outlet\"",
                $"{path}:6: field \"id\" is null",
                $"{path}:7: empty field \"id\"",
                $"{path}:9: empty text", // only invisible characters: it was a document of 0 tokens
            ],
            items.Where(i => i.IsRejected).Select(i => i.Error!.ToString()));
        Assert.Equal(["d1", "d8"], items.Where(i => !i.IsRejected).Select(i => i.Document!.Id));
    }

    [Fact]
    public void WithoutAnIdColumnTheIdIsTheRowAndTheGroupColumnIsOptionalWhenNotRequired()
    {
        var path = DuckDb.CopyToParquet("SELECT * FROM (VALUES ('one'), ('two')) t(text)", Path("c.parquet"));

        var items = ReadAll(path, new CorpusReaderOptions { RequireGroupField = false });

        // The file's name and row, not its folder: the same file named from anywhere gets the same ids, which seed the
        // bootstrap weights. Messages keep the path as given.
        Assert.Equal(["c.parquet:1", "c.parquet:2"], items.Select(i => Doc(i).Id));
        Assert.Equal(path, Doc(items[0]).Source.File);
    }

    [Fact]
    public void RowsAreNumberedAcrossRowGroupsAndReadInOrder()
    {
        var path = DuckDb.CopyToParquet(
            "SELECT 'o' || (i % 3) AS outlet, CASE WHEN i = 2999 THEN NULL ELSE 'text ' || i END AS text FROM range(5000) t(i)",
            Path("c.parquet"),
            rowGroupSize: 2048);
        Assert.True(RowGroups(path) >= 3, "the fixture should have several row groups");

        var items = ReadAll(path);

        Assert.Equal(5000, items.Count);
        Assert.Equal($"{path}:3000: field \"text\" is null", Assert.Single(items, i => i.IsRejected).Error!.ToString());
        Assert.Equal("text 4096", Doc(items[4096]).Text);
        Assert.Equal("c.parquet:4097", Doc(items[4096]).Id);
        Assert.Equal("o1", Doc(items[4096]).GetField("outlet"));
    }

    [Theory]
    [InlineData("snappy", null)]
    [InlineData("zstd", null)]
    [InlineData("gzip", null)]
    [InlineData("uncompressed", null)]
    [InlineData("brotli", null)]
    [InlineData("lz4_raw", null)]
    [InlineData("snappy", "V2")]
    [InlineData("zstd", "V2")]
    public void EveryCodecEncodingAndPageVersionReadsTheSameRows(string codec, string? version)
    {
        // Repeated texts (dictionary pages), unique ones (plain pages), nulls (definition levels) and Arabic, over several row groups.
        const string Select = """
            SELECT 'o' || (i % 3) AS outlet,
                   CASE WHEN i % 7 = 0 THEN NULL
                        WHEN i % 2 = 0 THEN 'repeated text ' || (i % 5)
                        WHEN i % 3 = 0 THEN 'نص عربي رقم ' || i
                        ELSE 'unique text ' || i || ' ' || repeat('w', i % 40) END AS text
            FROM range(5000) t(i)
            """;
        var path = System.IO.Path.Combine(_dir.Path, $"{codec}-{version}.parquet");
        var options = $"FORMAT parquet, ROW_GROUP_SIZE 2048, COMPRESSION '{codec}'" + (version is null ? string.Empty : $", PARQUET_VERSION {version}");
        DuckDb.Execute($"SET threads = 1; COPY ({Select}) TO {DuckDb.Literal(path)} ({options})");
        var expected = DuckDb.Query(Select).Rows;

        var items = ReadAll(path);

        Assert.Equal(expected.Count, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (expected[i][1] is string text)
            {
                Assert.Equal((text, (string)expected[i][0]!), (Doc(items[i]).Text, Doc(items[i]).GetField("outlet")!));
            }
            else
            {
                Assert.Equal($"{path}:{i + 1}: field \"text\" is null", items[i].Error!.ToString());
            }
        }
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("V2", true)]
    [InlineData(null, false)]
    public void DictionaryAndPlainPagesOfVersion1And2AreStreamedPageByPage(string? version, bool dictionary)
    {
        var select = dictionary
            ? "SELECT 'o' AS outlet, CASE WHEN i % 11 = 0 THEN NULL ELSE 'repeated text ' || (i % 4) END AS text FROM range(5000) t(i)"
            : "SELECT 'o' AS outlet, 'unique text ' || i AS text FROM range(5000) t(i)";
        var path = System.IO.Path.Combine(_dir.Path, "d.parquet");
        DuckDb.Execute($"SET threads = 1; COPY ({select}) TO {DuckDb.Literal(path)} (FORMAT parquet, ROW_GROUP_SIZE 2048{(version is null ? string.Empty : ", PARQUET_VERSION " + version)})");
        var encodings = (string)DuckDb.Query($"SELECT string_agg(DISTINCT encodings) FROM parquet_metadata({DuckDb.Literal(path)}) WHERE path_in_schema = 'text'").Rows[0][0]!;
        var expected = DuckDb.Query(select).Rows.Select(r => (string?)r[1]).ToList();

        var items = ReadAll(path);

        Assert.Contains(dictionary ? "DICTIONARY" : "PLAIN", encodings, StringComparison.Ordinal);
        Assert.True(Streamed(path), "the text column should be read page by page");
        Assert.Equal(expected, items.Select(i => i.IsRejected ? null : i.Document!.Text));
    }

    [Fact]
    public void ALargeSnappyPageIsDecompressedAPieceAtATimeAndReadsTheSame()
    {
        // Long runs (overlapping Snappy copies), hashes (literals), Arabic and nulls, in one page of several megabytes.
        const string Select = """
            SELECT 'o' AS outlet,
                   CASE WHEN i % 13 = 0 THEN NULL
                        ELSE 'text ' || i || ' ' || repeat('ab', i % 700) || ' ' || md5(i::VARCHAR) || ' حلب ' || repeat('x', i % 3) END AS text
            FROM range(6000) t(i)
            """;
        var path = DuckDb.CopyToParquet(Select, System.IO.Path.Combine(_dir.Path, "large.parquet"));
        var sizes = DuckDb.Query($"SELECT total_uncompressed_size, compression FROM parquet_metadata({DuckDb.Literal(path)}) WHERE path_in_schema = 'text'");
        var expected = DuckDb.Query(Select).Rows.Select(r => (string?)r[1]).ToList();

        var items = ReadAll(path);

        Assert.Equal("SNAPPY", sizes.Rows.Single()[1]);
        Assert.True((long)sizes.Rows.Single()[0]! > 2 * Pages.PageBytes.IncrementalFrom, "the fixture should be one large page");
        Assert.True(Streamed(path));
        Assert.Equal(expected, items.Select(i => i.IsRejected ? null : i.Document!.Text));
    }

    [Fact]
    public void OtherCodecsAndEncodingsAreReadWholeByParquetNet()
    {
        var select = "SELECT 'o' AS outlet, 'text ' || i AS text FROM range(100) t(i)";
        var brotli = System.IO.Path.Combine(_dir.Path, "b.parquet");
        var delta = System.IO.Path.Combine(_dir.Path, "v2.parquet");
        DuckDb.Execute($"COPY ({select}) TO {DuckDb.Literal(brotli)} (FORMAT parquet, COMPRESSION 'brotli')");
        DuckDb.Execute($"COPY ({select}) TO {DuckDb.Literal(delta)} (FORMAT parquet, PARQUET_VERSION V2)");

        Assert.False(Streamed(brotli));
        Assert.False(Streamed(delta));
        Assert.Equal("text 99", Doc(ReadAll(brotli)[99]).Text);
        Assert.Equal("text 99", Doc(ReadAll(delta)[99]).Text);
    }

    private static bool Streamed(string path)
    {
        var reader = ParquetReader.CreateAsync(path).GetAwaiter().GetResult();
        try
        {
            var field = reader.Schema.FindDataField("text");
            return Enumerable.Range(0, reader.RowGroupCount).All(g => Pages.TextColumnStream.CanStream(field, reader.OpenRowGroupReader(g).GetMetadata(field)));
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    [Fact]
    public void AColumnOfAnotherTypeCanBeTheGroupOrIdButNotTheText()
    {
        var path = DuckDb.CopyToParquet("SELECT 42 AS id, 2016 AS year, 7 AS body, 'words' AS text", Path("c.parquet"));

        var document = Doc(ReadAll(path, new CorpusReaderOptions { GroupField = "year" }).Single());
        var error = Assert.Throws<CorpusException>(() => ReadAll(path, new CorpusReaderOptions { TextField = "body" }));

        Assert.Equal(("42", "2016"), (document.Id, document.GetField("year")));
        Assert.Equal($"{path}: column \"body\" is not a string column (it holds int32)", error.Message);
        Assert.Equal(DiagnosticHint.ChooseTextField, error.Error.Hint);
    }

    [Fact]
    public void MissingColumnsAreErrorsThatListTheColumns()
    {
        var path = DuckDb.CopyToParquet("SELECT 'd1' AS id, 'a' AS source, 'words' AS body", Path("c.parquet"));

        var noText = Assert.Throws<CorpusException>(() => ReadAll(path));
        var noGroup = Assert.Throws<CorpusException>(() => ReadAll(path, new CorpusReaderOptions { TextField = "body" }));

        Assert.Equal($"{path}: missing column \"text\" (the file has \"id\", \"source\", \"body\")", noText.Message);
        Assert.Equal($"{path}: missing column \"outlet\" (the file has \"id\", \"source\", \"body\")", noGroup.Message);
        Assert.Equal("a", Doc(ReadAll(path, new CorpusReaderOptions { TextField = "body", GroupField = "source" }).Single()).GetField("source"));
    }

    [Fact]
    public void NestedColumnsAreLeftOutUnlessNamedAndThenAnError()
    {
        var path = DuckDb.CopyToParquet("SELECT 'a' AS outlet, 'words' AS text, ['x', 'y'] AS tags, {'k': 1} AS meta, INTERVAL 3 DAY AS span", Path("c.parquet"));

        var document = Doc(ReadAll(path).Single());
        var list = Assert.Throws<CorpusException>(() => ReadAll(path, new CorpusReaderOptions { GroupField = "tags" }));
        var structure = Assert.Throws<CorpusException>(() => ReadAll(path, new CorpusReaderOptions { IdField = "meta" }));
        var interval = Assert.Throws<CorpusException>(() => ReadAll(path, new CorpusReaderOptions { GroupField = "span" }));

        Assert.Equal(["outlet"], document.Fields.Keys);
        Assert.Equal($"{path}: column \"tags\" is a list, not a column of single values", list.Message);
        Assert.Equal($"{path}: column \"meta\" is a struct, not a column of single values", structure.Message);
        Assert.StartsWith($"{path}: column \"span\" holds ", interval.Message, StringComparison.Ordinal);
        Assert.EndsWith(", which cannot be read as text", interval.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BinaryTextIsReadAsStrictUtf8()
    {
        var path = DuckDb.CopyToParquet(
            "SELECT * FROM (VALUES ('a', 'ok words'::BLOB), ('a', '\\xC3\\x28'::BLOB), ('a', encode('حلب'))) t(outlet, text)",
            Path("c.parquet"));

        var items = ReadAll(path);

        Assert.Equal("ok words", Doc(items[0]).Text);
        Assert.Equal($"{path}:2: invalid UTF-8 in column \"text\"", items[1].Error!.ToString());
        Assert.Equal("حلب", Doc(items[2]).Text);
    }

    [Theory]
    [InlineData("outlet")]
    [InlineData("id")]
    public void AStringColumnsBytesThatAreNotUtf8AreRejectedNotMerged(string column)
    {
        // Parquet.Net decoded them into U+FFFD: "QQQ" + 0xC3 and "QQQ" + 0xC4 became one group (or one id) "QQQ\uFFFD",
        // and the documents of two outlets were scored as one without a word. DuckDB writes only valid UTF-8 in a
        // VARCHAR column, so the file's bytes are changed afterwards (uncompressed, so the values are in it as written).
        var path = Path("c.parquet");
        var other = column == "outlet" ? "id" : "outlet";
        DuckDb.Execute($"SET threads = 1; COPY (SELECT * FROM (VALUES ('QQQ#', 'x1', 'first words'), ('QQQ%', 'x2', 'second words'), ('fine', 'x3', 'third words')) t({column}, {other}, text)) TO {DuckDb.Literal(path)} (FORMAT parquet, COMPRESSION 'uncompressed')");
        var bytes = File.ReadAllBytes(path);
        var replaced = 0;
        for (var i = 0; i + 4 <= bytes.Length; i++)
        {
            if (bytes[i] == 'Q' && bytes[i + 1] == 'Q' && bytes[i + 2] == 'Q' && bytes[i + 3] is (byte)'#' or (byte)'%')
            {
                bytes[i + 3] = bytes[i + 3] == '#' ? (byte)0xC3 : (byte)0xC4;
                replaced++;
            }
        }

        Assert.True(replaced >= 2);
        File.WriteAllBytes(path, bytes);

        var items = ReadAll(path);

        Assert.Equal(3, items.Count);
        Assert.Equal($"{path}:1: invalid UTF-8 in column \"{column}\"", items[0].Error!.ToString());
        Assert.Equal($"{path}:2: invalid UTF-8 in column \"{column}\"", items[1].Error!.ToString());
        Assert.Equal("third words", Doc(items[2]).Text);
    }

    [Fact]
    public void FilesThatAreNotParquetOrAreTruncatedAreErrors()
    {
        var good = DuckDb.CopyToParquet("SELECT 'a' AS outlet, 'words' AS text FROM range(100)", Path("good.parquet"));
        var bytes = File.ReadAllBytes(good);
        var csv = _dir.Write("csv.parquet", "outlet,text\na,words\n");
        var truncated = _dir.WriteBytes("truncated.parquet", bytes[..(bytes.Length / 2)]);
        var empty = _dir.WriteBytes("empty.parquet", []);

        foreach (var path in new[] { csv, truncated, empty })
        {
            var error = Assert.Throws<CorpusException>(() => ReadAll(path));
            Assert.StartsWith($"{path}: not a Parquet file (", error.Message, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', error.Message);
        }

        var missing = Assert.Throws<CorpusException>(() => new ParquetCorpusReader(Path("none.parquet")).Read());
        Assert.Equal($"{Path("none.parquet")}: no such file or directory", missing.Message);
    }

    [Fact]
    public void RowGroupsAreStreamedAndABrokenOneIsNamedWithItsRows()
    {
        var path = DuckDb.CopyToParquet(
            "SELECT 'o' AS outlet, 'text number ' || i || ' ' || repeat('x', i % 50) AS text FROM range(5000) t(i)",
            Path("c.parquet"),
            rowGroupSize: 2048);
        CorruptTextColumn(path, rowGroup: 2);

        var read = new List<CorpusItem>();
        var error = Assert.Throws<CorpusException>(() =>
        {
            foreach (var item in new ParquetCorpusReader(path).Read())
            {
                read.Add(item);
            }
        });

        Assert.Equal(4096, read.Count);
        Assert.StartsWith($"{path}: row group 3 (rows 4097-5000): cannot read column \"text\": ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void AnAbandonedReadClosesTheFile()
    {
        var path = DuckDb.CopyToParquet("SELECT 'o' AS outlet, 'text ' || i AS text FROM range(5000) t(i)", Path("c.parquet"), rowGroupSize: 2048);

        var first = new ParquetCorpusReader(path).Read().First();
        File.Delete(path);

        Assert.Equal("text 0", Doc(first).Text);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void TheFactoryWithTheParquetFormatDetectsTheExtension()
    {
        var path = DuckDb.CopyToParquet("SELECT 'o' AS outlet, 'words' AS text", Path("C.PARQUET"));
        var factory = new CorpusReaderFactory(new ParquetCorpusFormat());

        Assert.Equal("parquet", factory.Detect(path));
        Assert.IsType<ParquetCorpusReader>(factory.Create(path));
        Assert.IsType<ParquetCorpusReader>(factory.Create(_dir.WriteBytes("other.bin", File.ReadAllBytes(path)), "parquet"));
        Assert.Equal("words", Doc(factory.Create(path).Read().Single()).Text);
    }

    private static int RowGroups(string path)
    {
        var reader = ParquetReader.CreateAsync(path).GetAwaiter().GetResult();
        try
        {
            return reader.RowGroupCount;
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Overwrites the data pages of the text column of one row group with garbage, leaving the metadata intact.</summary>
    private static void CorruptTextColumn(string path, int rowGroup)
    {
        long start, length;
        var reader = ParquetReader.CreateAsync(path).GetAwaiter().GetResult();
        try
        {
            var chunk = reader.OpenRowGroupReader(rowGroup).GetMetadata(reader.Schema.FindDataField("text"))!.MetaData!;
            start = chunk.DictionaryPageOffset ?? chunk.DataPageOffset;
            length = chunk.TotalCompressedSize;
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write);
        stream.Position = start;
        var garbage = new byte[length];
        Array.Fill(garbage, (byte)0xA5);
        stream.Write(garbage);
    }
}
