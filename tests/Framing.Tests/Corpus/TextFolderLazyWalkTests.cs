using Framing.Corpus;

namespace Framing.Tests.Corpus;

/// <summary>
/// A folder corpus is walked as it is read: a folder is listed when the walk reaches it, so memory holds the folders
/// on the way down, not every path of the corpus; the order stays the ordinal order of the whole relative paths.
/// </summary>
public sealed class TextFolderLazyWalkTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Corpus => _dir.File("corpus");

    // A rejected entry is located at the corpus folder as given joined with its relative path; shown relative here.
    private string InCorpus(string file)
    {
        Assert.StartsWith(Corpus + "/", file, StringComparison.Ordinal);
        return file[(Corpus.Length + 1)..];
    }

    [Fact]
    public void AFolderIsListedOnlyWhenTheWalkReachesIt()
    {
        _dir.Write("corpus/a/1.txt", "army");
        _dir.Write("corpus/b/2.txt", "rebels");

        var read = new List<string>();
        foreach (var item in new TextFolderCorpusReader(Corpus).Read())
        {
            read.Add(item.Document!.Id);
            if (read.Count == 1)
            {
                // A walk that listed every path before the first document was read would not see this file.
                _dir.Write("corpus/b/3.txt", "regime");
            }
        }

        Assert.Equal(["a/1.txt", "b/2.txt", "b/3.txt"], read);
    }

    [Fact]
    public void AFolderThatIsGoneWhenTheWalkReachesItIsABadRecordNotSkippedSilently()
    {
        _dir.Write("corpus/a/1.txt", "army");
        _dir.Write("corpus/b/2.txt", "rebels");

        var read = new List<string>();
        foreach (var item in new TextFolderCorpusReader(Corpus).Read())
        {
            read.Add(item.IsRejected ? $"{InCorpus(item.Error!.Location.File)}: {item.Error.Message.Split(':')[0]}" : item.Document!.Id);
            if (read.Count == 1)
            {
                Directory.Delete(_dir.File("corpus/b"), recursive: true);
            }
        }

        Assert.Equal(["a/1.txt", "b: cannot read folder"], read);
    }

    [Fact]
    public void FilesComeInTheOrdinalOrderOfTheirWholeRelativePaths()
    {
        // Names that sort between a folder's name and its name with '/' ('-', ' ', '.' and '!' are below '/').
        string[] paths =
        [
            "a/x.txt", "a/b/y.txt", "a.txt", "a-b/z.txt", "a-b.txt", "a b.txt", "a!/w.txt", "a0.txt", "ab.txt",
            "b/c.txt", "b/c/d.txt", "b/c.d/e.txt", "b/c-d.txt", "B.txt",
        ];
        foreach (var path in paths)
        {
            _dir.Write("corpus/" + path, "army");
        }

        var ids = new TextFolderCorpusReader(Corpus).ReadAll().Select(i => i.Document!.Id).ToList();

        Assert.Equal(paths.Order(StringComparer.Ordinal), ids);
    }

    [LinuxFact]
    public void ALoopingLinkSortsByItsNameBeforeASiblingThatExtendsIt()
    {
        _dir.Write("corpus/d/1.txt", "army");
        _dir.Write("corpus/d.txt", "rebels");
        _dir.Write("corpus/e/2.txt", "regime");
        LinuxFiles.Link(_dir.File("corpus/e/f"), "..");
        _dir.Write("corpus/e/f.txt", "regime");

        var items = new TextFolderCorpusReader(Corpus).ReadAll();

        Assert.Equal(
            ["d.txt", "d/1.txt", "e/2.txt", "e/f", "e/f.txt"],
            items.Select(i => i.IsRejected ? InCorpus(i.Error!.Location.File) : i.Document!.Id));
    }
}
