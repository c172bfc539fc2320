using Xunit.Abstractions;
using Xunit.Sdk;

namespace Framing.Tests;

/// <summary>
/// Discovers facts as xunit does, and prints the reason of each skip as a diagnostic line ("Class.Method: skipped:
/// reason"), which <c>dotnet test</c> shows because the test project's xunit.runner.json turns diagnostic messages on
/// (its console logger itself prints only "[SKIP]"). Used by the facts that may be skipped where they cannot run (a
/// missing prerequisite, another operating system, running as root); shared by the test projects.
/// </summary>
public sealed class SkipReasonDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
    /// <summary>The name of the test assembly this file is compiled into, for <see cref="XunitTestCaseDiscovererAttribute"/>.</summary>
#if FRAMING_CLI_TESTS
    public const string Assembly = "Framing.Cli.Tests";
#else
    public const string Assembly = "Framing.Tests";
#endif

    /// <summary>The type's full name, for <see cref="XunitTestCaseDiscovererAttribute"/>.</summary>
    public const string TypeName = "Framing.Tests.SkipReasonDiscoverer";

    /// <inheritdoc/>
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        if (factAttribute.GetNamedArgument<string>(nameof(FactAttribute.Skip)) is { Length: > 0 } reason)
        {
            DiagnosticMessageSink.OnMessage(new DiagnosticMessage(
                $"{testMethod.TestClass.Class.Name}.{testMethod.Method.Name}: skipped: {reason}"));
        }

        return base.Discover(discoveryOptions, testMethod, factAttribute);
    }
}
