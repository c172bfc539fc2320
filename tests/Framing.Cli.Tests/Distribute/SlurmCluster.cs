using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Framing.Cli.Tests.Distribute;

/// <summary>
/// The one-node Slurm cluster of ../shared/tools (start-slurm.sh, stop-slurm.sh) for the integration tests, and the
/// helpers they need: how to run the built CLI, a generated corpus, and waiting for jobs.
/// </summary>
internal static class SlurmCluster
{
    /// <summary>Overrides the folder of start-slurm.sh and stop-slurm.sh (default: ../shared/tools beside the repository).</summary>
    public const string ToolsVariable = "FRAMING_SLURM_TOOLS";

    /// <summary>The folder of start-slurm.sh and stop-slurm.sh.</summary>
    public static string ToolsFolder =>
        Environment.GetEnvironmentVariable(ToolsVariable) is { Length: > 0 } tools
            ? Path.GetFullPath(tools)
            : Path.GetFullPath(Path.Combine(DistributeSlurmTests.RepositoryRoot(), "..", "shared", "tools"));

    /// <summary>Why Slurm cannot be started here, or null when it can be tried.</summary>
    public static string? Obstacle()
    {
        if (OperatingSystem.IsWindows())
        {
            return "Slurm needs Linux";
        }

        var uid = Shell.Run("id", ["-u"]);
        if (uid.Out.Trim() != "0")
        {
            return $"start-slurm.sh needs root (uid {uid.Out.Trim()})";
        }

        foreach (var program in new[] { "/usr/sbin/slurmctld", "/usr/sbin/slurmd", "/usr/sbin/munged" })
        {
            if (!File.Exists(program))
            {
                return $"{program} is missing: apt-get install -y slurm-wlm munge";
            }
        }

        var start = Path.Combine(ToolsFolder, "start-slurm.sh");
        return File.Exists(start) ? null : $"{start} is missing (set {ToolsVariable} to the folder of start-slurm.sh and stop-slurm.sh)";
    }

    /// <summary>Starts the cluster; the result's output says why it failed.</summary>
    public static Shell.Result Start() => Shell.Bash([Path.Combine(ToolsFolder, "start-slurm.sh")], timeout: TimeSpan.FromMinutes(2));

    /// <summary>Stops the daemons start-slurm.sh started.</summary>
    public static Shell.Result Stop() => Shell.Bash([Path.Combine(ToolsFolder, "stop-slurm.sh")], timeout: TimeSpan.FromMinutes(1));

    /// <summary>The daemons of the cluster, by the names start-slurm.sh looks for (pgrep -x).</summary>
    private static readonly string[] Daemons = ["munged", "slurmctld", "slurmd"];

    /// <summary>
    /// Waits until no daemon of the cluster runs any more, for at most <paramref name="limit"/>; false if one still runs
    /// then. stop-slurm.sh only signals them: slurmctld saves its state before it exits. A start-slurm.sh run in that
    /// time (the next test run's, which waited for this run's lock) finds the old daemons by name, starts none, and then
    /// waits on a controller that is going away (sinfo takes 9 s per try without one), past its two minutes.
    /// </summary>
    public static bool WaitUntilStopped(TimeSpan limit) =>
        WaitFor(() => Daemons.All(name => Process.GetProcessesByName(name) is { Length: 0 }), limit);

