namespace Framing.Cli.Tests.Prerequisites;

/// <summary>
/// A fact about the managed build itself (how the in-process CLI names the command that runs it again): skipped, with
/// its reason, when the tests run against an external executable (<see cref="CliRunner.BinaryVariable"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class JitBuildFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public JitBuildFactAttribute()
    {
        Skip = JitBuildOnly.SkipReason();
    }
}

/// <summary>The theory counterpart of <see cref="JitBuildFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class JitBuildTheoryAttribute : TheoryAttribute
{
    /// <summary>Creates the attribute.</summary>
    public JitBuildTheoryAttribute()
    {
        Skip = JitBuildOnly.SkipReason();
    }
}

/// <summary>Why a test of the managed build's own features is skipped, or null when it runs.</summary>
internal static class JitBuildOnly
{
    public static string? SkipReason() => CliRunner.Binary is { } binary
        ? $"{CliRunner.BinaryVariable}={binary}: tests the managed build itself (how the in-process CLI runs itself)"
        : null;
}
