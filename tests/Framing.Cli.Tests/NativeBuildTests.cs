using Framing.Cli.Native;

namespace Framing.Cli.Tests;

/// <summary>
/// The native (ahead-of-time) build says so in its version line; every command runs in it (the learning commands'
/// tests run against the executable of <see cref="CliRunner.BinaryVariable"/> like every other CLI test).
/// </summary>
public sealed class NativeBuildTests
{
    [Fact]
    public void TheVersionLineSaysWhichBuildItIs()
    {
        Assert.Equal("framing 1.2.3", NativeBuild.VersionLine("1.2.3", dynamicCodeSupported: true));
        Assert.Equal("framing 1.2.3 (native build)", NativeBuild.VersionLine("1.2.3", dynamicCodeSupported: false));
        var printed = CliRunner.Run("--version");
        Assert.Equal(0, printed.ExitCode);
        if (CliRunner.Binary is null)
        {
            Assert.Equal($"framing {FramingApp.Version}\n", printed.Out);
        }
        else
        {
            Assert.Matches(@"^framing \S+( \(native build\))?\n$", printed.Out);
        }
    }
}
