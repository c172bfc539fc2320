using Framing.Cli.Tests.Prerequisites;

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
}
