using Xunit.Abstractions;
using Xunit.Sdk;

namespace Framing.Cli.Tests.Prerequisites;

/// <summary>
/// Discovers <see cref="FactRequiringAttribute"/> tests as xunit's facts, and prints the reason of each skip as a
/// diagnostic line ("Class.Method: skipped: reason"), which <c>dotnet test</c> shows because the test project's
/// xunit.runner.json turns diagnostic messages on. (The console logger itself prints only "[SKIP]".)
/// </summary>
public sealed class FactRequiringDiscoverer(IMessageSink diagnosticMessageSink) : FactDiscoverer(diagnosticMessageSink)
{
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
