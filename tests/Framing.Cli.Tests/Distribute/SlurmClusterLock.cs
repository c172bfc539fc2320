using System.Diagnostics;

namespace Framing.Cli.Tests.Distribute;

/// <summary>
/// The machine's one Slurm cluster, held by one test run at a time. start-slurm.sh and stop-slurm.sh act on the
/// machine's daemons (found by name, configured in /etc/slurm), not on a cluster of the run's own: without this lock, a
/// second run of the tests (a CI run, another clone) stopped the cluster when its Slurm tests ended, while this run's
/// jobs were still queued, and this run's test then failed ("no scores.csv after the merge job"). The lock is an
/// exclusive <c>flock</c> (a <see cref="FileStream"/> opened with <see cref="FileShare.None"/>) on a file of the
/// machine, not of the run's temporary folder; the system releases it when the process ends, however it ends.
/// </summary>
internal sealed class SlurmClusterLock : IDisposable
{
    private readonly FileStream _file;

    private SlurmClusterLock(FileStream file) => _file = file;

    /// <summary>The lock file of the machine's cluster (in /run/lock, else /tmp; never $TMPDIR, which runs may set differently).</summary>
    public static string MachinePath => Path.Combine(Directory.Exists("/run/lock") ? "/run/lock" : "/tmp", "framing-slurm-cluster.lock");

    /// <summary>How long the lock has been waited for.</summary>
    public TimeSpan Waited { get; private init; }

    /// <summary>
    /// Takes the lock of <paramref name="path"/>, waiting while another process (or another handle of this one) holds
    /// it, for at most <paramref name="patience"/>; null when it was still held then.
    /// </summary>
    public static SlurmClusterLock? Acquire(string path, TimeSpan patience)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                return new SlurmClusterLock(file) { Waited = clock.Elapsed };
            }
            catch (IOException) when (clock.Elapsed < patience)
            {
                Thread.Sleep(200);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    /// <summary>Releases the lock.</summary>
    public void Dispose() => _file.Dispose();
}
