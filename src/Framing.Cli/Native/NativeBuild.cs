using System.Runtime.CompilerServices;

namespace Framing.Cli.Native;

/// <summary>
/// What differs in the native, ahead-of-time build of <c>framing</c>: only what <c>--version</c> prints. Every command
/// runs in it, <c>learn</c> and <c>calibrate</c> included (Microsoft.ML's generic methods that it instantiates by
/// reflection are compiled ahead of time from <c>Native/rd.xml</c>).
/// </summary>
internal static class NativeBuild
{
    /// <summary>What <c>framing --version</c> prints: the version, and "(native build)" in the native build.</summary>
    /// <param name="version">The tool's version.</param>
    public static string VersionLine(string version) => VersionLine(version, RuntimeFeature.IsDynamicCodeSupported);

    /// <summary>What <c>framing --version</c> prints in a build that can (or cannot) generate code at run time.</summary>
    /// <param name="version">The tool's version.</param>
    /// <param name="dynamicCodeSupported">Whether the running build can generate code at run time (false: the native build).</param>
    public static string VersionLine(string version, bool dynamicCodeSupported) =>
        "framing " + version + (dynamicCodeSupported ? string.Empty : " (native build)");
}
