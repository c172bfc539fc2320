namespace Framing.Cli.Tests.Prerequisites;

/// <summary>A fact that needs Linux's special files (<c>/dev/full</c>) or its symbolic links; skipped elsewhere, with the reason shown.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FactOnLinuxAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    public FactOnLinuxAttribute()
    {
        if (!OperatingSystem.IsLinux())
        {
            Skip = "needs Linux (its /dev/full and symbolic links)";
        }
    }
}
