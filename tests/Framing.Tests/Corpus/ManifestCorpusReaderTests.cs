using Framing.Corpus;

namespace Framing.Tests.Corpus;

public sealed class ManifestCorpusReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void ReadsFilesNamedInTheManifestWithTheirFields()
    {
        _dir.Write("docs/a.txt", "قصف الاحتلال غزة");
        _dir.Write("docs/b.txt", "Strikes hit Gaza.");
        var manifest = _dir.Write("manifest.csv",
            "file,outlet,date\n" +
            "docs/a.txt,aljazeera,2024-01-02\n" +
            "\"docs/b.txt\",\"bbc\",\"2024-01-03\"\n");

        var items = new ManifestCorpusReader(manifest).ReadAll();

        Assert.Equal(2, items.Count);
        var ar = items[0].Doc();
        Assert.Equal("docs/a.txt", ar.Id);
        Assert.Equal("قصف الاحتلال غزة", ar.Text);
        Assert.Equal("aljazeera", ar.GetField("outlet"));
        Assert.Equal("2024-01-02", ar.GetField("date"));
        Assert.Equal("docs/a.txt", ar.GetField("file"));
        Assert.Equal(new DocumentSource(manifest, 2), ar.Source);
        Assert.Equal(("Strikes hit Gaza.", 3), (items[1].Doc().Text, items[1].Doc().Source.Line));
    }

    [Fact]
    public void APathNoFileCanHaveIsARejectedRecord()
    {
        // Found by ReaderProperties: a NUL in the file column made File.ReadAllBytes throw an ArgumentException.
        _dir.Write("a.txt", "text");
        var manifest = _dir.Write("m.csv", "file,outlet\na\0.txt,o\na.txt,o\n");

        var items = new ManifestCorpusReader(manifest).ReadAll();

        Assert.Equal(2, items.Count);
        Assert.StartsWith("cannot read file a\0.txt: ", items[0].Error!.Message, StringComparison.Ordinal);
        Assert.Equal("text", items[1].Doc().Text);
    }

    [Fact]
    public void IdColumnIsUsedWhenPresent()
    {
        _dir.Write("a.txt", "text");
        var manifest = _dir.Write("m.csv", "id,file,outlet\n17,a.txt,o\n");

        Assert.Equal("17", new ManifestCorpusReader(manifest).ReadAll().Single().Doc().Id);
    }

    [Fact]
    public void PathsAreRelativeToTheManifestFolderNotTheWorkingDirectory()
    {
        _dir.Write("sub/a.txt", "text");
        var manifest = _dir.Write("sub/m.csv", "file,outlet\na.txt,o\n");

        Assert.Equal("text", new ManifestCorpusReader(manifest).ReadAll().Single().Doc().Text);
    }

    [Fact]
    public void MissingFileIsRejectedAtItsManifestLine()
    {
        _dir.Write("a.txt", "one");
        _dir.Write("c.txt", "three");
        var manifest = _dir.Write("m.csv", "file,outlet,note\na.txt,o,\"multi\nline\"\nx.txt,o,n\nc.txt,o,n\n");

        var items = new ManifestCorpusReader(manifest).ReadAll();

        Assert.Equal(3, items.Count);
        Assert.Equal("one", items[0].Doc().Text);
        Assert.Equal(new Diagnostic(new DocumentSource(manifest, 4), "file not found: x.txt"), items[1].Err());
        Assert.Equal(("three", 5), (items[2].Doc().Text, items[2].Doc().Source.Line));
    }

    [Fact]
    public void BadFilesAndRowsAreRejectedWithTheirManifestLines()
    {
        _dir.Write("empty.txt", "  \n");
        _dir.WriteBytes("bad.txt", Bytes.Concat(Bytes.Utf8("ok\n"), [0xC0, 0x80]));
        _dir.Write("good.txt", "good");
        _dir.Write("invisible.txt", "\u200B\uFEFF\u2060\n"); // it was a document of 0 tokens
        var manifest = _dir.Write("m.csv", "file,outlet\nempty.txt,o\nbad.txt,o\n,o\ngood.txt,\ngood.txt\ninvisible.txt,o\ngood.txt,o\n");

        var items = new ManifestCorpusReader(manifest).ReadAll();

        Assert.Equal(
            [
                "m.csv:2: empty text in empty.txt",
                "m.csv:3: invalid UTF-8 in bad.txt (line 2)",
                "m.csv:4: empty field \"file\"",
                "m.csv:5: empty field \"outlet\"",
                "m.csv:6: expected 2 fields, found 1",
                "m.csv:7: empty text in invisible.txt",
            ],
            items.Where(i => i.IsRejected).Select(i => i.Error!.ToString().Replace(manifest, "m.csv")));
        Assert.Equal(("good", 8), (items[^1].Doc().Text, items[^1].Doc().Source.Line));
        Assert.Equal(7, items.Count);
    }

    [Fact]
    public void MissingFileColumnThrows()
    {
        var manifest = _dir.Write("m.csv", "path,outlet\na.txt,o\n");

        var ex = Assert.Throws<CorpusException>(() => new ManifestCorpusReader(manifest).ReadAll());

        Assert.Equal(new Diagnostic(new DocumentSource(manifest, 1), "missing column \"file\" (the file has \"path\", \"outlet\")"), ex.Error);
    }

    [Fact]
    public void MissingGroupColumnThrowsOnlyWhenRequired()
    {
        _dir.Write("a.txt", "text");
        var manifest = _dir.Write("m.csv", "file,date\na.txt,2024\n");

        var ex = Assert.Throws<CorpusException>(() => new ManifestCorpusReader(manifest).ReadAll());
        var doc = new ManifestCorpusReader(manifest, new CorpusReaderOptions { RequireGroupField = false }).ReadAll().Single().Doc();

        Assert.Equal("missing column \"outlet\" (the file has \"file\", \"date\")", ex.Error.Message);
        Assert.Equal("2024", doc.GetField("date"));
    }

    [Fact]
    public void TabDelimitedManifest()
    {
        _dir.Write("a b.txt", "text");
        var manifest = _dir.Write("m.tsv", "file\toutlet\na b.txt\tbbc\n");

        var doc = new ManifestCorpusReader(manifest, delimiter: '\t').ReadAll().Single().Doc();

        Assert.Equal(("a b.txt", "bbc"), (doc.Id, doc.GetField("outlet")));
    }

    [Fact]
    public void MissingManifestThrowsWhenReadIsCalled()
    {
        var path = _dir.File("absent.csv");

        var ex = Assert.Throws<CorpusException>(() => new ManifestCorpusReader(path).Read());

        Assert.Equal("no such file or directory", ex.Error.Message);
    }
}
