using System.Diagnostics;
using System.Globalization;
using Framing.Cli.Commands.Distribute;
using Framing.Cli.Tests.Prerequisites;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Framing.Cli.Tests.Distribute;

/// <summary>The Slurm integration tests run alone (they load the machine), with one cluster for all of them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SlurmCollection : ICollectionFixture<SlurmClusterFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "slurm cluster";
}

/// <summary>
/// Starts the one-node cluster before the Slurm tests and always stops it after them; does nothing when they are skipped
/// (see <see cref="FactRequiringAttribute"/>). The machine has one cluster: the fixture holds it (<see cref="SlurmClusterLock"/>)
/// from before the start to after the stop, so that another test run on the machine waits instead of stopping the
/// cluster under this run's jobs, or this run under its jobs.
/// </summary>
public sealed class SlurmClusterFixture : IDisposable
{
    /// <summary>How long to wait for another test run's Slurm tests to end: they hold the cluster about a minute (the two
    /// tests of this class; under load a few), and this bound only turns a run that never lets go into a failure.</summary>
    private static readonly TimeSpan LockPatience = TimeSpan.FromMinutes(20);

    private readonly bool _started;
    private readonly IMessageSink _messages;
    private readonly SlurmClusterLock? _lock;

    public SlurmClusterFixture(IMessageSink messages)
    {
        _messages = messages;
        if (Prerequisite.SkipReason(Prerequisite.Slurm) is not null)
        {
            return; // the tests are skipped, and SkipReasonDiscoverer printed why
        }

        Problem = SlurmCluster.Obstacle();
        if (Problem is not null)
        {
            return;
        }

        _lock = SlurmClusterLock.Acquire(SlurmClusterLock.MachinePath, LockPatience);
        if (_lock is null)
        {
            Problem = FormattableString.Invariant($"another test run has held the machine's Slurm cluster ({SlurmClusterLock.MachinePath}) for {LockPatience.TotalMinutes:0} minutes");
            return;
        }

        if (_lock.Waited > TimeSpan.FromSeconds(1))
        {
            Report(FormattableString.Invariant($"slurm integration: waited {_lock.Waited.TotalSeconds:0} s for another test run's Slurm tests to end ({SlurmClusterLock.MachinePath})"));
        }

        var clock = Stopwatch.StartNew();
        _started = true; // from here on, stop whatever part of the cluster came up
        try
        {
            var start = SlurmCluster.Start();
            StartTime = clock.Elapsed;
            if (start.ExitCode != 0)
            {
                Problem = FormattableString.Invariant($"start-slurm.sh failed (exit code {start.ExitCode}): {start.Out.Trim()} {start.Error.Trim()}");
            }
        }
        catch (TimeoutException e)
        {
            // A fixture whose constructor throws is never disposed: the cluster would stay half started.
            Problem = e.Message;
        }
    }

    /// <summary>Why the cluster is not there although the tests run (and so must fail).</summary>
    public string? Problem { get; }

    /// <summary>How long start-slurm.sh took.</summary>
    public TimeSpan StartTime { get; }

    /// <summary>Prints one line in the test run's console output (an xunit diagnostic message; see xunit.runner.json).</summary>
    public void Report(string line) => _messages.OnMessage(new DiagnosticMessage(line));

    public void Dispose()
    {
        if (_started)
        {
            SlurmCluster.Stop();
            if (!SlurmCluster.WaitUntilStopped(TimeSpan.FromMinutes(1)))
            {
                Report("slurm integration: a daemon of the cluster still runs a minute after stop-slurm.sh");
            }
        }

        _lock?.Dispose();
    }
}

