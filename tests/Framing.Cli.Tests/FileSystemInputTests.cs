using Framing.Tests.Corpus;

namespace Framing.Cli.Tests;

/// <summary>Corpora whose files are not plain files: symbolic links, named pipes, devices and folders.</summary>
public sealed class FileSystemInputTests
{
    [LinuxFact]
    public void ASymbolicLinkLoopInAFolderCorpusIsOneBadRecordNamingTheLinkNotDuplicatedDocuments()
    {
        using var temp = new TempFolder();
        temp.Write("f/a/1.txt", "army");
        temp.Write("f/b/2.txt", "rebels");
        LinuxFiles.Link(Path.Combine(temp.Path, "f/a/loop"), "..");
        var folder = Path.Combine(temp.Path, "f");

        var result = CliRunner.Run("score", folder, "--format", "csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "framing: error: a/loop: symbolic link to a folder that encloses it (a loop), not followed (use --skip-invalid to skip bad records)",
            Assert.Single(result.ErrorLines));

        var skipped = CliRunner.Run("score", folder, "--format", "csv", "--skip-invalid");

        Assert.Equal(0, skipped.ExitCode);
        Assert.Equal(
            [
                "framing: warning: skipped a/loop: symbolic link to a folder that encloses it (a loop), not followed",
                $"framing: scored 2 documents in 2 groups from {folder}; rejected 1",
            ],
            skipped.ErrorLines);
    }

    [LinuxFact]
    public void ANamedPipeInAFolderCorpusIsABadRecordNotAHang()
    {
        using var temp = new TempFolder();
        temp.Write("f/a/1.txt", "army");
        temp.Write("f/b/2.txt", "rebels");
        var fifo = LinuxFiles.MakeFifo(Path.Combine(temp.Path, "f/a/x.txt"));
        var folder = Path.Combine(temp.Path, "f");

        var result = RunUnlessStuck(fifo, "score", folder, "--format", "csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            "framing: error: a/x.txt: cannot read file: not a regular file (a named pipe) (use --skip-invalid to skip bad records)",
            Assert.Single(result.ErrorLines));

        var skipped = RunUnlessStuck(fifo, "score", folder, "--format", "csv", "--skip-invalid");

        Assert.Equal(0, skipped.ExitCode);
        Assert.Equal($"framing: scored 2 documents in 2 groups from {folder}; rejected 1", skipped.ErrorLines[^1]);
    }

    [LinuxFact]
    public void AManifestRowNamingADeviceOrADirectorySaysWhatItNames()
    {
        using var temp = new TempFolder();
        temp.Write("docs/1.txt", "army");
        var manifest = temp.Write("m.csv", "file,outlet\n/dev/null,a\ndocs,a\ndocs/1.txt,b\n");

        var result = CliRunner.Run("score", manifest, "--format", "csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"framing: error: {manifest}:2: cannot read file /dev/null: not a regular file (a character device) (use --skip-invalid to skip bad records)",
            Assert.Single(result.ErrorLines));

        var skipped = CliRunner.Run("score", manifest, "--format", "csv", "--skip-invalid");

        Assert.Equal(0, skipped.ExitCode);
        Assert.Equal(
            [
                $"framing: warning: skipped {manifest}:2: cannot read file /dev/null: not a regular file (a character device)",
                $"framing: warning: skipped {manifest}:3: cannot read file docs: is a directory",
                $"framing: scored 1 document in 1 group from {manifest}; rejected 2",
            ],
            skipped.ErrorLines);
    }

    // Runs the CLI, failing (instead of hanging) if it waits on the named pipe, which is then given a writer that
    // closes at once so that the stuck run ends.
    private static CliRunner.Result RunUnlessStuck(string fifo, params string[] args)
    {
        var patience = TimeSpan.FromSeconds(60);
        var run = Task.Run(() => CliRunner.Run(args));
        if (!run.Wait(patience))
        {
            using (new FileStream(fifo, FileMode.Open, FileAccess.Write))
            {
            }

            Assert.Fail($"framing waited on the named pipe {fifo} for {patience.TotalSeconds} s");
        }

        return run.Result;
    }
}
