using Framing.Corpus;

namespace Framing.Tests.Corpus;

public sealed class TextFolderCorpusReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private void WriteSampleTree()
    {
        _dir.Write("bbc/b.txt", "Strikes hit Gaza.");
        _dir.Write("bbc/2024/a.txt", "Ceasefire talks.");
        _dir.Write("aljazeera/1.txt", "قصف الاحتلال غزة");
        _dir.Write("Zeta/x.txt", "upper-case folder");
        _dir.Write("top.txt", "directly in the root");
        _dir.Write("aljazeera/notes.md", "not a text file");
        _dir.Write("aljazeera/UPPER.TXT", "upper-case extension");
    }

    [Fact]
    public void FilesAreReadInOrdinalOrderOfTheirRelativePaths()
    {
        WriteSampleTree();

        var ids = new TextFolderCorpusReader(_dir.Path).ReadAll().Select(i => i.Doc().Id).ToList();

        Assert.Equal(["Zeta/x.txt", "aljazeera/1.txt", "aljazeera/UPPER.TXT", "bbc/2024/a.txt", "bbc/b.txt", "top.txt"], ids);
    }

    [Fact]
    public void OrderComparesPathsWithSlashSeparators()
    {
        _dir.Write("a/b.txt", "1");
        _dir.Write("a.txt", "2");
        _dir.Write("a-b.txt", "3");
        _dir.Write("a0.txt", "4");

        var ids = new TextFolderCorpusReader(_dir.Path).ReadAll().Select(i => i.Doc().Id).ToList();

        // '-' (0x2D) < '.' (0x2E) < '/' (0x2F) < '0' (0x30), whatever the OS separator is.
        Assert.Equal(["a-b.txt", "a.txt", "a/b.txt", "a0.txt"], ids);
    }

    [Fact]
    public void GroupingByFolderUsesTheFirstSubFolderAndRootForTopLevelFiles()
    {
        WriteSampleTree();

        var docs = new TextFolderCorpusReader(_dir.Path).ReadAll().Select(i => i.Doc()).ToDictionary(d => d.Id);

        Assert.Equal("aljazeera", docs["aljazeera/1.txt"].GetField("outlet"));
        Assert.Equal("bbc", docs["bbc/2024/a.txt"].GetField("outlet"));
        Assert.Equal("Zeta", docs["Zeta/x.txt"].GetField("outlet"));
        Assert.Equal("(root)", docs["top.txt"].GetField("outlet"));
        Assert.Equal("قصف الاحتلال غزة", docs["aljazeera/1.txt"].Text);
        Assert.Equal(new DocumentSource(_dir.File("bbc/2024/a.txt"), 0), docs["bbc/2024/a.txt"].Source);
        Assert.Single(docs["bbc/b.txt"].Fields);
    }

    [Fact]
    public void GroupingByFileGivesEachFileItsOwnGroup()
    {
        WriteSampleTree();
        var options = new CorpusReaderOptions { FolderGrouping = FolderGrouping.File, GroupField = "source" };

        var docs = new TextFolderCorpusReader(_dir.Path, options).ReadAll().Select(i => i.Doc()).ToList();

        // ".TXT" is kept: x.txt and x.TXT in one folder were one group.
        Assert.Equal(["Zeta/x", "aljazeera/1", "aljazeera/UPPER.TXT", "bbc/2024/a", "bbc/b", "top"], docs.Select(d => d.GetField("source")));
        Assert.All(docs, d => Assert.Null(d.GetField("outlet")));
    }

    [Theory]
    [InlineData("a.txt", FolderGrouping.File, "a")]
    [InlineData("dir.v2/a", FolderGrouping.File, "dir.v2/a")]
    [InlineData("a/x.TXT", FolderGrouping.File, "a/x.TXT")]
    [InlineData("a/x.Txt", FolderGrouping.File, "a/x.Txt")]
    [InlineData("a/.txt", FolderGrouping.File, "a/.txt")]
    [InlineData("x/y/z.txt", FolderGrouping.Folder, "x")]
    [InlineData("z.txt", FolderGrouping.Folder, "(root)")]
    public void GroupOfPath(string relative, FolderGrouping grouping, string expected)
    {
        Assert.Equal(expected, TextFolderCorpusReader.GroupOf(relative, grouping));
    }

    [Fact]
    public void InvalidUtf8IsRejectedAtTheLineOfTheFirstInvalidByte()
    {
        _dir.WriteBytes("o/bad.txt", Bytes.Concat(Bytes.Utf8("سطر أول\nline two\nline "), [0xE2, 0x28, 0xA1], Bytes.Utf8("\n")));
        _dir.Write("o/good.txt", "fine");

        var items = new TextFolderCorpusReader(_dir.Path).ReadAll();

        Assert.Equal(new Diagnostic(new DocumentSource(_dir.File("o/bad.txt"), 3), "invalid UTF-8"), items[0].Err());
        Assert.Equal("fine", items[1].Doc().Text);
    }

    [Fact]
    public void InvalidUtf8AfterAByteOrderMarkCountsLinesFromTheStart()
    {
        _dir.WriteBytes("o/bad.txt", Bytes.Concat(Bytes.Bom, [0xFF], Bytes.Utf8("\n")));

        var error = new TextFolderCorpusReader(_dir.Path).ReadAll().Single().Err();

        Assert.Equal(_dir.File("o/bad.txt") + ":1: invalid UTF-8", error.ToString());
    }

    [Fact]
    public void EmptyAndWhitespaceFilesAreRejected()
    {
        _dir.Write("o/a.txt", "");
        _dir.Write("o/b.txt", " \r\n\t\n");
        _dir.WriteBytes("o/c.txt", Bytes.Bom);
        _dir.Write("o/d.txt", "\u200B\n\u2060\uFEFF\u180E "); // only invisible characters and white space: it was a document of 0 tokens

        var items = new TextFolderCorpusReader(_dir.Path).ReadAll();

        Assert.Equal(4, items.Count);
        Assert.All(items, i => Assert.Equal("empty text", i.Err().Message));
        Assert.Equal([_dir.File("o/a.txt"), _dir.File("o/b.txt"), _dir.File("o/c.txt"), _dir.File("o/d.txt")], items.Select(i => i.Err().Location.File));
    }

    [Fact]
    public void ByteOrderMarkIsRemovedAndTextIsKeptExactly()
    {
        _dir.WriteBytes("o/a.txt", Bytes.Concat(Bytes.Bom, Bytes.Utf8("  نص\r\nwith lines\n")));

        var doc = new TextFolderCorpusReader(_dir.Path).ReadAll().Single().Doc();

        Assert.Equal("  نص\r\nwith lines\n", doc.Text);
    }

    [Fact]
    public void EveryFileYieldsExactlyOneItem()
    {
        WriteSampleTree();
        _dir.Write("bbc/empty.txt", "   ");
        _dir.WriteBytes("bbc/bad.txt", [0x80]);

        var items = new TextFolderCorpusReader(_dir.Path).ReadAll();

        Assert.Equal(8, items.Count);
        Assert.Equal(2, items.Count(i => i.IsRejected));
    }

    [Fact]
    public void FilesAreReadLazilyOneAtATime()
    {
        _dir.Write("o/a.txt", "first");
        _dir.Write("o/b.txt", "second");
        using var enumerator = new TextFolderCorpusReader(_dir.Path).Read().GetEnumerator();

        Assert.True(enumerator.MoveNext());
        File.Delete(_dir.File("o/b.txt"));
        Assert.True(enumerator.MoveNext());

        Assert.Equal(_dir.File("o/b.txt"), enumerator.Current.Err().Location.File);
        Assert.StartsWith("cannot read file: ", enumerator.Current.Err().Message);
        Assert.False(enumerator.MoveNext());
    }

    [Fact]
    public void MissingFolderThrowsWhenReadIsCalled()
    {
        var path = _dir.File("absent");

        var ex = Assert.Throws<CorpusException>(() => new TextFolderCorpusReader(path).Read());

        Assert.Equal(new Diagnostic(new DocumentSource(path, 0), "no such file or directory"), ex.Error);
    }

    [Fact]
    public void AFileInsteadOfAFolderThrows()
    {
        var path = _dir.Write("file.txt", "x");

        var ex = Assert.Throws<CorpusException>(() => new TextFolderCorpusReader(path).Read());

        Assert.Equal("is a file, not a folder", ex.Error.Message);
    }
}
