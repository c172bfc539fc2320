using System.Diagnostics;
using System.Text;

namespace Framing.Cli.Tests.Distribute;

/// <summary>Runs programs and bash scripts for the tests of the Slurm scripts.</summary>
internal static class Shell
{
    public sealed record Result(int ExitCode, string Out, string Error);

    /// <summary>
    /// Runs a program with arguments (no shell in between), with extra environment variables (or only those, with
    /// <paramref name="inheritEnvironment"/> false) and <paramref name="input"/> as its standard input.
    /// </summary>
    public static Result Run(
        string program,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null,
        TimeSpan? timeout = null,
        string? input = null,
        bool inheritEnvironment = true)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (!inheritEnvironment)
        {
            start.Environment.Clear();
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        try
        {
            using var stdin = process.StandardInput.BaseStream;
            stdin.Write(Encoding.UTF8.GetBytes(input ?? string.Empty));
        }
        catch (IOException)
        {
            // The program ended without reading its input.
        }

        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish in time");
        }

        return new Result(process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    /// <summary>Runs bash with a script file or <c>-c</c> text.</summary>
    public static Result Bash(IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null) =>
        Run("bash", arguments, environment, timeout);

    /// <summary>
    /// Writes an executable script. On Unix a child process (<c>sh</c>) writes it, never a descriptor of this process:
    /// running a script that this process has just written through its own descriptor fails now and then with "Text
    /// file busy" (ETXTBSY). When another test's <see cref="Process.Start()"/> forks this process while the script is
    /// open for writing, the fork's child holds a copy of that descriptor until its exec (close-on-exec closes it only
    /// then), and the kernel refuses to exec a file that any process holds open for writing. A loaded machine widens that
    /// window. The descriptor of a <c>sh</c> child is never copied into another test's fork.
    /// </summary>
    public static string WriteScript(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (OperatingSystem.IsWindows())
        {
            File.WriteAllText(path, text, new UTF8Encoding(false));
            return path;
        }

        var written = Run("/bin/sh", ["-c", "cat > \"$1\" && chmod 700 \"$1\"", "sh", path], input: text);
        if (written.ExitCode != 0)
        {
            throw new IOException($"cannot write the script {path}: {written.Error.Trim()}");
        }

        return path;
    }

    /// <summary>
    /// A fake framing: records each call's arguments (NUL-separated, one call per line of framing.calls beside it)
    /// and creates the files named after --save-state and --output, as framing would.
    /// </summary>
    public static string FakeFraming(string folder) => WriteScript(Path.Combine(folder, "fake framing"), """
        #!/bin/bash
        { printf '%s\0' "$@"; printf '\n'; } >> "$(dirname "$0")/framing.calls"
        prev=
        for arg in "$@"; do
          case "$prev" in --save-state|--output) printf 'x' > "$arg" ;; esac
          prev=$arg
        done
        if [ -n "${FAKE_FRAMING_FAIL:-}" ]; then exit 2; fi

        """);

    /// <summary>The calls a fake framing of <see cref="FakeFraming"/> recorded, each as its arguments.</summary>
    public static List<string[]> FramingCalls(string folder)
    {
        var path = Path.Combine(folder, "framing.calls");
        return File.Exists(path)
            ? File.ReadAllText(path, Encoding.UTF8).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\0').Split('\0')).ToList()
            : [];
    }

    /// <summary>
    /// A fake sbatch: records each call (one line per call: its arguments separated by spaces) in sbatch.calls beside
    /// it and prints job ids 41, 42… as 'sbatch --parsable' does ("id;cluster"); with <paramref name="failAfter"/>
    /// calls recorded, it fails as sbatch does when a submission is refused.
    /// </summary>
    public static string FakeSbatch(string folder, int failAfter = int.MaxValue) => WriteScript(Path.Combine(folder, "sbatch"), $$"""
        #!/bin/bash
        calls="$(dirname "$0")/sbatch.calls"
        touch "$calls"
        if [ "$(wc -l < "$calls")" -ge {{failAfter}} ]; then echo "sbatch: error: Batch job submission failed: Invalid partition name specified" >&2; exit 1; fi
        printf '%s\n' "$*" >> "$calls"
        echo "$(( $(wc -l < "$calls") + 40 ));cluster"

        """);

    /// <summary>The calls a fake sbatch of <see cref="FakeSbatch"/> recorded.</summary>
    public static string[] SbatchCalls(string folder)
    {
        var path = Path.Combine(folder, "sbatch.calls");
        return File.Exists(path) ? File.ReadAllLines(path) : [];
    }
}