[Collection(SlurmCollection.Name)]
public sealed class SlurmIntegrationTests(SlurmClusterFixture cluster, ITestOutputHelper log)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(10);

    [FactRequiring(Prerequisite.Slurm)]
    public void FourShardsThroughSlurmMergeToExactlyOneRunOverTheWholeCorpus()
    {
        EnsureCluster();

        using var temp = new TempFolder();
        var corpus = Path.Combine(temp.Path, "corpus folder", "invented articles.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(corpus)!);
        var records = SlurmCluster.WriteCorpus(corpus, 21L * 1024 * 1024, seed: 1);
        var size = new FileInfo(corpus).Length;
        Assert.True(size >= 20L * 1024 * 1024, "the corpus must be at least 20 MiB");
        var output = Path.Combine(temp.Path, "slurm run's \"out\" $HOME");

        var clock = Stopwatch.StartNew();
        // The default --framing-command: this CLI, run as 'dotnet .../Framing.Cli.dll'.
        var submitted = SlurmCluster.Framing("distribute", "slurm", corpus, "--shards", "4", "--out", output, "--job-name", "framing-test");
        Assert.True(submitted.ExitCode == 0, submitted.Error);
        Assert.Contains("shards: Slurm job ", submitted.Out, StringComparison.Ordinal);
        var (array, merge) = SlurmCluster.Jobs(output);
        var ended = SlurmCluster.WaitFor(() => SlurmCluster.Queued(merge) is not { } state || state.Contains("DependencyNeverSatisfied", StringComparison.Ordinal), Limit);
        var slurmTime = clock.Elapsed;
        Assert.True(ended, $"the merge job {merge} did not finish within {Limit}\n{SlurmCluster.Logs(output)}");
        var scores = Path.Combine(output, "scores.csv");
        Assert.True(File.Exists(scores), $"no scores.csv after the merge job {merge} ({SlurmCluster.Queued(merge) ?? "not queued"})\n{SlurmCluster.Logs(output)}");
        Assert.True(File.Exists(Path.Combine(output, "merged-state.json")));

        clock.Restart();
        var single = Path.Combine(temp.Path, "single.csv");
        var whole = SlurmCluster.Framing("score", corpus, "--format", "csv", "-o", single);
        var singleTime = clock.Elapsed;
        Assert.True(whole.ExitCode == 0, whole.Error);
        var expected = File.ReadAllBytes(single);
        var actual = File.ReadAllBytes(scores);
        Assert.True(expected.AsSpan().SequenceEqual(actual), $"the merged scores differ from one run's:\n--- one run\n{File.ReadAllText(single)}\n--- merged\n{File.ReadAllText(scores)}");

        var shardLogs = Directory.GetFiles(Path.Combine(output, "logs"), "score-*.log").Select(File.ReadAllText).ToList();
        Assert.Equal(4, shardLogs.Count);
        var scored = shardLogs.Sum(text => int.Parse(text.Split("scored ")[1].Split(' ')[0], CultureInfo.InvariantCulture));
        Assert.Equal(records, scored);
        Report(FormattableString.Invariant(
            $"slurm integration: {records} documents ({size / 1048576.0:0.0} MiB) in 4 shards (array job {array}, merge job {merge}) scored and merged in {slurmTime.TotalSeconds:0.0} s; one run {singleTime.TotalSeconds:0.0} s; start-slurm.sh {cluster.StartTime.TotalSeconds:0.0} s; scores.csv byte-identical ({actual.Length} bytes)"));
    }

    [FactRequiring(Prerequisite.Slurm)]
    public void AFailedShardStopsTheMergeAndOnlyItIsResubmitted()
    {
        EnsureCluster();

        using var temp = new TempFolder();
        var corpus = Path.Combine(temp.Path, "small corpus.jsonl");
        SlurmCluster.WriteCorpus(corpus, 64 * 1024, seed: 2);
        var good = File.ReadAllLines(corpus);
        var broken = good.ToArray();
        broken[10] = "{\"id\": \"broken\", \"outlet\": \"x\", \"text\": "; // record 11 of 4 shards: shard 3
        File.WriteAllLines(corpus, broken);
        var output = Path.Combine(temp.Path, "failing run");
        var command = ShellQuote.Quote(SlurmCluster.DotnetHost()) + " " + ShellQuote.Quote(SlurmCluster.CliAssembly);

        var clock = Stopwatch.StartNew();
        var submitted = SlurmCluster.Framing("distribute", "slurm", corpus, "--shards", "4", "--out", output, "--array-base", "0", "--bootstrap", "500", "--framing-command", command, "--job-name", "framing-test-fail");
        Assert.True(submitted.ExitCode == 0, submitted.Error);
        var (array, merge) = SlurmCluster.Jobs(output);
        Assert.True(SlurmCluster.WaitFor(() => SlurmCluster.Queued(array) is null, Limit), $"the array job {array} did not finish\n{SlurmCluster.Logs(output)}");

        // afterok: the merge never runs; Slurm keeps it pending with reason DependencyNeverSatisfied.
        Assert.True(
            SlurmCluster.WaitFor(() => SlurmCluster.Queued(merge)?.Contains("DependencyNeverSatisfied", StringComparison.Ordinal) == true, TimeSpan.FromMinutes(2)),
            $"the merge job {merge} is '{SlurmCluster.Queued(merge) ?? "not queued"}', not pending on a dependency never satisfied\n{SlurmCluster.Logs(output)}");
        Assert.False(File.Exists(Path.Combine(output, "scores.csv")));
        Assert.Contains("malformed JSON", File.ReadAllText(Directory.GetFiles(Path.Combine(output, "logs"), "score-*_2.log").Single()), StringComparison.Ordinal);

        // The helper names exactly the failed shard (shard 3 is array task 2 with --array-base 0).
        var helper = Path.Combine(output, "resubmit-failed.sh");
        var list = Shell.Bash([helper, "--list"]);
        Assert.Equal("2\n", list.Out);

        // Fix the data, then resubmit only that shard and the merge.
        File.WriteAllLines(corpus, good);
        var resubmitted = Shell.Bash([helper]);
        Assert.True(resubmitted.ExitCode == 0, resubmitted.Out + resubmitted.Error);
        Assert.Contains("shards without a state: 3/4 (array tasks 2)", resubmitted.Out, StringComparison.Ordinal);
        Assert.Contains($"cancelling the merge, job {merge}", resubmitted.Out, StringComparison.Ordinal);
        var (array2, merge2) = SlurmCluster.Jobs(output);
        Assert.NotEqual(array, array2);
        Assert.True(SlurmCluster.WaitFor(() => SlurmCluster.Queued(merge2) is null, Limit), $"the new merge job {merge2} did not finish\n{SlurmCluster.Logs(output)}");
        Assert.Null(SlurmCluster.Queued(merge));
        var elapsed = clock.Elapsed;

        var single = Path.Combine(temp.Path, "single.csv");
        Assert.Equal(0, SlurmCluster.Framing("score", corpus, "--format", "csv", "--bootstrap", "500", "-o", single).ExitCode);
        var scores = Path.Combine(output, "scores.csv");
        Assert.True(File.Exists(scores), SlurmCluster.Logs(output));
        Assert.Equal(File.ReadAllText(single), File.ReadAllText(scores));
        Assert.Equal("\n", Shell.Bash([helper, "--list"]).Out);
        Report(FormattableString.Invariant(
            $"slurm integration: shard 3/4 failed (array job {array}), merge job {merge} stayed pending (DependencyNeverSatisfied); resubmit-failed.sh listed task 2, resubmitted it (job {array2}) and a new merge (job {merge2}); scores equal one run's; {elapsed.TotalSeconds:0.0} s"));
    }

    /// <summary>Fails the test when the cluster could not be started (the test runs only when Slurm is there or required).</summary>
    private void EnsureCluster() =>
        Assert.True(
            cluster.Problem is null,
            $"the Slurm integration test cannot run: {cluster.Problem}. Fix that (as root: apt-get install -y slurm-wlm munge; ../shared/tools/start-slurm.sh), or leave {Prerequisite.RequireVariable(Prerequisite.Slurm)} unset so that it is skipped where Slurm is missing.");

    private void Report(string line)
    {
        log.WriteLine(line);
        cluster.Report(line);
    }
}
