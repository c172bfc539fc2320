using Framing.Tests.Corpus;

namespace Framing.Cli.Tests;

/// <summary>Corpora whose files are not plain files: symbolic links, named pipes, devices and folders.</summary>
public sealed class FileSystemInputTests
{
    [Theory]
    [InlineData("score", "{corpus}", "-l", "{dir}")]
    [InlineData("coverage", "{corpus}", "--stopwords", "{dir}")]
    [InlineData("check", "{corpus}", "--config", "{dir}")]
    [InlineData("check", "{corpus}", "--baseline", "{dir}")]
    [InlineData("merge", "{dir}")]
    [InlineData("scale", "wordscores", "{corpus}", "--reference", "{dir}")]
    [InlineData("lexicons", "import", "{dir}", "--from", "quanteda", "--id", "t", "--language", "en", "--map", "a=d/p")]
    [InlineData("lexicons", "import", "{dictionary}", "--id", "t", "--language", "en", "--mapping", "{dir}")]
    [InlineData("validate", "{corpus}", "--known", "{dir}", "--side-a", "A", "--side-b", "B")]
    public void AFolderWhereAFileBelongsIsSaidToBeAFolder(params string[] template)
    {
        // Before, most of these said "Access to the path '…' is denied" (and the lexicon ':1:1'), which points at
        // permissions rather than at the folder.
        using var temp = new TempFolder();
        var dir = Path.Combine(temp.Path, "folder");
        Directory.CreateDirectory(dir);
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{dir}"] = dir,
            ["{corpus}"] = temp.Write("c.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"the rebels\"}\n{\"id\":\"2\",\"outlet\":\"b\",\"text\":\"the regime\"}\n"),
            ["{dictionary}"] = temp.Write("d.yml", "a: [good]\n"),
        };

        var result = CliRunner.Run([.. template.Select(a => files.GetValueOrDefault(a, a)), "-q"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {dir}: is a directory, not a file", Assert.Single(result.ErrorLines));
    }

    /// <summary>
    /// '-' where a file belongs but standard input is not read (only a corpus or a state is) says so, instead of
    /// "-: no such file" (before: "no such file or directory" or "no such file").
    /// </summary>
    [Theory]
    [InlineData("coverage", "{corpus}", "--stopwords", "-")]
    [InlineData("check", "{corpus}", "--config", "-")]
    [InlineData("lexicons", "import", "-", "--from", "quanteda", "--id", "t", "--language", "en", "--map", "a=d/p")]
    [InlineData("lexicons", "import", "{dictionary}", "--id", "t", "--language", "en", "--mapping", "-")]
    [InlineData("validate", "{corpus}", "--known", "-", "--side-a", "A", "--side-b", "B")]
    [InlineData("report", "{corpus}", "--known", "-", "--side-a", "A", "--side-b", "B", "-o", "{out}")]
    public void StandardInputWhereOnlyAFileIsReadIsSaidSo(params string[] template)
    {
        using var temp = new TempFolder();
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{corpus}"] = temp.Write("c.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"the rebels\"}\n{\"id\":\"2\",\"outlet\":\"b\",\"text\":\"the regime\"}\n"),
            ["{dictionary}"] = temp.Write("d.yml", "a: [good]\n"),
            ["{out}"] = Path.Combine(temp.Path, "r.html"),
        };

        var result = CliRunner.Run([.. template.Select(a => files.GetValueOrDefault(a, a)), "-q"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("framing: error: -: standard input ('-') is not read here, only for a corpus or a state: give a file", Assert.Single(result.ErrorLines));
    }

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
            $"framing: error: {folder}/a/loop: symbolic link to a folder that encloses it (a loop), not followed (use --skip-invalid to skip bad records)",
            Assert.Single(result.ErrorLines));

        var skipped = CliRunner.Run("score", folder, "--format", "csv", "--skip-invalid");

        Assert.Equal(0, skipped.ExitCode);
        Assert.Equal(
            [
                $"framing: warning: skipped {folder}/a/loop: symbolic link to a folder that encloses it (a loop), not followed",
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
            $"framing: error: {folder}/a/x.txt: cannot read file: not a regular file (a named pipe) (use --skip-invalid to skip bad records)",
            Assert.Single(result.ErrorLines));

        var skipped = RunUnlessStuck(fifo, "score", folder, "--format", "csv", "--skip-invalid");

        Assert.Equal(0, skipped.ExitCode);
        Assert.Equal($"framing: scored 2 documents in 2 groups from {folder}; rejected 1", skipped.ErrorLines[^1]);
    }

