namespace Framing.Cli.Tests.Distribute;

/// <summary>
/// The helpers of the Slurm integration tests that keep them exact on a loaded, shared machine, checked without Slurm:
/// the cluster's lock admits one holder at a time (in this process and across processes).
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
}
