using System.Text.Json;

namespace Framing.Cli.Tests.Check;

/// <summary>Several inputs: a folder's documents are named as files given one by one, and a file given twice is checked once.</summary>
public sealed class SeveralInputsTests
{
    private static (TempFolder Temp, string A, string B) TwoOutletFolders()
    {
        var temp = new TempFolder();
        temp.Write(Path.Combine("multi", "outlet-a", "day1.txt"), "The terrorists attacked.\n");
        temp.Write(Path.Combine("multi", "outlet-b", "day1.txt"), "The rebels attacked.\n");
        return (temp, Path.Combine(temp.Path, "multi", "outlet-a"), Path.Combine(temp.Path, "multi", "outlet-b"));
    }

    [Fact]
    public void TwoOutletFoldersAreTwoGroupsAsTheirFilesGivenOneByOneAre()
    {
        // Before: both folders' files were in the group (root), with the same id day1.txt, so the range passed.
        var (temp, a, b) = TwoOutletFolders();
        using var _ = temp;
        var folders = CliRunner.Run("check", a, b, "--group-range", "armed-opposition=-0.5..0.5", "-q");
        var files = CliRunner.Run("check", Path.Combine(a, "day1.txt"), Path.Combine(b, "day1.txt"), "--by", "folder", "--group-range", "armed-opposition=-0.5..0.5", "-q");
        Assert.Equal(1, folders.ExitCode);
        Assert.Equal(files.ExitCode, folders.ExitCode);
        Assert.Equal(files.Out, folders.Out);
        Assert.Contains("group outlet-a scores 1 on armed-opposition", folders.Out, StringComparison.Ordinal);
        Assert.Contains("group outlet-b scores -1 on armed-opposition", folders.Out, StringComparison.Ordinal);

        var json = CliRunner.Run("check", a, b, "--max-document-score", "armed-opposition=-1", "--min-document-score", "armed-opposition=1", "-f", "json", "-q");
        var documents = CheckHelpers.Findings(json).Select(f => (f.Text("document"), f.Text("group"))).ToList();
        Assert.Equal(
            [(Path.Combine(a, "day1.txt").Replace('\\', '/'), "outlet-a"), (Path.Combine(b, "day1.txt").Replace('\\', '/'), "outlet-b")],
            documents);
    }

    [Fact]
    public void OneFolderKeepsItsRelativeIdsAndGroups()
    {
        var (temp, _, _) = TwoOutletFolders();
        using var __ = temp;
        temp.Write(Path.Combine("multi", "loose.txt"), "The terrorists attacked.\n");
        var json = CliRunner.Run("check", Path.Combine(temp.Path, "multi"), "--min-document-score", "armed-opposition=1", "-f", "json", "-q");
        var documents = CheckHelpers.Findings(json).Select(f => (f.Text("document"), f.Text("group"))).ToList();
        Assert.Equal([("outlet-b/day1.txt", "outlet-b")], documents);
        var all = CliRunner.Run("check", Path.Combine(temp.Path, "multi"), "--max-document-score", "armed-opposition=-1", "-f", "json", "-q");
        Assert.Contains(("loose.txt", "(root)"), CheckHelpers.Findings(all).Select(f => (f.Text("document"), f.Text("group"))));
    }

