using Framing.Tests.Corpus;

namespace Framing.Cli.Tests;

/// <summary>
/// The output file (<c>-o</c>) is written whole or not at all: a failed command leaves an existing file as it was, a
/// successful one replaces it (keeping its permissions and any symbolic link to it), the corpus being read is never
/// the output, and a write that fails is an input error (exit 2), not an internal one.
/// </summary>
public sealed class OutputSafetyTests
{
    private const string Corpus = "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"the rebels\"}\n{\"id\":\"2\",\"outlet\":\"b\",\"text\":\"the regime\"}\n";

    [LinuxFact]
    public void AnOutputNamingTheCorpusIsRefusedAndTheCorpusKept()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus);
        var link = Path.Combine(temp.Path, "link.csv");
        File.CreateSymbolicLink(link, "c.jsonl"); // relative, as `ln -s c.jsonl link.csv` makes it

        foreach (var output in new[] { corpus, link })
        {
            var result = CliRunner.Run("score", corpus, "-f", "csv", "-o", output);

            Assert.Equal(2, result.ExitCode);
            Assert.Equal($"framing: error: {corpus}: the output (-o) is the corpus being read; write it to another file", Assert.Single(result.ErrorLines));
            Assert.Equal(Corpus, File.ReadAllText(corpus));
        }
    }

    [Theory]
    [InlineData("the calibrated lexicon (-o) is the corpus being read", "calibrate", "{corpus}", "{known-args}", "-o", "{corpus}")]
    [InlineData("the calibrated lexicon (-o) is the known leanings (--known)", "calibrate", "{corpus}", "{known-args}", "-o", "{known}")]
    [InlineData("the calibrated lexicon (-o) is the lexicon", "calibrate", "{corpus}", "{known-args}", "-l", "{lexicon}", "-o", "{lexicon}")]
    [InlineData("the report (--report) and the calibrated lexicon (-o) name the same file", "calibrate", "{corpus}", "{known-args}", "-o", "{new}", "--report", "{new}")]
    [InlineData("the output (-o) is the known leanings (--known)", "validate", "{corpus}", "{known-args}", "-o", "{known}")]
    [InlineData("the candidate entries (--suggest) is the corpus being read", "learn", "{corpus}", "{known-args}", "--suggest", "{corpus}")]
    [InlineData("the output (-o) and the candidate entries (--suggest) name the same file", "learn", "{corpus}", "{known-args}", "--suggest", "{new}", "-o", "{new}")]
    [InlineData("the word scores (--word-scores) is the corpus being read", "scale", "wordscores", "{corpus}", "--reference", "{refs}", "--word-scores", "{corpus}")]
    [InlineData("the output (-o) is the reference file (--reference)", "scale", "wordscores", "{corpus}", "--reference", "{refs}", "-o", "{refs}")]
    [InlineData("the output (-o) is the stopword list (--stopwords)", "coverage", "{corpus}", "--stopwords", "{stopwords}", "-o", "{stopwords}")]
    [InlineData("the baseline (--save-baseline) is a file being checked", "check", "{corpus}", "--save-baseline", "{corpus}")]
    [InlineData("the state (--save-state) is the corpus being read", "score", "{corpus}", "--save-state", "{corpus}")]
    [InlineData("the output (-o) is the lexicon", "score", "{corpus}", "-l", "{lexicon}", "-o", "{lexicon}")]
    [InlineData("the output (-o) is the dictionary being imported", "lexicons", "import", "{dictionary}", "--id", "t", "--language", "en", "--map", "pos=d/a", "--map", "neg=d/b", "-o", "{dictionary}")]
    [InlineData("the output (-o) is the mapping file (--mapping)", "lexicons", "import", "{dictionary}", "--id", "t", "--language", "en", "--mapping", "{mapping}", "-o", "{mapping}")]
    [InlineData("the merged state (--save-state) is a state being merged", "merge", "{state}", "--save-state", "{state}")]
    [InlineData("the output (-o) is a state being merged", "merge", "{state}", "-o", "{state}")]
    [InlineData("the output (-o) and the merged state (--save-state) name the same file", "merge", "{state}", "-o", "{new}", "--save-state", "{new}")]
    public void NoOutputReplacesAnInputOrAnotherOutput(string message, params string[] template)
    {
        using var temp = new TempFolder();
        var files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["{corpus}"] = temp.Write("c.jsonl", Corpus),
            ["{known}"] = temp.Write("known.csv", "outlet,leaning\na,A\nb,B\n"),
            ["{refs}"] = temp.Write("refs.csv", "outlet,position\na,-1\nb,1\n"),
            ["{lexicon}"] = temp.Write("lexicon.yaml", File.ReadAllText(Path.Combine(RepositoryRoot(), "lexicons", "starter.yaml"))),
            ["{dictionary}"] = temp.Write("dictionary.yml", "pos: [good]\nneg: [bad]\n"),
            ["{mapping}"] = temp.Write("mapping.yaml", "categories:\n  pos: d/a\n  neg: d/b\n"),
            ["{stopwords}"] = temp.Write("stopwords.txt", "# my list\nthe\n"),
            ["{new}"] = Path.Combine(temp.Path, "new.out"),
        };
        if (template.Contains("{state}"))
        {
            files["{state}"] = Path.Combine(temp.Path, "state.json");
            Assert.Equal(0, CliRunner.Run("score", files["{corpus}"], "--save-state", files["{state}"], "-q", "--bootstrap", "20").ExitCode);
        }

        var before = files.Where(p => File.Exists(p.Value)).ToDictionary(p => p.Value, p => File.ReadAllText(p.Value));
        var args = template.SelectMany(a => a == "{known-args}" ? new[] { "--known", files["{known}"], "--side-a", "A", "--side-b", "B" } : [files.GetValueOrDefault(a, a)]).ToArray();

        var result = CliRunner.Run(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        foreach (var (path, text) in before)
        {
            Assert.Equal(text, File.ReadAllText(path));
        }

        Assert.False(File.Exists(files["{new}"]));
        Assert.Equal(before.Count, Directory.GetFiles(temp.Path).Length);
    }

    [Fact]
    public void ACalibrationThatFailsAfterItsLexiconIsReadyWritesNothing()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus);
        var known = temp.Write("known.csv", "outlet,leaning\na,A\nb,B\n");
        var output = Path.Combine(temp.Path, "calibrated.yaml");

        var result = CliRunner.Run("calibrate", corpus, "--known", known, "--side-a", "A", "--side-b", "B", "-o", output, "--report", Path.Combine(temp.Path, "no-such-folder", "r.csv"));

        Assert.Equal(2, result.ExitCode);
        Assert.False(File.Exists(output));
        Assert.Equal(2, Directory.GetFiles(temp.Path).Length);
    }

    [Fact]
    public void AnImportThatFailsLeavesTheOutputAsItWas()
    {
        // Before, 'lexicons import -o' wrote with File.WriteAllText: not checked against its inputs, and not whole or
        // nothing. Now a failed import (here: a mapping for no category) leaves an existing lexicon untouched.
        using var temp = new TempFolder();
        var dictionary = temp.Write("d.yml", "pos: [good]\nneg: [bad]\n");
        var output = temp.Write("kept.yaml", "old lexicon\n");

        var failed = CliRunner.Run("lexicons", "import", dictionary, "--id", "t", "--language", "en", "--map", "nothing=d/a", "-o", output);
        Assert.Equal(2, failed.ExitCode);
        Assert.Equal("old lexicon\n", File.ReadAllText(output));
        Assert.Equal(2, Directory.GetFiles(temp.Path).Length);

        var done = CliRunner.Run("lexicons", "import", dictionary, "--id", "t", "--language", "en", "--map", "pos=d/a", "--map", "neg=d/b", "-o", output, "-q");
        Assert.Equal(0, done.ExitCode);
        Assert.Contains("pattern: \"good\"", File.ReadAllText(output), StringComparison.Ordinal);
    }

    [LinuxFact]
    public void AScoreThatFailsLeavesNoState()
    {
        // A state is put in place only when the command succeeds: here the scores cannot be written (/dev/full), so
        // no state is left for a merge or for resubmit-failed.sh to take as done. Before, the state was written first.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus);
        var state = Path.Combine(temp.Path, "state.json");

        var result = CliRunner.Run("score", corpus, "--save-state", state, "-q", "--bootstrap", "20", "-o", "/dev/full");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("framing: error: /dev/full: cannot write output: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.False(File.Exists(state));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Framing.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Framing.sln not found above " + AppContext.BaseDirectory);
    }

    [Theory]
    [InlineData("--by", "nope")]
    [InlineData("--lexicon", "no-such-lexicon")]
    [InlineData("--text-field", "outlet")]
    public void AFailedCommandLeavesTheOutputFileAsItWasAndNothingBehind(string option, string value)
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus);
        var output = temp.Write("scores.csv", "the previous scores\n");

        var result = CliRunner.Run("score", corpus, "-f", "csv", "-o", output, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("the previous scores\n", File.ReadAllText(output));
        Assert.Equal(["c.jsonl", "scores.csv"], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ABadRecordFoundAfterOutputBeganLeavesTheOutputFileAsItWas()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus + "not json\n");
        var output = temp.Write("rows.csv", "the previous rows\n");

        var result = CliRunner.Run("score", corpus, "--per-document", "-f", "csv", "-o", output, "--bootstrap", "0");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("the previous rows\n", File.ReadAllText(output));
        Assert.Equal(2, Directory.GetFiles(temp.Path).Length);
    }

    [LinuxFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void ASuccessfulCommandReplacesTheFileKeepingItsPermissionsAndTheLinkToIt()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus);
        var output = temp.Write("scores.csv", "the previous scores\n");
        var link = Path.Combine(temp.Path, "latest.csv");
        File.CreateSymbolicLink(link, "scores.csv");
        File.SetUnixFileMode(output, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);

        var result = CliRunner.Run("score", corpus, "-f", "csv", "-q", "-o", link);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("group,dimension,", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(output));

        Assert.Equal(3, Directory.GetFileSystemEntries(temp.Path).Length);
    }

    [LinuxFact]
    public void AnEmptyOutputFileIsReplacedAsAFullOneIs()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus);
        var output = temp.Write("scores.csv", string.Empty);
        var before = File.GetLastWriteTimeUtc(output);

        Assert.Equal(2, CliRunner.Run("score", corpus, "-f", "csv", "-o", output, "--by", "nope").ExitCode);
        Assert.Equal(string.Empty, File.ReadAllText(output)); // nothing written into it before the error
        Assert.Equal(before, File.GetLastWriteTimeUtc(output));
        Assert.Equal(2, Directory.GetFiles(temp.Path).Length);
    }

    [LinuxFact]
    public void ANamedPipeIsWrittenInPlace()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus);
        var pipe = Path.Combine(temp.Path, "pipe");
        LinuxFiles.MakeFifo(pipe);

        var reader = Task.Run(() => File.ReadAllText(pipe)); // waits for the writer, reads to its end

        var result = CliRunner.Run("score", corpus, "-f", "csv", "-q", "-o", pipe);

        Assert.Equal(0, result.ExitCode);
        Assert.True(reader.Wait(TimeSpan.FromSeconds(30)), "the pipe's reader never saw the end of the output");
        Assert.StartsWith("group,dimension,", reader.Result, StringComparison.Ordinal);
        Assert.Equal(2, Directory.GetFileSystemEntries(temp.Path).Length); // the pipe is still there, no other file
        Assert.False(File.GetAttributes(pipe).HasFlag(FileAttributes.Directory));
    }

    [LinuxFact]
    public void AFullDiskIsAnInputErrorNamingTheOutput()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus);

        var result = CliRunner.Run("score", corpus, "-f", "csv", "-q", "-o", "/dev/full");

        Assert.Equal(2, result.ExitCode);
        // The system's reason without the path that .NET appends to it (" : '/dev/full'"): the line names the file once.
        Assert.Equal("framing: error: /dev/full: cannot write output: No space left on device", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void AnOutputInAMissingFolderOrThatIsAFolderSaysSo()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus);
        var inMissing = Path.Combine(temp.Path, "missing", "out.csv");
        var state = Path.Combine(temp.Path, "missing", "state.json");

        Assert.Equal(
            $"framing: error: {inMissing}: cannot write output: no such folder {Path.Combine(temp.Path, "missing")}",
            Assert.Single(CliRunner.Run("score", corpus, "-q", "-o", inMissing).ErrorLines));
        Assert.Equal(
            $"framing: error: {temp.Path}: cannot write output: is a directory, not a file",
            Assert.Single(CliRunner.Run("score", corpus, "-q", "-o", temp.Path).ErrorLines));
        Assert.Equal(
            $"framing: error: {state}: cannot write the state: no such folder {Path.Combine(temp.Path, "missing")}",
            Assert.Single(CliRunner.Run("score", corpus, "-q", "--bootstrap", "20", "--save-state", state).ErrorLines));
    }

    [Fact]
    public void StandardOutputThatCannotBeWrittenIsAnInputError()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus);
        using var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(new FailingStream(), error, () => new MemoryStream(), new Dictionary<string, string?>(), errorIsTerminal: false);

        var exit = FramingApp.Run(["score", corpus, "-f", "csv", "-q"], context);

        Assert.Equal(2, exit);
        Assert.Equal("framing: error: standard output: cannot write output: No space left on device\n", error.ToString());
    }

    [Fact]
    public void ClosedStandardOutputIsNamedAsSuchNotAsAPermissionProblem()
    {
        // `framing score >&-`: a write to a closed descriptor (EBADF) reaches .NET's stream as an
        // UnauthorizedAccessException ("Access to the path is denied."), which would send users to the permissions.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus);
        using var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(new FailingStream(closed: true), error, () => new MemoryStream(), new Dictionary<string, string?>(), errorIsTerminal: false);

        var exit = FramingApp.Run(["score", corpus, "-f", "csv", "-q"], context);

        Assert.Equal(2, exit);
        Assert.Equal("framing: error: standard output: cannot write output: it is closed or not open for writing (redirect it to a file, or give -o FILE)\n", error.ToString());
    }

    [Fact]
    public void AStandardOutputWhoseReaderStoppedIsNamedAsSuch()
    {
        // `framing score … | head`: the write after head exited fails with EPIPE.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus);
        using var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(new FailingStream(brokenPipe: true), error, () => new MemoryStream(), new Dictionary<string, string?>(), errorIsTerminal: false);

        var exit = FramingApp.Run(["score", corpus, "-f", "csv", "-q"], context);

        Assert.Equal(2, exit);
        Assert.Equal("framing: error: standard output: cannot write output: the program reading it stopped before the output was complete (broken pipe)\n", error.ToString());
    }

    [Fact]
    public void StandardInputThatCannotBeReadIsAnInputError()
    {
        using var error = new StringWriter { NewLine = "\n" };
        var context = new CliContext(new MemoryStream(), error, () => new FailingStream(), new Dictionary<string, string?>(), errorIsTerminal: false);

        var exit = FramingApp.Run(["score", "-", "-q"], context);

        Assert.Equal(2, exit);
        Assert.Equal("framing: error: -: cannot read: Is a directory\n", error.ToString());
    }

    /// <summary>A stream whose reads fail as standard input that is a directory does, and whose writes fail as a full disk
    /// (or, <paramref name="closed"/>, as a closed descriptor does).</summary>
    private sealed class FailingStream(bool closed = false, bool brokenPipe = false) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new IOException("Is a directory");

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) =>
            throw (closed ? new UnauthorizedAccessException("Access to the path is denied.")
                : brokenPipe ? new IOException("Broken pipe", Output.StandardOutput.BrokenPipe) // as .NET reports EPIPE
                : (Exception)new IOException("No space left on device"));
    }
}