    [LinuxFact]
    public void ACsvCorpusThatIsANamedPipeIsReadOnceAndWhole()
    {
        // Before, the header was read to tell a manifest from a corpus, which opened the pipe and closed it: the reader
        // then waited for a second writer for ever, or scored only what a second writer sent (the first rows dropped).
        using var temp = new TempFolder();
        var fifo = LinuxFiles.MakeFifo(Path.Combine(temp.Path, "c.csv"));
        const string Rows = "id,outlet,text\nd1,A,rebels\nd2,A,terrorists\nd3,B,rebels\nd4,B,the regime\n";
        var writer = Task.Run(() =>
        {
            using var pipe = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            pipe.Write(System.Text.Encoding.UTF8.GetBytes(Rows));
        });

        var result = RunUnlessStuck(fifo, "score", fifo, "--format", "csv", "--bootstrap", "0");

        Assert.True(writer.Wait(TimeSpan.FromSeconds(60)), "the writer was never read");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal($"framing: scored 4 documents in 2 groups from {fifo}; rejected 0", result.ErrorLines[^1]);
        Assert.Equal(CliRunner.RunWithInput(Rows, "score", "-", "--corpus-format", "csv", "--format", "csv", "--bootstrap", "0").Out, result.Out);
    }

    [LinuxFact]
    public void ANamedPipeGivenToCheckAsATextFileIsABadRecordNotAHang()
    {
        // Before, 'framing check x.txt' opened a named pipe called x.txt and waited for a writer for ever (and read a
        // link to /dev/zero without end), where a folder corpus rejects such a file without opening it.
        using var temp = new TempFolder();
        var good = temp.Write("good.txt", "The terrorists attacked.");
        var fifo = LinuxFiles.MakeFifo(Path.Combine(temp.Path, "x.txt"));

        var result = RunUnlessStuck(fifo, "check", good, fifo, "--editorial-pole", "armed-opposition/terrorism", "--skip-invalid", "--allow-empty", "--fail-on", "none");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"framing: warning: skipped {fifo}: cannot read file: not a regular file (a named pipe)", result.ErrorLines);
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
    [LinuxFact]
    public void ACorpusGivenAsANamedPipeIsReadToTheEnd()
    {
        // As bash's process substitution gives it: framing score <(zcat corpus.jsonl.gz). A pipe has no length.
        (string Name, string Format, string Content)[] cases =
        [
            ("corpus.jsonl", "auto", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"rebels\"}\n{\"id\":\"2\",\"outlet\":\"b\",\"text\":\"the regime\"}\n"),
            ("corpus-csv", "csv", "id,outlet,text\n1,a,rebels\n2,b,the regime\n"),
            ("corpus-tsv", "tsv", "id\toutlet\ttext\n1\ta\trebels\n2\tb\tthe regime\n"),
        ];
        using var temp = new TempFolder();
        foreach (var (name, format, content) in cases)
        {
            var fifo = LinuxFiles.MakeFifo(Path.Combine(temp.Path, name));
            var writer = Task.Run(() => File.WriteAllText(fifo, content));
            var result = RunUnlessStuck(fifo, "score", fifo, "--corpus-format", format, "--format", "csv", "--bootstrap", "0");
            writer.Wait(TimeSpan.FromSeconds(60));
            Assert.True(result.ExitCode == 0, format + ": " + result.Error);
            Assert.Equal($"framing: scored 2 documents in 2 groups from {fifo}; rejected 0", result.ErrorLines[^1]);
            Assert.Equal(["a", "b"], Csv.Parse(result.Out).Select(r => r["group"]).Distinct());
        }
    }