    [Fact]
    public void AFileGivenTwiceIsCheckedOnceWithAWarning()
    {
        var (temp, a, b) = TwoOutletFolders();
        using var _ = temp;
        var file = Path.Combine(a, "day1.txt");
        var twice = CliRunner.Run("check", file, file, "--max-document-score", "armed-opposition=0.1");
        Assert.Equal(1, twice.ExitCode);
        Assert.Single(twice.OutLines);
        Assert.Contains($"framing: warning: {file}: given twice (as a file, or in a folder or manifest given too); checked once", twice.ErrorLines);
        Assert.EndsWith("in 1 document (rejected 0; --fail-on warning)", twice.ErrorLines[^1], StringComparison.Ordinal);

        // A folder and a file in it, either way round: the file is checked once, and the input left without a new
        // document is not an empty corpus.
        foreach (var args in new[] { new[] { Path.Combine(temp.Path, "multi"), file }, new[] { file, Path.Combine(temp.Path, "multi") } })
        {
            var both = CliRunner.Run(["check", .. args, "--max-document-score", "armed-opposition=0.1", "-f", "json"]);
            Assert.Equal(1, both.ExitCode);
            using var report = JsonDocument.Parse(both.Out);
            Assert.Equal(2, report.RootElement.GetProperty("documents_checked").GetInt32());
            Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray());
            Assert.Single(both.ErrorLines, l => l.StartsWith("framing: warning: ", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ARecordCorpusGivenTwiceIsCheckedOnceWithAWarning()
    {
        // Before: a JSON Lines corpus given twice was read twice, its documents counted (and its group scores pooled) twice.
        using var temp = new TempFolder();
        var corpus = temp.Write("corpus.jsonl", "{\"id\":\"a\",\"outlet\":\"x\",\"text\":\"The terrorists attacked.\"}\n");
        var other = Path.Combine(temp.Path, ".", "corpus.jsonl");
        var twice = CliRunner.Run("check", corpus, other, "--max-document-score", "armed-opposition=0.1", "-f", "json");
        Assert.Equal(1, twice.ExitCode);
        using var report = JsonDocument.Parse(twice.Out);
        Assert.Equal(1, report.RootElement.GetProperty("documents_checked").GetInt32());
        Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Contains($"framing: warning: {other}: given twice; checked once", twice.ErrorLines);
    }

    [Fact]
    public void AFileReachedThroughALinkedFolderIsTheSameFile()
    {
        // Before: only a link at the file itself was followed, so dir/a.txt and linked/a.txt (linked -> dir) were two
        // files, checked and counted twice.
        if (OperatingSystem.IsWindows())
        {
            return; // creating links needs a privilege there
        }

        using var temp = new TempFolder();
        var text = temp.Write(Path.Combine("dir", "a.txt"), "The terrorists attacked.\n");
        var corpus = temp.Write(Path.Combine("dir", "c.jsonl"), "{\"id\":\"a\",\"outlet\":\"x\",\"text\":\"The terrorists attacked.\"}\n");
        var linked = Path.Combine(temp.Path, "linked");
        Directory.CreateSymbolicLink(linked, "dir"); // relative, as `ln -s dir linked` makes it
        foreach (var (first, second) in new[] { (text, Path.Combine(linked, "a.txt")), (corpus, Path.Combine(linked, "c.jsonl")) })
        {
            var twice = CliRunner.Run("check", first, second, "--max-document-score", "armed-opposition=0.1", "-f", "json");
            Assert.Equal(1, twice.ExitCode);
            using var report = JsonDocument.Parse(twice.Out);
            Assert.Equal(1, report.RootElement.GetProperty("documents_checked").GetInt32());
            Assert.Single(twice.ErrorLines, l => l.StartsWith($"framing: warning: {second}: given twice", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void StandardInputGivenTwiceIsReadOnce()
    {
        // Before: the second '-' found standard input at its end: the findings, then "no documents in -", exit 2.
        var stdin = "{\"id\":\"a\",\"outlet\":\"x\",\"text\":\"The terrorists attacked.\"}\n";
        var twice = CliRunner.RunWithInput(stdin, "check", "-", "-", "--max-document-score", "armed-opposition=0.1", "-f", "json");
        Assert.Equal(1, twice.ExitCode);
        using var report = JsonDocument.Parse(twice.Out);
        Assert.Equal(1, report.RootElement.GetProperty("documents_checked").GetInt32());
        Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Contains("framing: warning: - (standard input): given twice; read once", twice.ErrorLines);
    }

    [Fact]
    public void AFileNamedByAManifestAndGivenInAFolderIsCheckedOnce()
    {
        // Before: a manifest's rows were not compared with the files of other inputs: texts/one.txt was checked twice.
        using var temp = new TempFolder();
        temp.Write(Path.Combine("texts", "one.txt"), "The terrorists attacked.\n");
        var manifest = temp.Write("manifest.csv", "file,outlet\ntexts/one.txt,a\ntexts/one.txt,a\n");
        var folder = Path.Combine(temp.Path, "texts");
        var both = CliRunner.Run("check", folder, manifest, "--max-document-score", "armed-opposition=0.1", "-f", "json");
        Assert.Equal(1, both.ExitCode);
        using var report = JsonDocument.Parse(both.Out);
        Assert.Equal(1, report.RootElement.GetProperty("documents_checked").GetInt32());
        Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(2, both.ErrorLines.Count(l => l.Contains("one.txt: given twice (as a file, or in a folder or manifest given too); checked once", StringComparison.Ordinal)));
    }
}
