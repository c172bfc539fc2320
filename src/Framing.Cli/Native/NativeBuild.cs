using System.Runtime.CompilerServices;
using Framing.Cli.Arguments;

namespace Framing.Cli.Native;

/// <summary>
/// What differs in the native, ahead-of-time build of <c>framing</c>: the commands that need code generated at run
/// time (Microsoft.ML's learners) refuse to run with one clear error line, instead of failing inside the learner, and
/// <c>--version</c> says which build runs.
/// </summary>
internal static class NativeBuild
{
    /// <summary>Throws a <see cref="UsageException"/> (exit 2) when this build cannot run <paramref name="command"/>.</summary>
    /// <param name="command">The command's name, as typed.</param>
    public static void RequireDynamicCode(string command) => RequireDynamicCode(command, RuntimeFeature.IsDynamicCodeSupported);

    /// <summary>What <c>framing --version</c> prints: the version, and "(native build)" in the native build.</summary>
    /// <param name="version">The tool's version.</param>
    public static string VersionLine(string version) => VersionLine(version, RuntimeFeature.IsDynamicCodeSupported);

    /// <summary>What <c>framing --version</c> prints in a build that can (or cannot) generate code at run time.</summary>
    /// <param name="version">The tool's version.</param>
    /// <param name="dynamicCodeSupported">Whether the running build can generate code at run time.</param>
    public static string VersionLine(string version, bool dynamicCodeSupported) =>
        "framing " + version + (dynamicCodeSupported ? string.Empty : " (native build: without learn and calibrate)");

    /// <summary>Throws a <see cref="UsageException"/> (exit 2) when <paramref name="dynamicCodeSupported"/> is false.</summary>
    /// <param name="command">The command's name, as typed.</param>
    /// <param name="dynamicCodeSupported">Whether the running build can generate code at run time.</param>
    public static void RequireDynamicCode(string command, bool dynamicCodeSupported)
    {
        if (!dynamicCodeSupported)
        {
            throw new UsageException(
                $"'{command}' needs Microsoft.ML, which generates code at run time; this native build of framing cannot run it: " +
                "use the dotnet tool (dotnet tool install -g Framing.Cli) or 'dotnet run --project src/Framing.Cli'");
        }
    }
}
