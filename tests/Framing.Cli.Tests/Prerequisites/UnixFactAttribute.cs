namespace Framing.Cli.Tests.Prerequisites;

/// <summary>
/// A fact about how the tool behaves when a Unix shell closes or redirects its standard streams (bash's <c>2&gt;&amp;-</c>,
/// <c>/dev/full</c>, a pipe whose reader exits): skipped on Windows, with its reason.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class UnixFactAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/bin/bash"))
        {
            Skip = "needs a Unix system with /bin/bash and /dev/full: closes and redirects the tool's standard streams";
        }
    }
}
