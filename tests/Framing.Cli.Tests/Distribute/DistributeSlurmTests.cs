using Framing.Cli.Commands.Distribute;

namespace Framing.Cli.Tests.Distribute;

public sealed class DistributeSlurmTests
{
    private const string Record = "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"The regime shelled rebel positions.\"}\n";

    /// <summary>A corpus and an output folder whose paths need quoting: spaces, quotes, a dollar sign, a backtick.</summary>
    private static (string Corpus, string Out) NastyPaths(TempFolder temp)
    {
        var corpus = temp.Write(Path.Combine("my \"corpus\" it's $HOME `x`", "c 1.jsonl"), Record);
        return (corpus, Path.Combine(temp.Path, "run's out $PATH", "r 1"));
    }

    [Fact]
    public void DryRunPrintsTheArrayTheMergeAndTheHelperAndWritesNothing()
    {
        using var temp = new TempFolder();
        var (corpus, output) = NastyPaths(temp);
        var result = CliRunner.Run("distribute", "slurm", corpus, "--shards", "4", "--out", output, "--dry-run", "--partition", "short", "--time", "30:00", "--mem", "4G");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.False(Directory.Exists(output));
        var text = result.Out;
        Assert.Contains("==> " + Path.Combine(output, "score.sbatch") + " <==\n#!/bin/bash\n", text, StringComparison.Ordinal);
        Assert.Contains("==> " + Path.Combine(output, "merge.sbatch") + " <==\n#!/bin/bash\n", text, StringComparison.Ordinal);
        Assert.Contains("==> " + Path.Combine(output, "resubmit-failed.sh") + " <==\n#!/bin/bash\n", text, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --array=1-4\n", text, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --job-name=\"framing-score\"\n", text, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --job-name=\"framing-merge\"\n", text, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --partition=\"short\"\n#SBATCH --time=\"30:00\"\n#SBATCH --mem=\"4G\"\n", text, StringComparison.Ordinal);
        Assert.Contains("#SBATCH --output=\"" + Path.Combine(output, "logs") + "/score-%A_%a.log\"\n", text, StringComparison.Ordinal);
        Assert.Contains("base=1\n", text, StringComparison.Ordinal);
        Assert.Contains("shard=$((task - base + 1))\n", text, StringComparison.Ordinal);
        Assert.Contains("--shard \"$shard/$shards\" --save-state \"$state.partial\"", text, StringComparison.Ordinal);
        Assert.Contains("out=" + ShellQuote.Quote(output) + "\n", text, StringComparison.Ordinal);
        Assert.Contains(" score " + ShellQuote.Quote(corpus) + " --lexicon starter --shard", text, StringComparison.Ordinal);
        Assert.Contains("#   sbatch --parsable " + ShellQuote.Quote(Path.Combine(output, "score.sbatch")) + "\n", text, StringComparison.Ordinal);
        Assert.Contains("#   sbatch --parsable --dependency=afterok:<array job id> " + ShellQuote.Quote(Path.Combine(output, "merge.sbatch")) + "\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "1-4")]
    [InlineData("0", "0-3")]
    public void EachArrayTaskScoresItsShard(string arrayBase, string range)
    {
        using var temp = new TempFolder();
        var (corpus, output) = NastyPaths(temp);
        var fakes = Path.Combine(temp.Path, "fake's bin");
        var framing = Shell.FakeFraming(fakes);
        var sbatch = Shell.FakeSbatch(fakes);
        var result = CliRunner.Run(
            "distribute", "slurm", corpus, "--shards", "4", "--out", output, "--array-base", arrayBase,
            "--framing-command", ShellQuote.Quote(framing), "--sbatch", sbatch,
            "--lexicon", "syria-conflict", "--by", "source", "--text-field", "body", "--id-field", "key", "--language-field", "lang",
            "--language", "ar", "--corpus-format", "jsonl", "--skip-invalid", "--bootstrap", "300", "--seed", "7", "--parallel", "3",
            "--format", "json", "--voice", "editorial", "--confidence", "0.9", "--min-documents", "3");
        Assert.True(result.ExitCode == 0, result.Error);
        var script = File.ReadAllText(Path.Combine(output, "score.sbatch"));
        Assert.Contains("#SBATCH --array=" + range + "\n", script, StringComparison.Ordinal);

        // Run the array's tasks as Slurm would (in a shuffled order), with the fake framing.
        var first = int.Parse(arrayBase, System.Globalization.CultureInfo.InvariantCulture);
        foreach (var task in new[] { 2, 0, 3, 1 }.Select(t => t + first))
        {
            var run = Shell.Bash([Path.Combine(output, "score.sbatch")], new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = task.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            Assert.True(run.ExitCode == 0, run.Error);
        }

        var calls = Shell.FramingCalls(fakes);
        Assert.Equal(4, calls.Count);
        for (var shard = 1; shard <= 4; shard++)
        {
            var state = Path.Combine(output, "states", $"shard-{shard}.json");
            Assert.True(File.Exists(state), state);
            Assert.False(File.Exists(state + ".partial"));
            var call = calls.Single(c => c.Contains($"{shard}/4"));
            Assert.Equal(
                ["score", corpus, "--lexicon", "syria-conflict", "--by", "source", "--text-field", "body", "--id-field", "key",
                 "--language-field", "lang", "--language", "ar", "--corpus-format", "jsonl", "--bootstrap", "300", "--seed", "7",
                 "--skip-invalid", "--parallel", "3", "--shard", $"{shard}/4", "--save-state", state + ".partial"],
                call);
        }

        // A task id outside the array is refused.
        var outside = Shell.Bash([Path.Combine(output, "score.sbatch")], new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = (first + 4).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Equal(2, outside.ExitCode);
        Assert.Contains("is not one of the shards 1..4", outside.Error, StringComparison.Ordinal);

        // The merge gets every state, in order, and the merge options; it writes DIR/scores.json and DIR/merged-state.json.
        var merge = Shell.Bash([Path.Combine(output, "merge.sbatch")]);
        Assert.True(merge.ExitCode == 0, merge.Error);
        Assert.Equal(
            ["merge", .. Enumerable.Range(1, 4).Select(i => Path.Combine(output, "states", $"shard-{i}.json")),
             "--lexicon", "syria-conflict", "--voice", "editorial", "--confidence", "0.9", "--min-documents", "3", "--format", "json",
             "--save-state", Path.Combine(output, "merged-state.json.partial"), "--output", Path.Combine(output, "scores.json.partial")],
            Shell.FramingCalls(fakes)[^1]);
        Assert.True(File.Exists(Path.Combine(output, "scores.json")));
        Assert.True(File.Exists(Path.Combine(output, "merged-state.json")));
    }

    [Fact]
    public void AFailedShardLeavesNoState()
    {
        using var temp = new TempFolder();
        var (corpus, output) = NastyPaths(temp);
        var framing = Shell.FakeFraming(temp.Path);
        Assert.Equal(0, CliRunner.Run("distribute", "slurm", corpus, "--shards", "2", "--out", output, "--framing-command", ShellQuote.Quote(framing), "--sbatch", Shell.FakeSbatch(temp.Path)).ExitCode);
        var run = Shell.Bash([Path.Combine(output, "score.sbatch")], new Dictionary<string, string> { ["SLURM_ARRAY_TASK_ID"] = "2", ["FAKE_FRAMING_FAIL"] = "1" });
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(Directory.GetFiles(Path.Combine(output, "states")));
    }

    [Fact]
    public void SubmittingRunsTheArrayThenTheMergeAfterIt()
    {
        using var temp = new TempFolder();
        var (corpus, output) = NastyPaths(temp);
        var sbatch = Shell.FakeSbatch(temp.Path);
        var result = CliRunner.Run("distribute", "slurm", corpus, "--shards", "3", "--out", output, "--sbatch", sbatch, "--cpus-per-task", "2", "--sbatch-option", "--account=lab", "--sbatch-option", "--exclusive");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(
            [
                "--parsable " + Path.Combine(output, "score.sbatch"),
                "--parsable --dependency=afterok:41 " + Path.Combine(output, "merge.sbatch"),
            ],
            Shell.SbatchCalls(temp.Path));
        Assert.StartsWith("shards: Slurm job 41 (array tasks 1-3, one per shard of 3)\nmerge: Slurm job 42 (--dependency=afterok:41", result.Out, StringComparison.Ordinal);
        Assert.Contains("bash " + ShellQuote.Quote(Path.Combine(output, "resubmit-failed.sh")), result.Out, StringComparison.Ordinal);
        Assert.Equal("array_job=41\nmerge_job=42\n", File.ReadAllText(Path.Combine(output, "jobs.env")));
        var script = File.ReadAllText(Path.Combine(output, "score.sbatch"));
        Assert.Contains("#SBATCH --account=\"lab\"\n#SBATCH --exclusive\n#SBATCH --cpus-per-task=\"2\"\n", script, StringComparison.Ordinal);
        Assert.Contains(" --parallel 2 --shard", script, StringComparison.Ordinal);
        Assert.DoesNotContain("cpus-per-task", File.ReadAllText(Path.Combine(output, "merge.sbatch")), StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(output, "states")));
        Assert.True(Directory.Exists(Path.Combine(output, "logs")));

        // Submitting again into the same folder would mix two runs' states once shards have finished.
        File.WriteAllText(Path.Combine(output, "states", "shard-1.json"), "{}");
        var again = CliRunner.Run("distribute", "slurm", corpus, "--shards", "3", "--out", output, "--sbatch", sbatch);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("holds shard states of an earlier run", Assert.Single(again.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusedSubmissionIsOneLine()
    {
        using var temp = new TempFolder();
        var (corpus, output) = NastyPaths(temp);
        var refused = CliRunner.Run("distribute", "slurm", corpus, "--shards", "3", "--out", output, "--sbatch", Shell.FakeSbatch(temp.Path, failAfter: 0));
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("framing: error: '" + Path.Combine(temp.Path, "sbatch") + "' failed (exit code 1): sbatch: error: Batch job submission failed: Invalid partition name specified\n", refused.Error);
        Assert.Empty(refused.Out);

        var mergeRefused = CliRunner.Run("distribute", "slurm", corpus, "--shards", "3", "--out", output + "2", "--sbatch", Shell.FakeSbatch(Path.Combine(temp.Path, "b"), failAfter: 1));
        Assert.Equal(2, mergeRefused.ExitCode);
        var line = Assert.Single(mergeRefused.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("the shards were submitted as job 41, but the merge was not", line, StringComparison.Ordinal);
        Assert.Contains("--dependency=afterok:41 ", line, StringComparison.Ordinal);

        var missing = CliRunner.Run("distribute", "slurm", corpus, "--shards", "3", "--out", output + "3", "--sbatch", Path.Combine(temp.Path, "no-such-sbatch"));
        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("framing: error: cannot run '", Assert.Single(missing.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("5000", "1", "1-5000", "1000")]
    [InlineData("1001", "1", "1-1001", "1000")]
    [InlineData("1002", "0", "0-1001", "1001")]
    public void AnArrayBeyondSlurmsDefaultMaxArraySizeIsWarnedAbout(string shards, string arrayBase, string range, string most)
    {
        // --shards 5000 wrote --array=1-5000 without a word, which sbatch refuses under Slurm's default MaxArraySize
        // (1001: task ids up to 1000). A cluster may have raised it, so this is a warning, not an error.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Record);
        var result = CliRunner.Run("distribute", "slurm", corpus, "--shards", shards, "--array-base", arrayBase, "--out", Path.Combine(temp.Path, "o"), "--dry-run");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"#SBATCH --array={range}", result.Out, StringComparison.Ordinal);
        var warning = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"framing: warning: --shards {shards} makes array task ids {range}, but Slurm refuses an array task id from its MaxArraySize on, 1001 by default", warning, StringComparison.Ordinal);
        Assert.Contains($"give at most {most} shards, or ask the cluster's administrator to raise MaxArraySize", warning, StringComparison.Ordinal);

        var within = CliRunner.Run("distribute", "slurm", corpus, "--shards", "1001", "--array-base", "0", "--out", Path.Combine(temp.Path, "p"), "--dry-run");
        Assert.Equal(0, within.ExitCode);
        Assert.Empty(within.Error);
    }

    [Theory]
    [InlineData("0", "--shards")]
    [InlineData("-2", "--shards")]
    [InlineData("four", "--shards")]
    [InlineData("", "--shards")]
    public void BadShardsIsAUsageError(string shards, string expected)
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Record);
        var result = CliRunner.Run("distribute", "slurm", corpus, "--shards", shards, "--out", temp.Path, "--dry-run");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("framing: error: ", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    public static TheoryData<string[], string> Mistakes => new()
    {
        { ["distribute", "pbs", "c.jsonl"], "unknown scheduler 'pbs' for 'framing distribute' (expected slurm)" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--out", "{dir}/o"], "needs --shards N" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2"], "needs --out DIR" },
        { ["distribute", "slurm", "--shards", "2", "--out", "{dir}/o"], "needs <corpus>" },
        { ["distribute", "slurm", "{dir}/nope.jsonl", "--shards", "2", "--out", "{dir}/o"], "nope.jsonl: no such file" },
        { ["distribute", "slurm", "-", "--shards", "2", "--out", "{dir}/o"], "not standard input" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o", "--lexicon", "nope"], "nope: unknown lexicon: not a built-in lexicon" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o", "--bootstrap", "x"], "--bootstrap" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o", "--seed", "-1"], "--seed" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o", "--confidence", "2"], "--confidence" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o", "--array-base", "2"], "--array-base" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o", "--format", "xml"], "--format" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o", "--sbatch-option", "account=lab"], "--sbatch-option" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o", "--sbatch-option", "--array=1-3"], "is set by 'framing distribute slurm' itself" },
        // sbatch takes a beginning of an option's name, and the last directive wins: these overrode the command's own.
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o", "--sbatch-option", "--arr=1-9"], "--sbatch-option --arr is --array to sbatch (which takes the beginning of an option's name), and is set by 'framing distribute slurm' itself" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o", "--partition", "short", "--sbatch-option", "--part=long"], "--sbatch-option --part is --partition to sbatch (which takes the beginning of an option's name), and is set by --partition here: give it once" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o", "--cpus-per-task", "4", "--sbatch-option", "--cpus-per=1"], "--sbatch-option --cpus-per is --cpus-per-task to sbatch" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o", "--time", "1:00:00", "--sbatch-option", "--time=2:00:00"], "--sbatch-option --time is set by --time here: give it once" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o", "--framing-command", " "], "--framing-command" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o", "--time", "1\n2"], "--time needs a value on one line, not '1\\n2'" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o\nx"], "--out needs a value on one line, not '" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o", "--sbatch-option", "--x=1\n2"], "--sbatch-option" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o", "--cpus-per-task", "0"], "--cpus-per-task" },
        { ["distribute", "slurm", "{dir}/c.jsonl", "--shards", "2", "--out", "{dir}/o", "--per-document"], "unknown option '--per-document'" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public void MistakesAreOneLineAndExitCode2(string[] arguments, string expected)
    {
        using var temp = new TempFolder();
        temp.Write("c.jsonl", Record);
        var result = CliRunner.Run(arguments.Select(a => a.Replace("{dir}", temp.Path, StringComparison.Ordinal)).ToArray());
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("framing: error: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "o")));
    }

    [Fact]
    public void HelpShowsTheSchedulerAndExamples()
    {
        var overview = CliRunner.Run("distribute", "--help");
        Assert.Equal(0, overview.ExitCode);
        Assert.Contains("framing distribute slurm <corpus> --shards N --out DIR", overview.Out, StringComparison.Ordinal);
        var help = CliRunner.Run("distribute", "slurm", "--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--array-base N", help.Out, StringComparison.Ordinal);
        Assert.Contains("resubmit-failed.sh", help.Out, StringComparison.Ordinal);
        Assert.Contains("distribute slurm", CliRunner.Run("--help").Out, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("distribute").ExitCode);
    }

    [Fact]
    public void RelativePathsBecomeAbsolute()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Record);
        var lexicon = temp.Write("my lexicon.yaml", File.ReadAllText(Path.Combine(RepositoryRoot(), "lexicons", "starter.yaml")));
        var result = CliRunner.Run(
            "distribute", "slurm", Path.GetRelativePath(Environment.CurrentDirectory, corpus), "--shards", "2",
            "--out", Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(temp.Path, "o")),
            "--lexicon", Path.GetRelativePath(Environment.CurrentDirectory, lexicon), "--dry-run");
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains(" score " + ShellQuote.Quote(corpus) + " --lexicon " + ShellQuote.Quote(lexicon) + " --shard", result.Out, StringComparison.Ordinal);
        Assert.Contains(" merge \"${states[@]}\" --lexicon " + ShellQuote.Quote(lexicon) + " --format csv", result.Out, StringComparison.Ordinal);
        Assert.Contains("out=" + ShellQuote.Quote(Path.Combine(temp.Path, "o")) + "\n", result.Out, StringComparison.Ordinal);
    }

    /// <summary>The repository's root folder (the one with Framing.sln), found from the test's output folder.</summary>
    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Framing.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Framing.sln not found above " + AppContext.BaseDirectory);
    }
}
