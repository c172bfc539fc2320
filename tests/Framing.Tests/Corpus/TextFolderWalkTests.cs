using System.Runtime.Versioning;
using Framing.Corpus;

namespace Framing.Tests.Corpus;

public sealed class TextFolderWalkTests : IDisposable
{
    private const string Loop = "symbolic link to a folder that encloses it (a loop), not followed";

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Corpus => _dir.File("corpus");

    // A rejected entry is located at the corpus folder as given joined with its relative path; shown relative here.
    private List<string> Describe(List<CorpusItem> items) =>
        [.. items.Select(i => i.IsRejected ? $"{InCorpus(i.Error!.Location.File)}: {i.Error.Message}" : $"{i.Document!.Id} [{i.Document.GetField("outlet")}]")];

    private string InCorpus(string file)
    {
        Assert.StartsWith(Corpus + "/", file, StringComparison.Ordinal);
        return file[(Corpus.Length + 1)..];
    }

    [LinuxFact]
    public void ALinkToTheFolderAboveIsOneRejectedEntryAndEveryFileIsReadOnceInItsOwnOutlet()
    {
        _dir.Write("corpus/a/1.txt", "army");
        _dir.Write("corpus/b/2.txt", "rebels");
        LinuxFiles.Link(_dir.File("corpus/a/loop"), "..");

        var items = new TextFolderCorpusReader(Corpus).ReadAll();

        Assert.Equal(["a/1.txt [a]", $"a/loop: {Loop}", "b/2.txt [b]"], Describe(items));
    }

    [LinuxFact]
    public void BesideALoopLinksToFilesAndToFoldersOutsideTheCorpusAreStillFollowedUnderTheLinksPath()
    {
        _dir.Write("corpus/a/1.txt", "army");
        _dir.Write("shared/x/3.txt", "rebels");
        _dir.Write("shared/y/4.txt", "regime");
        LinuxFiles.Link(_dir.File("corpus/a/linked"), "../../shared/x");
        LinuxFiles.Link(_dir.File("corpus/a/file.txt"), "../../shared/x/3.txt");
        LinuxFiles.Link(_dir.File("corpus/c"), _dir.File("shared") + "/x/../y");
        LinuxFiles.Link(_dir.File("shared/x/up"), "../../corpus");
        LinuxFiles.Link(_dir.File("corpus/dangling.txt"), "nowhere.txt");

        var items = new TextFolderCorpusReader(Corpus).ReadAll();

        // shared/x/up leads to the corpus, which encloses the folders being walked through a/linked.
        Assert.Equal(
            [
                "a/1.txt [a]", "a/file.txt [a]", "a/linked/3.txt [a]", $"a/linked/up: {Loop}", "c/4.txt [c]",
                "dangling.txt: cannot read file: no such file or directory",
            ],
            Describe(items));
        Assert.Equal("rebels", items[2].Doc().Text);
    }

    [LinuxFact]
    public void ALinkToTheFolderItselfIsNotFollowed()
    {
        _dir.Write("corpus/a/1.txt", "army");
        LinuxFiles.Link(_dir.File("corpus/a/self"), ".");

        var items = new TextFolderCorpusReader(Corpus).ReadAll();

        Assert.Equal(["a/1.txt [a]", $"a/self: {Loop}"], Describe(items));
    }

    [LinuxFact]
    public void ALinkToAFolderAboveTheRootIsNotFollowed()
    {
        _dir.Write("corpus/a/1.txt", "army");
        LinuxFiles.Link(_dir.File("corpus/a/top"), _dir.Path);

        var items = new TextFolderCorpusReader(Corpus).ReadAll();

        Assert.Equal(["a/1.txt [a]", $"a/top: {Loop}"], Describe(items));
    }

    [LinuxFact]
    public void TwoLinksThatLeadToEachOthersFoldersStopWhereTheyComeBack()
    {
        _dir.Write("corpus/a/1.txt", "army");
        _dir.Write("corpus/b/2.txt", "rebels");
        LinuxFiles.Link(_dir.File("corpus/a/to-b"), "../b");
        LinuxFiles.Link(_dir.File("corpus/b/to-a"), "../a");

        var items = new TextFolderCorpusReader(Corpus).ReadAll();

        // a/to-b is followed (b does not enclose a), but inside it to-a leads back to a, which is being walked.
        Assert.Equal(
            ["a/1.txt [a]", "a/to-b/2.txt [a]", $"a/to-b/to-a: {Loop}", "b/2.txt [b]", "b/to-a/1.txt [b]", $"b/to-a/to-b: {Loop}"],
            Describe(items));
    }

    [LinuxFact]
    public void ALoopThroughALinkedRootIsFoundToo()
    {
        _dir.Write("real/a/1.txt", "army");
        LinuxFiles.Link(_dir.File("corpus"), "real");
        LinuxFiles.Link(_dir.File("real/a/back"), _dir.File("corpus"));

        var items = new TextFolderCorpusReader(Corpus).ReadAll();

        Assert.Equal(["a/1.txt [a]", $"a/back: {Loop}"], Describe(items));
    }

    [LinuxFact(NeedsPermissions = true)]
    [SupportedOSPlatform("linux")]
    public void ASubFolderThatCannotBeListedIsABadRecordNotSkippedSilently()
    {
        _dir.Write("corpus/a/1.txt", "army");
        _dir.Write("corpus/b/2.txt", "rebels");
        var locked = _dir.File("corpus/b");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var items = new TextFolderCorpusReader(Corpus).ReadAll();

            Assert.Equal(2, items.Count);
            Assert.Equal("a/1.txt [a]", Describe(items)[0]);
            Assert.Equal(Path.Join(Corpus, "b"), items[1].Err().Location.File);
            Assert.StartsWith("cannot read folder: ", items[1].Err().Message, StringComparison.Ordinal);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [LinuxFact]
    public void HiddenFilesAndFoldersAreSkipped()
    {
        // On Linux a name that starts with a dot is hidden.
        _dir.Write("corpus/a/1.txt", "army");
        _dir.Write("corpus/a/.draft.txt", "rebels");
        _dir.Write("corpus/.cache/b/2.txt", "militants");

        var items = new TextFolderCorpusReader(Corpus).ReadAll();

        Assert.Equal(["a/1.txt [a]"], Describe(items));
    }
}
