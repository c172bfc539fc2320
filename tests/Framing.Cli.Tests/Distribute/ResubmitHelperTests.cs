namespace Framing.Cli.Tests.Distribute;

public sealed class ResubmitHelperTests
{
    private const string Record = "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"x\"}\n";

    /// <summary>A submitted run of <paramref name="shards"/> shards (with a fake sbatch) whose listed shards have a state.</summary>
    private static string Run(TempFolder temp, int shards, string arrayBase, params int[] finished)
    {
        var corpus = temp.Write("c.jsonl", Record);
        var output = Path.Combine(temp.Path, "my run's out");
        var result = CliRunner.Run("distribute", "slurm", corpus, "--shards", shards.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", output, "--array-base", arrayBase, "--sbatch", Shell.FakeSbatch(temp.Path));
        Assert.True(result.ExitCode == 0, result.Error);
        foreach (var shard in finished)
        {
            File.WriteAllText(Path.Combine(output, "states", $"shard-{shard}.json"), "{\"state\":1}");
        }

        return output;
    }

    private static Shell.Result Helper(string output, string[] arguments, Dictionary<string, string>? environment = null) =>
        Shell.Bash([Path.Combine(output, "resubmit-failed.sh"), .. arguments], environment);

    [Theory]
    [InlineData("1", new[] { 1, 3 }, "2,4")]
    [InlineData("0", new[] { 1, 3 }, "1,3")]
    [InlineData("1", new[] { 2, 3, 4 }, "1")]
    [InlineData("0", new int[0], "0,1,2,3")]
    [InlineData("1", new[] { 1, 2, 3, 4 }, "")]
    public void ListNamesExactlyTheShardsWithoutAState(string arrayBase, int[] finished, string expected)
    {
        using var temp = new TempFolder();
        var output = Run(temp, 4, arrayBase, finished);
        File.WriteAllText(Path.Combine(output, "states", "shard-9.json"), "{}"); // not a shard of this run: ignored
        var list = Helper(output, ["--list"]);
        Assert.True(list.ExitCode == 0, list.Error);
        Assert.Equal(expected + "\n", list.Out);
    }

    [Fact]
    public void AnEmptyOrPartialStateCountsAsMissing()
    {
        using var temp = new TempFolder();
        var output = Run(temp, 3, "1", 1, 3);
        File.WriteAllText(Path.Combine(output, "states", "shard-1.json"), string.Empty);
        File.WriteAllText(Path.Combine(output, "states", "shard-2.json.partial"), "{\"half\":");
        Assert.Equal("1,2\n", Helper(output, ["--list"]).Out);
    }

    [Fact]
    public void ResubmitsOnlyTheMissingShardsThenANewMerge()
    {
        using var temp = new TempFolder();
        var output = Run(temp, 4, "1", 1, 3);
        var fakes = Path.Combine(temp.Path, "slurm");
        Shell.WriteScript(Path.Combine(fakes, "squeue"), """
            #!/bin/bash
            # Job 42 (the merge) is pending on the failed array; job 41 (the array) is finished.
            for arg in "$@"; do if [ "$arg" = 42 ]; then echo 42; fi; done
            exit 0

            """);
        Shell.WriteScript(Path.Combine(fakes, "scancel"), "#!/bin/bash\necho \"$*\" >> \"$(dirname \"$0\")/scancel.calls\"\n");
        var environment = new Dictionary<string, string>
        {
            ["SBATCH"] = Shell.FakeSbatch(fakes),
            ["SQUEUE"] = Path.Combine(fakes, "squeue"),
            ["SCANCEL"] = Path.Combine(fakes, "scancel"),
        };

        var dry = Helper(output, ["--dry-run"], environment);
        Assert.True(dry.ExitCode == 0, dry.Error);
        Assert.Contains("shards without a state: 2/4 4/4 (array tasks 2,4)", dry.Out, StringComparison.Ordinal);
        Assert.Contains("would run: " + Path.Combine(fakes, "scancel") + " 42", dry.Out, StringComparison.Ordinal);
        Assert.Contains("--parsable --array=2\\,4 ", dry.Error, StringComparison.Ordinal);
        Assert.Empty(Shell.SbatchCalls(fakes));
        Assert.False(File.Exists(Path.Combine(fakes, "scancel.calls")));

        var result = Helper(output, [], environment);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("42\n", File.ReadAllText(Path.Combine(fakes, "scancel.calls")));
        Assert.Equal(
            [
                "--parsable --array=2,4 " + Path.Combine(output, "score.sbatch"),
                "--parsable --dependency=afterok:41 " + Path.Combine(output, "merge.sbatch"),
            ],
            Shell.SbatchCalls(fakes));
        Assert.Equal("array_job=41\nmerge_job=42\n", File.ReadAllText(Path.Combine(output, "jobs.env")));
        Assert.Contains("shards: job 41; merge: job 42", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusesWhileShardsAreStillQueuedUnlessForced()
    {
        using var temp = new TempFolder();
        var output = Run(temp, 2, "1", 1);
        var fakes = Path.Combine(temp.Path, "slurm");
        var environment = new Dictionary<string, string>
        {
            ["SBATCH"] = Shell.FakeSbatch(fakes),
            ["SQUEUE"] = Shell.WriteScript(Path.Combine(fakes, "squeue"), "#!/bin/bash\necho 41_2\n"),
            ["SCANCEL"] = Shell.WriteScript(Path.Combine(fakes, "scancel"), "#!/bin/bash\n"),
        };
        var refused = Helper(output, [], environment);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("shards of job 41 are still queued or running", refused.Error, StringComparison.Ordinal);
        Assert.Empty(Shell.SbatchCalls(fakes));
        var forced = Helper(output, ["--force"], environment);
        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.Equal(2, Shell.SbatchCalls(fakes).Length);
    }

    [Fact]
    public void ASqueueThatCannotAnswerChangesNothing()
    {
        // squeue failing (the controller down, or slower than its time-out under load) says nothing about the jobs: the
        // helper took it for "not queued", then resubmitted shards that might still run and left the old merge pending.
        using var temp = new TempFolder();
        var output = Run(temp, 4, "1", 1, 3);
        var fakes = Path.Combine(temp.Path, "slurm");
        var environment = new Dictionary<string, string>
        {
            ["SBATCH"] = Shell.FakeSbatch(fakes),
            ["SQUEUE"] = Shell.WriteScript(Path.Combine(fakes, "squeue"), "#!/bin/bash\necho 'slurm_load_jobs error: Socket timed out on send/recv operation' >&2\nexit 1\n"),
            ["SCANCEL"] = Shell.WriteScript(Path.Combine(fakes, "scancel"), "#!/bin/bash\necho \"$*\" >> \"$(dirname \"$0\")/scancel.calls\"\n"),
        };
        // Without --force the array (job 41) is asked about first; with it, only the merge (job 42), before cancelling it.
        foreach (var (arguments, job) in new[] { (Array.Empty<string>(), 41), (["--dry-run"], 41), (["--force"], 42) })
        {
            var result = Helper(output, arguments, environment);
            Assert.Equal(1, result.ExitCode);
            Assert.Equal(
                $"resubmit-failed.sh: cannot tell whether job {job} is still queued or running: {Path.Combine(fakes, "squeue")} failed: slurm_load_jobs error: Socket timed out on send/recv operation (nothing was changed; try again when Slurm answers)\n",
                result.Error);
            Assert.Empty(Shell.SbatchCalls(fakes));
            Assert.False(File.Exists(Path.Combine(fakes, "scancel.calls")));
        }
    }

    [Fact]
    public void AJobIdSqueueNoLongerKnowsIsNotQueued()
    {
        // The controller forgets a job some minutes after it ended: squeue then fails with "Invalid job id specified".
        using var temp = new TempFolder();
        var output = Run(temp, 2, "1", 1);
        var fakes = Path.Combine(temp.Path, "slurm");
        var environment = new Dictionary<string, string>
        {
            ["SBATCH"] = Shell.FakeSbatch(fakes),
            ["SQUEUE"] = Shell.WriteScript(Path.Combine(fakes, "squeue"), "#!/bin/bash\necho 'slurm_load_jobs error: Invalid job id specified' >&2\nexit 1\n"),
            ["SCANCEL"] = Shell.WriteScript(Path.Combine(fakes, "scancel"), "#!/bin/bash\necho \"$*\" >> \"$(dirname \"$0\")/scancel.calls\"\n"),
        };
        var result = Helper(output, [], environment);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(2, Shell.SbatchCalls(fakes).Length);
        Assert.False(File.Exists(Path.Combine(fakes, "scancel.calls")));
    }

    [Fact]
    public void WithEveryStateItSubmitsOnlyTheMergeOrNothing()
    {
        using var temp = new TempFolder();
        var output = Run(temp, 2, "1", 1, 2);
        var fakes = Path.Combine(temp.Path, "slurm");
        var environment = new Dictionary<string, string>
        {
            ["SBATCH"] = Shell.FakeSbatch(fakes),
            ["SQUEUE"] = Shell.WriteScript(Path.Combine(fakes, "squeue"), "#!/bin/bash\n"),
            ["SCANCEL"] = Shell.WriteScript(Path.Combine(fakes, "scancel"), "#!/bin/bash\n"),
        };
        var merge = Helper(output, [], environment);
        Assert.True(merge.ExitCode == 0, merge.Error);
        Assert.Equal(["--parsable " + Path.Combine(output, "merge.sbatch")], Shell.SbatchCalls(fakes));
        File.WriteAllText(Path.Combine(output, "scores.csv"), "group\n");
        var nothing = Helper(output, [], environment);
        Assert.True(nothing.ExitCode == 0, nothing.Error);
        Assert.Contains("nothing to resubmit", nothing.Out, StringComparison.Ordinal);
        Assert.Single(Shell.SbatchCalls(fakes));
    }

    [Fact]
    public void HelpAndBadOptions()
    {
        using var temp = new TempFolder();
        var output = Run(temp, 2, "1");
        var help = Helper(output, ["--help"]);
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("Usage: resubmit-failed.sh [--list | --dry-run] [--force]", help.Out, StringComparison.Ordinal);
        var bad = Helper(output, ["--nope"]);
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("unknown option '--nope'", bad.Error, StringComparison.Ordinal);
    }
}
