using Framing.Corpus;

namespace Framing.Tests.Corpus;

public sealed class CorpusReaderFactoryTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("c.jsonl", CorpusFormat.JsonLines)]
    [InlineData("c.NDJSON", CorpusFormat.JsonLines)]
    [InlineData("c.json", CorpusFormat.JsonLines)]
    [InlineData("c.tsv", CorpusFormat.Tsv)]
    public void DetectsFormatFromTheExtension(string name, CorpusFormat expected)
    {
        var path = _dir.Write(name, "");

        Assert.Equal(expected, CorpusReaderFactory.DetectFormat(path));
    }

    [Theory]
    [InlineData("outlet,text\n", CorpusFormat.Csv)]
    [InlineData("file,outlet\n", CorpusFormat.Manifest)]
    [InlineData("\"file\",outlet,date\r\n", CorpusFormat.Manifest)]
    [InlineData("file,text,outlet\n", CorpusFormat.Csv)]
    [InlineData("", CorpusFormat.Csv)]
    [InlineData("\"unterminated\n", CorpusFormat.Csv)]
    public void CsvWithAFileColumnAndNoTextColumnIsAManifest(string content, CorpusFormat expected)
    {
        var path = _dir.Write("c.csv", content);

        Assert.Equal(expected, CorpusReaderFactory.DetectFormat(path));
    }

    [Fact]
    public void ManifestDetectionUsesTheConfiguredTextField()
    {
        var path = _dir.Write("c.csv", "file,text,outlet\n");

        Assert.Equal(CorpusFormat.Manifest, CorpusReaderFactory.DetectFormat(path, new CorpusReaderOptions { TextField = "body" }));
    }

    [Fact]
    public void TsvWithAFileColumnIsATabManifest()
    {
        _dir.Write("a.txt", "text");
        var path = _dir.Write("m.tsv", "file\toutlet\na.txt\to\n");

        var reader = CorpusReaderFactory.Open(path);

        Assert.Equal(CorpusFormat.Manifest, CorpusReaderFactory.DetectFormat(path));
        Assert.Equal('\t', Assert.IsType<ManifestCorpusReader>(reader).Delimiter);
        Assert.Equal("text", reader.ReadAll().Single().Doc().Text);
    }

    [Fact]
    public void DirectoryIsATextFolderAndDashIsJsonLines()
    {
        Assert.Equal(CorpusFormat.TextFolder, CorpusReaderFactory.DetectFormat(_dir.Path));
        Assert.Equal(CorpusFormat.JsonLines, CorpusReaderFactory.DetectFormat("-"));
    }

    [Fact]
    public void MissingPathThrows()
    {
        var path = _dir.File("absent.jsonl");

        var open = Assert.Throws<CorpusException>(() => CorpusReaderFactory.Open(path));
        var explicitFormat = Assert.Throws<CorpusException>(() => CorpusReaderFactory.Open(path, CorpusFormat.Csv));
        var folder = Assert.Throws<CorpusException>(() => CorpusReaderFactory.Open(path, CorpusFormat.TextFolder));

        Assert.Equal(new Diagnostic(new DocumentSource(path, 0), "no such file or directory"), open.Error);
        Assert.Equal("no such file or directory", explicitFormat.Error.Message);
        Assert.Equal("no such file or directory", folder.Error.Message);
    }

    [Fact]
    public void UnknownExtensionThrows()
    {
        var path = _dir.Write("c.xml", "<x/>");

        var ex = Assert.Throws<CorpusException>(() => CorpusReaderFactory.Open(path));

        Assert.StartsWith("cannot detect the corpus format of \".xml\" files", ex.Error.Message);
    }

    [Theory]
    [InlineData("gzip", "zcat", new byte[] { 0x1F, 0x8B, 8, 0, 0, 0 })]
    [InlineData("bzip2", "bzcat", new byte[] { 0x42, 0x5A, 0x68, 0x39, 0x31, 0x41 })]
    [InlineData("xz", "xzcat", new byte[] { 0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00 })]
    [InlineData("zstd", "zstdcat", new byte[] { 0x28, 0xB5, 0x2F, 0xFD, 0, 0 })]
    [InlineData("zip", "unzip -p", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0, 0 })]
    public void ACompressedFileIsRefusedWithTheWayToReadIt(string kind, string tool, byte[] head)
    {
        // It was "cannot detect the corpus format of ".gz" files", and with --corpus-format jsonl "invalid UTF-8" at line 1.
        var path = _dir.WriteBytes("c.jsonl.gz", [.. head, .. new byte[20]]);
        var expected = $"the file is {kind}-compressed, and corpora are read as text: decompress it, or (for a command that reads the corpus once) read it through a pipe: <({tool} FILE)";

        Assert.Equal(expected, Assert.Throws<CorpusException>(() => CorpusReaderFactory.Open(path)).Error.Message);
        foreach (var format in new[] { CorpusFormat.JsonLines, CorpusFormat.Csv, CorpusFormat.Tsv })
        {
            Assert.Equal(expected, Assert.Throws<CorpusException>(() => CorpusReaderFactory.Open(path, format)).Error.Message);
        }
    }

    [Theory]
    [InlineData("c.csv.gz", "<(zcat FILE) --corpus-format csv")] // a pipe is read as JSON Lines unless told
    [InlineData("c.TSV.GZ", "<(zcat FILE) --corpus-format tsv")]
    [InlineData("c.gz", "<(zcat FILE) --corpus-format jsonl|csv|tsv")]
    public void TheWayToReadACompressedFileNamesItsFormat(string name, string pipe)
    {
        var path = _dir.WriteBytes(name, [0x1F, 0x8B, 8, 0, 0, 0, 0, 0]);
        Assert.EndsWith("read it through a pipe: " + pipe, Assert.Throws<CorpusException>(() => CorpusReaderFactory.Open(path, CorpusFormat.Csv)).Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("BZh is a header,text\n")] // "BZh" and no block size digit: text
    [InlineData("PK,text\n")]
    public void TextThatStartsLikeAMagicNumberIsRead(string content)
    {
        var path = _dir.Write("c.csv", content);
        Assert.Equal(CorpusFormat.Csv, CorpusReaderFactory.DetectFormat(path));
        Assert.NotNull(CorpusReaderFactory.Open(path));
    }

    [LinuxFact]
    public void APipeWithoutAnExtensionIsJsonLinesAsStandardInputIs()
    {
        // framing score <(zcat corpus.jsonl.gz) named /dev/fd/63, which had no format.
        var fifo = LinuxFiles.MakeFifo(_dir.File("pipe"));
        Assert.Equal(CorpusFormat.JsonLines, CorpusReaderFactory.DetectFormat(fifo));
        var regular = _dir.Write("noext", "{}");
        Assert.Contains("name it (the command line's --corpus-format jsonl|csv|tsv|folder|manifest", Assert.Throws<CorpusException>(() => CorpusReaderFactory.DetectFormat(regular)).Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ExplicitFormatOverridesTheExtension()
    {
        var path = _dir.Write("c.txt", "outlet\ttext\no\tتجربة\n");

        var reader = CorpusReaderFactory.Open(path, CorpusFormat.Tsv);

        Assert.Equal("تجربة", reader.ReadAll().Single().Doc().Text);
    }

    [Fact]
    public void ExplicitFormatOfTheWrongKindThrows()
    {
        var file = _dir.Write("c.jsonl", "");

        Assert.Equal("is a directory, not a file", Assert.Throws<CorpusException>(() => CorpusReaderFactory.Open(_dir.Path, CorpusFormat.JsonLines)).Error.Message);
        Assert.Equal("is a file, not a folder", Assert.Throws<CorpusException>(() => CorpusReaderFactory.Open(file, CorpusFormat.TextFolder)).Error.Message);
        Assert.Throws<CorpusException>(() => CorpusReaderFactory.Open("-", CorpusFormat.TextFolder));
    }

    [Fact]
    public void OpensTheReaderForEachFormat()
    {
        _dir.Write("folder/o/a.txt", "x");
        var options = new CorpusReaderOptions { FolderGrouping = FolderGrouping.File };

        Assert.IsType<JsonLinesCorpusReader>(CorpusReaderFactory.Open(_dir.Write("c.jsonl", "")));
        Assert.Equal(',', Assert.IsType<CsvCorpusReader>(CorpusReaderFactory.Open(_dir.Write("c.csv", "outlet,text\n"))).Delimiter);
        Assert.Equal('\t', Assert.IsType<CsvCorpusReader>(CorpusReaderFactory.Open(_dir.Write("c.tsv", "outlet\ttext\n"))).Delimiter);
        var folder = Assert.IsType<TextFolderCorpusReader>(CorpusReaderFactory.Open(_dir.File("folder"), CorpusFormat.Auto, options));
        Assert.Equal("o/a", folder.ReadAll().Single().Doc().GetField("outlet"));
        Assert.IsType<ManifestCorpusReader>(CorpusReaderFactory.Open(_dir.Write("m.csv", "file,outlet\n")));
    }

    [Fact]
    public void StandardInputIsReadAsJsonLinesByDefault()
    {
        var reader = CorpusReaderFactory.Open("-");

        Assert.Equal("-", reader.Description);
        Assert.IsType<JsonLinesCorpusReader>(reader);
        Assert.Equal('\t', Assert.IsType<CsvCorpusReader>(CorpusReaderFactory.Open("-", CorpusFormat.Tsv)).Delimiter);
    }

    [Fact]
    public void AStreamOfJsonLinesIsReadWithTheFileRules()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("{\"id\":\"a\",\"outlet\":\"x\",\"text\":\"one\"}\n{\"outlet\":\"x\"}\n{\"outlet\":\"y\",\"text\":\"two\"}\n");
        using var stream = new MemoryStream(bytes);

        var items = CorpusReaderFactory.OpenStream(stream, CorpusFormat.JsonLines, "download").Read().ToList();

        Assert.Equal(3, items.Count);
        Assert.Equal(("a", "one"), (items[0].Document!.Id, items[0].Document!.Text));
        Assert.Equal(("download", 2, "missing field \"text\""), (items[1].Error!.Location.File, items[1].Error!.Location.Line, items[1].Error!.Message));
        Assert.Equal("download:3", items[2].Document!.Id);
    }

    [Theory]
    [InlineData(CorpusFormat.Csv, "id,outlet,text\nc1,x,\"one, two\"\n")]
    [InlineData(CorpusFormat.Tsv, "id\toutlet\ttext\nc1\tx\tone, two\n")]
    public void AStreamOfCsvOrTsvIsRead(CorpusFormat format, string content)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content));

        var document = Assert.Single(CorpusReaderFactory.OpenStream(stream, format).Read()).Document!;

        Assert.Equal(("c1", "x", "one, two"), (document.Id, document.GetField("outlet"), document.Text));
    }

    [Theory]
    [InlineData(CorpusFormat.TextFolder)]
    [InlineData(CorpusFormat.Manifest)]
    [InlineData((CorpusFormat)99)]
    public void AStreamIsNotAFolderOrAManifest(CorpusFormat format)
    {
        using var stream = new MemoryStream();

        var error = Assert.Throws<ArgumentException>(() => CorpusReaderFactory.OpenStream(stream, format));

        Assert.Equal("format", error.ParamName);
    }
}