    [LinuxFact]
    public void CommandsThatReadTheCorpusTwiceRefuseANamedPipeWithoutOpeningIt()
    {
        // A second reading of a pipe finds nothing: learn used to end with an empty model, wordscores --per-document with
        // no rows, and report with 'no side-A documents'. The pipe is never opened, so no writer is needed.
        using var temp = new TempFolder();
        var fifo = LinuxFiles.MakeFifo(Path.Combine(temp.Path, "corpus.jsonl"));
        var known = temp.Write("known.csv", "outlet,leaning\na,A\nb,B\n");
        var references = temp.Write("refs.csv", "outlet,position\na,-1\nb,1\n");
        (string[] Args, string Message)[] cases =
        [
            (["learn", fifo, "--known", known, "--side-a", "A", "--side-b", "B"], "'framing learn' reads the corpus twice"),
            (["scale", "wordscores", fifo, "--reference", references, "--per-document"], "--per-document reads the corpus twice"),
            (["report", fifo, "--known", known, "--side-a", "A", "--side-b", "B", "-o", Path.Combine(temp.Path, "r.html")], "the corpus is read twice"),
            (["distribute", "slurm", fifo, "--shards", "2", "--out", Path.Combine(temp.Path, "o")], "needs a corpus file or folder that every node can read"),
        ];
        foreach (var (args, message) in cases)
        {
            var result = RunUnlessStuck(fifo, args);
            Assert.True(result.ExitCode == 2, args[0] + ": " + result.Error);
            var line = Assert.Single(result.ErrorLines);
            Assert.Contains(message, line, StringComparison.Ordinal);
            Assert.EndsWith("or a pipe", line, StringComparison.Ordinal);
        }
    }

    [LinuxFact]
    public void AParquetCorpusGivenAsANamedPipeIsOneErrorLine()
    {
        using var temp = new TempFolder();
        var fifo = LinuxFiles.MakeFifo(Path.Combine(temp.Path, "corpus.parquet"));
        var writer = Task.Run(() =>
        {
            try
            {
                File.WriteAllBytes(fifo, new byte[100]);
            }
            catch (IOException)
            {
                // The reader closed the pipe first.
            }
        });
        var result = RunUnlessStuck(fifo, "score", fifo, "--format", "csv");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {fifo}: cannot read Parquet from a pipe or device: its metadata is at the end of the file, so it must be a regular file", Assert.Single(result.ErrorLines));
        writer.Wait(TimeSpan.FromSeconds(60));
    }

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

    [Fact]
    public void AFolderWhoseNameIsBlankOrInvisibleIsNoGroup()
    {
        // A folder named " " or U+200B was a group (a row no table could show), and its state was refused by merge, by
        // the rule every record reader applies to a group field: the folder reader now applies it too.
        using var temp = new TempFolder();
        temp.Write("ok/a.txt", "The rebels shelled the town.");
        var blank = temp.Write(" /b.txt", "The regime shelled the town.");
        var invisible = temp.Write("\u200B/c.txt", "Terrorists shelled the town.");

        var result = CliRunner.Run("score", temp.Path, "--by", "folder", "-f", "csv", "-q");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("its folder's name, its group, is", Assert.Single(result.ErrorLines), StringComparison.Ordinal);

        var skipped = CliRunner.Run("score", temp.Path, "--by", "folder", "-f", "csv", "--skip-invalid");
        Assert.Equal(0, skipped.ExitCode);
        Assert.Equal(["ok"], Csv.Parse(skipped.Out).Select(r => r["group"]).Distinct().ToArray());
        Assert.Contains($"{blank}: its folder's name, its group, is blank (\" \"): a name nobody could read in a table (rename the folder)", skipped.Error, StringComparison.Ordinal);
        Assert.Contains("its folder's name, its group, holds only invisible characters (\"\\u200B\")", skipped.Error, StringComparison.Ordinal);
        Assert.Contains(Path.GetFileName(invisible), skipped.Error, StringComparison.Ordinal);

        // A .txt file given to check by name, grouped by its folder, is read as a folder corpus's file is.
        var checkedFile = CliRunner.Run("check", blank, "--by", "folder", "--editorial-pole", "armed-opposition", "-q");
        Assert.Equal(2, checkedFile.ExitCode);
        Assert.Equal($"framing: error: {blank}: its folder's name, its group, is blank (\" \"): a name nobody could read in a table (rename the folder) (use --skip-invalid to skip bad records)", Assert.Single(checkedFile.ErrorLines));
    }
}
