using Framing.Cli.Tests.Distribute;
using Framing.Cli.Tests.Report;

namespace Framing.Cli.Tests.Prerequisites;

/// <summary>
/// Things outside the .NET SDK that some tests need (a Slurm cluster, a browser), and whether a test run may skip
/// them. On a fresh machine with only the SDK such a test is skipped with its reason, visible in the output of
/// <c>dotnet test</c>; where CI installs the prerequisite it sets <c>FRAMING_REQUIRE_&lt;NAME&gt;=1</c>, and then the
/// test runs and a missing prerequisite is a failure. <c>FRAMING_SKIP_&lt;NAME&gt;=&lt;reason&gt;</c> skips the tests
/// even where the prerequisite is present (for a quick local run), unless the prerequisite is required.
/// </summary>
internal static class Prerequisite
{
    /// <summary>A one-node Slurm cluster: root, slurm-wlm and munge, and the workplace's start-slurm.sh.</summary>
    public const string Slurm = "slurm";

    /// <summary>A Chromium that Playwright can drive: Debian's chromium-headless-shell or chromium on the PATH.</summary>
    public const string Browser = "browser";

    /// <summary>The variable that makes <paramref name="name"/> required: <c>FRAMING_REQUIRE_SLURM</c> for slurm.</summary>
    public static string RequireVariable(string name) => "FRAMING_REQUIRE_" + name.ToUpperInvariant();

    /// <summary>The variable that skips the tests of <paramref name="name"/> with a reason: <c>FRAMING_SKIP_SLURM</c> for slurm.</summary>
    public static string SkipVariable(string name) => "FRAMING_SKIP_" + name.ToUpperInvariant();

    /// <summary>Whether this run requires <paramref name="name"/> (<c>FRAMING_REQUIRE_&lt;NAME&gt;</c> set, and not to 0 or false).</summary>
    public static bool IsRequired(string name) => IsRequiringValue(Environment.GetEnvironmentVariable(RequireVariable(name)));

    /// <summary>Whether a value of a <c>FRAMING_REQUIRE_&lt;NAME&gt;</c> variable requires the prerequisite.</summary>
    public static bool IsRequiringValue(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Trim() is not ("0" or "false" or "False" or "FALSE" or "no");

    /// <summary>
    /// Why the tests that need <paramref name="name"/> are skipped in this run, or null when they run (the prerequisite
    /// is there, or it is required and its absence must fail them).
    /// </summary>
    public static string? SkipReason(string name) =>
        SkipReason(name, IsRequired(name), Environment.GetEnvironmentVariable(SkipVariable(name)), () => Obstacle(name));

    /// <summary>The decision of <see cref="SkipReason(string)"/> from its inputs (testable without the environment).</summary>
    /// <param name="name">The prerequisite.</param>
    /// <param name="required">Whether the run requires it.</param>
    /// <param name="skipRequest">The value of FRAMING_SKIP_&lt;NAME&gt;, or null.</param>
    /// <param name="obstacle">Says why the prerequisite is missing here, or null when it is present.</param>
    public static string? SkipReason(string name, bool required, string? skipRequest, Func<string?> obstacle)
    {
        if (required)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(skipRequest))
        {
            return $"{skipRequest.Trim()} ({SkipVariable(name)} is set)";
        }

        return obstacle() is { } missing
            ? $"{missing} (set {RequireVariable(name)}=1 to make this a failure, as .ci/run does where it installs {name})"
            : null;
    }

    /// <summary>Why <paramref name="name"/> is not available on this machine, or null when it is.</summary>
    /// <exception cref="ArgumentException">The prerequisite is not known.</exception>
    public static string? Obstacle(string name) => name switch
    {
        Slurm => SlurmCluster.Obstacle(),
        Browser => Chromium.Obstacle(),
        _ => throw new ArgumentException($"unknown test prerequisite '{name}'", nameof(name)),
    };
}
