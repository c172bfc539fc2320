using Framing.Cli.Arguments;
using Framing.Cli.Native;

namespace Framing.Cli.Tests;

/// <summary>
/// The native (ahead-of-time) build refuses the commands that need Microsoft.ML with one error line and exit 2. In
/// process the refusal is driven by its flag; against the executable of <see cref="CliRunner.BinaryVariable"/> it is
/// the build's own.
/// </summary>
public sealed class NativeBuildTests
{
    [Theory]
    [InlineData("learn")]
    [InlineData("calibrate")]
    public void WithoutDynamicCodeTheLearningCommandsAreAUsageError(string command)
    {
        var error = Assert.Throws<UsageException>(() => NativeBuild.RequireDynamicCode(command, dynamicCodeSupported: false));
        Assert.StartsWith($"'{command}' needs Microsoft.ML", error.Message, StringComparison.Ordinal);
        Assert.Contains("dotnet tool install", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void WithDynamicCodeNothingIsRefused()
    {
        NativeBuild.RequireDynamicCode("learn", dynamicCodeSupported: true);
        NativeBuild.RequireDynamicCode("learn");
    }

    [Theory]
    [InlineData("learn")]
    [InlineData("calibrate")]
    public void TheBuildUnderTestRunsOrRefusesTheLearningCommandsAsItCan(string command)
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", "{\"id\":\"a\",\"outlet\":\"x\",\"text\":\"hello\"}\n");
        var known = temp.Write("k.csv", "outlet,leaning\nx,one\n");
        var result = CliRunner.Run(command, corpus, "--known", known, "--side-a", "one", "--side-b", "two");
        Assert.Equal(2, result.ExitCode);
        if (CliRunner.Binary is null)
        {
            // The managed build runs the command, which rejects a corpus with one side only.
            Assert.DoesNotContain("needs Microsoft.ML", result.Error, StringComparison.Ordinal);
        }
        else
        {
            Assert.StartsWith($"framing: error: '{command}' needs Microsoft.ML", result.ErrorLines.Single(), StringComparison.Ordinal);
        }
    }
    [Fact]
    public void TheVersionLineSaysWhichBuildItIs()
    {
        Assert.Equal("framing 1.2.3", NativeBuild.VersionLine("1.2.3", dynamicCodeSupported: true));
        Assert.Equal("framing 1.2.3 (native build: without learn and calibrate)", NativeBuild.VersionLine("1.2.3", dynamicCodeSupported: false));
        var printed = CliRunner.Run("--version");
        Assert.Equal(0, printed.ExitCode);
        Assert.StartsWith("framing ", printed.Out, StringComparison.Ordinal);
        if (CliRunner.Binary is null)
        {
            Assert.Equal($"framing {FramingApp.Version}\n", printed.Out);
        }
    }
}
