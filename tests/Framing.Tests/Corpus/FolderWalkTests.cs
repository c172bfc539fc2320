using Framing.Corpus;

namespace Framing.Tests.Corpus;

/// <summary>
/// <see cref="FolderWalk"/> itself, where what changes between listing a folder and walking it decides the outcome:
/// a sub-folder listed early (because a sibling's name sorts between its name and its name with <c>/</c>) is listed
/// once, and sorts by its name when it cannot be; a link that cannot be followed is an entry; the walk stops when
/// cancelled, however few files it has to give out.
/// </summary>
public sealed class FolderWalkTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Corpus => _dir.File("corpus");

    private static string Describe(FolderWalk.Entry entry) =>
        entry.Problem is null ? entry.Relative : $"{entry.Relative}: {entry.Problem.Split(':')[0]}";

    [Fact]
    public void SubFoldersListedEarlyThatCannotBeSortByTheirNamesBeforeTheSiblingsThatExtendThem()
    {
        // The root is listed by Find; its sub-folders when the walk starts, d and e early (d.txt sorts between d and d/).
        _dir.Write("corpus/d/1.txt", "army");
        _dir.Write("corpus/d.txt", "rebels");
        _dir.Write("corpus/e/2.txt", "regime");
        _dir.Write("corpus/e.txt", "militants");
        _dir.Write("corpus/f/3.txt", "forces");
        var walk = FolderWalk.Find(Corpus, CancellationToken.None);
        Directory.Delete(_dir.File("corpus/d"), recursive: true);
        Directory.Delete(_dir.File("corpus/e"), recursive: true);

        var entries = walk.Select(Describe).ToList();

        Assert.Equal(["d: cannot read folder", "d.txt", "e: cannot read folder", "e.txt", "f/3.txt"], entries);
    }

    [Fact]
    public void ASubFolderListedEarlyIsNotListedAgainWhenTheWalkReachesIt()
    {
        _dir.Write("corpus/d/1.txt", "army");
        _dir.Write("corpus/d.txt", "rebels");

        var entries = new List<string>();
        foreach (var entry in FolderWalk.Find(Corpus, CancellationToken.None))
        {
            entries.Add(Describe(entry));
            if (entries.Count == 1)
            {
                // d was listed before d.txt was given out: a file added now is not in that listing.
                _dir.Write("corpus/d/2.txt", "regime");
            }
        }

        Assert.Equal(["d.txt", "d/1.txt"], entries);
    }

    [LinuxFact]
    public void ALinkThatBecomesALoopOfLinksAfterTheListingIsAnEntryThatSaysItCannotBeFollowed()
    {
        // l → x → target when the root is listed (so l and x are folders); x → l when the walk starts: both lead nowhere.
        _dir.Write("corpus/target/1.txt", "army");
        LinuxFiles.Link(_dir.File("corpus/x"), "target");
        LinuxFiles.Link(_dir.File("corpus/l"), "x");
        _dir.Write("corpus/m.txt", "rebels");
        var walk = FolderWalk.Find(Corpus, CancellationToken.None);
        File.Delete(_dir.File("corpus/x"));
        LinuxFiles.Link(_dir.File("corpus/x"), "l");

        var entries = walk.ToList();

        Assert.Equal(["l: cannot follow the link", "m.txt", "target/1.txt", "x: cannot follow the link"], entries.Select(Describe));
        Assert.Equal("cannot follow the link: too many levels of symbolic links in " + _dir.File("corpus/l"), entries[0].Problem);
        Assert.Equal(_dir.File("corpus/l"), entries[0].FullPath);
    }

    [LinuxFact]
    public void ARootThatIsALoopOfLinksCannotBeRead()
    {
        LinuxFiles.Link(_dir.File("a"), "b");
        LinuxFiles.Link(_dir.File("b"), "a");

        var e = Assert.Throws<CorpusException>(() => FolderWalk.Find(_dir.File("a"), CancellationToken.None));

        Assert.Equal($"{_dir.File("a")}: cannot read folder: too many levels of symbolic links in {_dir.File("a")}", e.Error.ToString());
    }

    [Fact]
    public void AWalkThroughFilesThatAreNotTextStopsWhenCancelled()
    {
        // Nothing to give out: the walk stops while going through the folder's listing.
        _dir.Write("corpus/notes.md", "army");
        _dir.Write("corpus/data.csv", "rebels");
        using var stop = new CancellationTokenSource();
        var walk = FolderWalk.Find(Corpus, stop.Token);
        stop.Cancel();

        Assert.Throws<OperationCanceledException>(() => walk.ToList());
    }

    [Fact]
    public void AWalkStopsBetweenTheFilesOfAFolderWhenCancelled()
    {
        _dir.Write("corpus/1.txt", "army");
        _dir.Write("corpus/2.txt", "rebels");
        using var stop = new CancellationTokenSource();
        using var walk = FolderWalk.Find(Corpus, stop.Token).GetEnumerator();

        Assert.True(walk.MoveNext());
        Assert.Equal("1.txt", walk.Current.Relative);
        stop.Cancel();

        Assert.Throws<OperationCanceledException>(() => walk.MoveNext());
    }
}
