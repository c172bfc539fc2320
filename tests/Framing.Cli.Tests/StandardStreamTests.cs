using System.Diagnostics;
using System.Text;
using Framing.Cli.Output;
using Framing.Cli.Tests.Prerequisites;

namespace Framing.Cli.Tests;

/// <summary>
/// The tool as a process whose standard streams a shell closed or redirected: a standard error that cannot be written
/// never turns a run into a crash, and a standard output whose reader went away ends the run with exit code 2.
/// </summary>
public sealed class StandardStreamTests
{
    [UnixFact]
    public void AClosedStandardErrorLeavesASuccessfulRunSuccessful()
    {
        // The summary line ("framing: scored …") cannot be written; the run crashed with the runtime's abort (134).
        var expected = CliRunner.Run("score", "--format", "csv", "--bootstrap", "0").Out;

        var result = Bash("exec 2>&-; " + Tool("score --format csv --bootstrap 0"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Out);
    }

    [UnixFact]
    public void AFullStandardErrorKeepsTheExitCodeOfAnError()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "missing.jsonl");

        var result = Bash(Tool($"score '{missing}'") + " 2>/dev/full");

        Assert.Equal(2, result.ExitCode);
    }

    [UnixFact]
    public void AReaderThatStopsEndsTheRunWithAnInputError()
    {
        // head reads one byte and exits; more than a pipe's buffer (64 KiB) is still to come, so a later write fails.
        using var folder = new TempFolder();
        var corpus = folder.Write("many.jsonl", ManyDocuments(3000));

        var result = Bash("set -o pipefail; " + Tool($"score '{corpus}' --per-document --format csv --bootstrap 0") + " | head -c 1 > /dev/null");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("framing: error: standard output: cannot write output: " + GuardedOutputStream.ReaderStopped, Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    [UnixFact]
    public void AReaderThatReadsEverythingSeesTheWholeOutput()
    {
        using var folder = new TempFolder();
        var corpus = folder.Write("many.jsonl", ManyDocuments(3000));
        var expected = CliRunner.Run("score", corpus, "--per-document", "--format", "csv", "--bootstrap", "0", "-q").Out;

        var result = Bash("set -o pipefail; " + Tool($"score '{corpus}' --per-document --format csv --bootstrap 0 -q") + " | cat");

        Assert.Equal(0, result.ExitCode);
        Assert.True(Encoding.UTF8.GetByteCount(expected) > 1 << 16, "the output should be larger than a pipe's buffer");
        Assert.Equal(expected, result.Out);
    }

    [UnixFact]
    public void OutputRedirectedToAFileMovesTheSharedPositionAsAnyProgramDoes()
    {
        // A stream of its own over descriptor 1 wrote a file at its own position (pwrite from offset 0): what the shell
        // wrote next to the same file (another run, an echo, standard error with 2>&1) landed on this output.
        using var folder = new TempFolder();
        var log = Path.Combine(folder.Path, "log.txt");
        var expected = CliRunner.Run("lexicons", "list", "--format", "csv").Out;

        var result = Bash($"{{ echo before; {Tool("lexicons list --format csv")}; {Tool("lexicons list --format csv")}; echo after; }} > '{log}'");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("before\n" + expected + expected + "after\n", File.ReadAllText(log));
    }

    // Invented documents: two outlets, a label of each pole of the starter lexicon in turn.
    private static string ManyDocuments(int count)
    {
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var label = i % 2 == 0 ? "the terrorists attacked the town" : "the rebels held the town";
            text.Append("{\"id\": \"d").Append(i).Append("\", \"outlet\": \"").Append(i % 2 == 0 ? "north" : "south")
                .Append("\", \"text\": \"Reports said ").Append(label).Append(" on day ").Append(i).Append(".\"}\n");
        }

        return text.ToString();
    }

    // The tool as a command line: the executable under test (FRAMING_CLI_BINARY), or this build's Framing.Cli.dll.
    [UnixFact]
    public void AnOutputNamingTheFileOnStandardInputIsRefusedAndTheCorpusKept()
    {
        // framing score - -o corpus.jsonl < corpus.jsonl replaced the corpus with its scores (exit 0); -o /dev/stdin
        // with a pipe on standard input waited for ever. Linux tells what standard input is (/proc/self/fd/0).
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        using var folder = new TempFolder();
        var corpus = folder.Write("victim.jsonl", "{\"id\":\"1\",\"outlet\":\"A\",\"text\":\"rebels\"}\n");
        var before = File.ReadAllText(corpus);
        var linked = Path.Combine(folder.Path, "linked");
        Directory.CreateSymbolicLink(linked, folder.Path); // the corpus named through a linked folder
        foreach (var output in new[] { $"-o '{corpus}'", $"--save-state '{corpus}' -q", "-o /dev/stdin", $"-o '{linked}/victim.jsonl'" })
        {
            var result = Bash(Tool($"score - {output} --bootstrap 0") + $" < '{corpus}'");

            Assert.Equal(2, result.ExitCode);
            Assert.Matches("^framing: error: -: the (output \\(-o\\)|state \\(--save-state\\)) is the corpus being read on standard input; write it to another file$", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
            Assert.Equal(before, File.ReadAllText(corpus));
        }

        foreach (var pipeName in new[] { "/dev/stdin", "/dev/fd/0", "/proc/self/fd/0" })
        {
            var piped = Bash($"cat '{corpus}' | timeout 60 " + Tool($"score - -o {pipeName} --bootstrap 0"));
            Assert.Equal(2, piped.ExitCode);
            Assert.Contains("is the corpus being read on standard input", piped.Error, StringComparison.Ordinal);
        }

        // Other outputs, and standard input from /dev/null, are left alone.
        var elsewhere = Path.Combine(folder.Path, "scores.csv");
        Assert.Equal(0, Bash(Tool($"score - -o '{elsewhere}' -f csv --bootstrap 0 -q") + $" < '{corpus}'").ExitCode);
        Assert.StartsWith("group,", File.ReadAllText(elsewhere), StringComparison.Ordinal);
        Assert.Equal(0, Bash(Tool("score - -o /dev/null --allow-empty --bootstrap 0 -q") + " < /dev/null").ExitCode);
    }

    private static string Tool(string arguments) =>
        (CliRunner.Binary is { } binary ? $"'{binary}'" : $"dotnet '{Path.Combine(AppContext.BaseDirectory, "Framing.Cli.dll")}'") + " " + arguments;

    private static CliRunner.Result Bash(string script)
    {
        var start = new ProcessStartInfo("/bin/bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(script);
        start.Environment["LC_ALL"] = "C.UTF-8";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "the tool did not finish");
        return new CliRunner.Result(process.ExitCode, output.Result, error.Result);
    }
}
