using System.ComponentModel;
using System.Diagnostics;
using Framing.Cli.Arguments;

namespace Framing.Cli.Commands.Distribute;

/// <summary>Submits a script with <c>sbatch --parsable</c> and returns the job id it prints.</summary>
internal static class Sbatch
{
    /// <summary>Runs <paramref name="program"/> <c>--parsable</c> with the arguments; a failure is one clear line.</summary>
    /// <returns>The job id (without a cluster name).</returns>
    public static string Submit(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--parsable");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        string output;
        string error;
        int exitCode;
        try
        {
            using var process = Process.Start(start) ?? throw new InputException($"cannot run '{program}'");
            process.StandardInput.Close();
            var errorText = process.StandardError.ReadToEndAsync();
            output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            error = errorText.GetAwaiter().GetResult();
            exitCode = process.ExitCode;
        }
        catch (Win32Exception e)
        {
            throw new InputException($"cannot run '{program}': {e.Message} (is Slurm installed here? --dry-run prints the scripts without submitting them)");
        }

        if (exitCode != 0)
        {
            var reason = FirstLine(error) ?? FirstLine(output) ?? "no message";
            throw new InputException(FormattableString.Invariant($"'{program}' failed (exit code {exitCode}): {reason}"));
        }

        var id = FirstLine(output)?.Split(';')[0].Trim();
        if (string.IsNullOrEmpty(id) || !id.All(char.IsAsciiDigit))
        {
            throw new InputException($"'{program} --parsable' printed no job id: '{FirstLine(output) ?? string.Empty}'");
        }

        return id;
    }

    private static string? FirstLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
}