    /// <summary>The dotnet host that runs this test (to run the built Framing.Cli.dll with it).</summary>
    public static string DotnetHost()
    {
        var process = Environment.ProcessPath;
        if (process is not null && Path.GetFileNameWithoutExtension(process) == "dotnet")
        {
            return process;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }

    /// <summary>The built CLI next to the tests.</summary>
    public static string CliAssembly => Path.Combine(AppContext.BaseDirectory, "Framing.Cli.dll");

    /// <summary>Runs the built CLI as its own process.</summary>
    public static Shell.Result Framing(params string[] arguments) => Shell.Run(DotnetHost(), [CliAssembly, .. arguments], timeout: TimeSpan.FromMinutes(5));

    /// <summary>
    /// Writes a JSON Lines corpus of at least <paramref name="minimumBytes"/> bytes of invented text: the built-in
    /// sample corpus (invented articles) repeated with distinct ids and each copy's sentences shuffled.
    /// </summary>
    /// <returns>The number of records.</returns>
    public static int WriteCorpus(string path, long minimumBytes, int seed)
    {
        var sample = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "sample-corpus.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .ToList();
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var random = new Random(seed);
        var sentenceEnd = new Regex(@"(?<=[.!?؟])\s+", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        var records = 0;
        for (var copy = 0; writer.BaseStream.Position < minimumBytes; copy++)
        {
            foreach (var article in sample)
            {
                var record = article.DeepClone().AsObject();
                record["id"] = string.Create(CultureInfo.InvariantCulture, $"{article["id"]}-{copy}");
                var sentences = sentenceEnd.Split(article["text"]!.GetValue<string>());
                random.Shuffle(sentences);
                record["text"] = string.Join(' ', sentences);
                writer.WriteLine(record.ToJsonString(options));
                records++;
            }

            writer.Flush();
        }

        return records;
    }

    /// <summary>The job ids a submission recorded in DIR/jobs.env.</summary>
    public static (string Array, string Merge) Jobs(string output)
    {
        var lines = File.ReadAllLines(Path.Combine(output, "jobs.env"));
        string Value(string name) => lines.Single(l => l.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];
        return (Value("array_job"), Value("merge_job"));
    }

    /// <summary>
    /// The state and reason of a queued job ("PENDING DependencyNeverSatisfied"), or null when it is no longer queued:
    /// squeue lists nothing for it, or no longer knows its id (the controller forgets a job MinJobAge after it ended).
    /// Any other failure of squeue (the controller stopped, restarting, or slower than its MessageTimeout under load) says
    /// nothing about the job: squeue is asked again every half second, and if it never answers within
    /// <paramref name="patience"/> (default two minutes) the test fails with squeue's error. (It used to read such a
    /// failure as "not queued", and a test then went on as if the job had ended.)
    /// </summary>
    /// <exception cref="TimeoutException">squeue did not answer within the patience.</exception>
    public static string? Queued(string job, TimeSpan? patience = null, string squeue = "squeue")
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var result = Shell.Run(squeue, ["-h", "-j", job, "-o", "%T %r"]);
            if (result.ExitCode == 0)
            {
                var text = result.Out.Trim();
                return text.Length == 0 ? null : text;
            }

            if (result.Error.Contains("Invalid job id specified", StringComparison.Ordinal))
            {
                return null;
            }

            if (clock.Elapsed > (patience ?? TimeSpan.FromMinutes(2)))
            {
                throw new TimeoutException(FormattableString.Invariant(
                    $"squeue -j {job} did not answer within {clock.Elapsed.TotalSeconds:0} s (exit code {result.ExitCode}): {result.Error.Trim()}"));
            }

            Thread.Sleep(500);
        }
    }

    /// <summary>Waits until <paramref name="done"/> holds, polling every half second, for at most <paramref name="limit"/>.</summary>
    public static bool WaitFor(Func<bool> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        while (!done())
        {
            if (clock.Elapsed > limit)
            {
                return false;
            }

            Thread.Sleep(500);
        }

        return true;
    }

    /// <summary>Every log of a run, for failure messages.</summary>
    public static string Logs(string output)
    {
        var logs = Path.Combine(output, "logs");
        return Directory.Exists(logs)
            ? string.Join("\n", Directory.GetFiles(logs).Order(StringComparer.Ordinal).Select(f => "--- " + Path.GetFileName(f) + "\n" + File.ReadAllText(f)))
            : "(no logs)";
    }
}
