namespace Framing.Cli.Tests.Distribute;

/// <summary>
/// The helpers of the Slurm integration tests that keep them exact on a loaded, shared machine, checked without Slurm:
/// the cluster's lock admits one holder at a time (in this process and across processes), and a failing squeue is
/// never read as "the job is no longer queued".
/// </summary>
public sealed class SlurmClusterHelperTests
{
    [Fact]
    public void TheClusterLockAdmitsOneHolderAtATime()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "cluster.lock");
        using (var first = SlurmClusterLock.Acquire(path, TimeSpan.Zero))
        {
            Assert.NotNull(first);
            Assert.Null(SlurmClusterLock.Acquire(path, TimeSpan.FromMilliseconds(300)));

            // Another process (as another test run is) finds it held too: flock(1) cannot take it.
            var other = Shell.Run("flock", ["--nonblock", path, "true"]);
            Assert.True(other.ExitCode == 1, $"flock exit code {other.ExitCode}: {other.Error}");
        }

        using var again = SlurmClusterLock.Acquire(path, TimeSpan.Zero);
        Assert.NotNull(again);
    }

    [Fact]
    public async Task TheLockWaitsForItsHolderToLetGo()
    {
        // Slowness can only hide a failure here (the waiter not yet started), never make one.
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "cluster.lock");
        var first = SlurmClusterLock.Acquire(path, TimeSpan.Zero)!;
        var waiting = Task.Run(() => SlurmClusterLock.Acquire(path, TimeSpan.FromMinutes(2)));
        await Task.Delay(500);
        Assert.False(waiting.IsCompleted, "the lock was taken while its holder had it");
        first.Dispose();
        using var second = await waiting;
        Assert.NotNull(second);
        Assert.True(second.Waited > TimeSpan.Zero);
    }

    [Theory]
    [InlineData("exit 0", null)]
    [InlineData("echo 'PENDING Priority'", "PENDING Priority")]
    [InlineData("echo 'slurm_load_jobs error: Invalid job id specified' >&2; exit 1", null)]
    public void QueuedIsWhatSqueueAnswers(string body, string? expected)
    {
        using var temp = new TempFolder();
        var squeue = Shell.WriteScript(Path.Combine(temp.Path, "squeue"), "#!/bin/bash\n" + body + "\n");
        Assert.Equal(expected, SlurmCluster.Queued("41", TimeSpan.FromSeconds(30), squeue));
    }

    [Fact]
    public void ASqueueThatCannotReachTheControllerIsNoAnswer()
    {
        // As when another run stopped the cluster, or slurmctld is slower than its MessageTimeout under load: the job may
        // well be running, so this is not "no longer queued".
        using var temp = new TempFolder();
        var squeue = Shell.WriteScript(Path.Combine(temp.Path, "squeue"), "#!/bin/bash\necho 'slurm_load_jobs error: Unable to contact slurm controller (connect failure)' >&2\nexit 1\n");
        var failure = Assert.Throws<TimeoutException>(() => SlurmCluster.Queued("41", TimeSpan.FromSeconds(1), squeue));
        Assert.StartsWith("squeue -j 41 did not answer within ", failure.Message, StringComparison.Ordinal);
        Assert.EndsWith(" (exit code 1): slurm_load_jobs error: Unable to contact slurm controller (connect failure)", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SqueueIsAskedAgainUntilItAnswers()
    {
        // Fails twice (a controller restarting or too busy), then answers.
        using var temp = new TempFolder();
        var squeue = Shell.WriteScript(Path.Combine(temp.Path, "squeue"), """
            #!/bin/bash
            calls="$(dirname "$0")/calls"
            echo x >> "$calls"
            if [ "$(wc -l < "$calls")" -le 2 ]; then echo 'slurm_load_jobs error: Socket timed out on send/recv operation' >&2; exit 1; fi
            echo 'RUNNING None'

            """);
        Assert.Equal("RUNNING None", SlurmCluster.Queued("41", TimeSpan.FromSeconds(30), squeue));
        Assert.Equal(3, File.ReadAllLines(Path.Combine(temp.Path, "calls")).Length);
    }
}
