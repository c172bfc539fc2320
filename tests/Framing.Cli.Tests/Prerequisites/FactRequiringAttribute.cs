using Xunit.Sdk;

namespace Framing.Cli.Tests.Prerequisites;

/// <summary>
/// A fact that needs a <see cref="Prerequisite"/> (for example <c>[FactRequiring(Prerequisite.Slurm)]</c>). Whether it
/// is skipped is decided when tests are discovered, so <c>dotnet test</c> counts it as skipped, marks it "[SKIP]" and
/// prints its reason (a diagnostic line of <see cref="Framing.Tests.SkipReasonDiscoverer"/>); with
/// <c>FRAMING_REQUIRE_&lt;NAME&gt;=1</c> it is never skipped, and the test itself fails when the prerequisite is missing.
/// </summary>
[XunitTestCaseDiscoverer(Framing.Tests.SkipReasonDiscoverer.TypeName, Framing.Tests.SkipReasonDiscoverer.Assembly)]
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class FactRequiringAttribute : FactAttribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="prerequisite">A name of <see cref="Prerequisite"/>, such as <see cref="Prerequisite.Slurm"/>.</param>
    public FactRequiringAttribute(string prerequisite)
    {
        Name = prerequisite;
        Skip = Prerequisite.SkipReason(prerequisite);
    }

    /// <summary>The prerequisite's name.</summary>
    public string Name { get; }
}
