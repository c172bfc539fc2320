namespace Framing.Cli.Commands.Distribute;

/// <summary>How a job script runs this very <c>framing</c>, so that distributing needs no global tool install.</summary>
internal static class SelfCommand
{
    /// <summary>The shell command that runs the <c>framing</c> of the current process, with absolute, quoted paths.</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "Resolve takes an empty assembly path to mean a single-file or native executable, and then runs the process itself.")]
    public static string Current(CliContext context) =>
        Resolve(Environment.ProcessPath, typeof(FramingApp).Assembly.Location, context.Environment.GetValueOrDefault("DOTNET_HOST_PATH"), context.Environment.GetValueOrDefault("DOTNET_ROOT"));

    /// <summary>
    /// The shell command that runs <c>framing</c>: the process itself when it is the <c>framing</c> (or
    /// <c>Framing.Cli</c>) executable (a tool shim or an app host); otherwise the <c>dotnet</c> host with the
    /// <c>Framing.Cli.dll</c> assembly (under <c>dotnet Framing.Cli.dll</c>, or when the CLI runs inside another
    /// process such as a test host).
    /// </summary>
    /// <param name="processPath">The path of the running executable, if known.</param>
    /// <param name="cliAssembly">The path of <c>Framing.Cli.dll</c>; empty in a single-file app.</param>
    /// <param name="dotnetHostPath">The <c>DOTNET_HOST_PATH</c> variable, if set.</param>
    /// <param name="dotnetRoot">The <c>DOTNET_ROOT</c> variable, if set.</param>
    public static string Resolve(string? processPath, string cliAssembly, string? dotnetHostPath, string? dotnetRoot)
    {
        var name = processPath is null ? string.Empty : Path.GetFileNameWithoutExtension(processPath);
        if (processPath is not null && (name.Equals("framing", StringComparison.OrdinalIgnoreCase) || name.Equals("Framing.Cli", StringComparison.OrdinalIgnoreCase)))
        {
            return ShellQuote.Quote(Path.GetFullPath(processPath));
        }

        if (string.IsNullOrEmpty(cliAssembly))
        {
            // A single-file app: the executable is framing, whatever its name.
            return processPath is not null
                ? ShellQuote.Quote(Path.GetFullPath(processPath))
                : throw new Arguments.UsageException("cannot tell how to run framing on the cluster; give --framing-command");
        }

        string host;
        if (name.Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            host = Path.GetFullPath(processPath!);
        }
        else if (!string.IsNullOrEmpty(dotnetHostPath))
        {
            host = dotnetHostPath;
        }
        else if (!string.IsNullOrEmpty(dotnetRoot))
        {
            host = Path.Combine(dotnetRoot, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet");
        }
        else
        {
            host = "dotnet";
        }

        return ShellQuote.Quote(host) + " " + ShellQuote.Quote(Path.GetFullPath(cliAssembly));
    }
}
