namespace Framing.Cli.Tests;

public sealed class LexiconCacheCommandTests
{
    [Theory]
    [InlineData("score")]
    [InlineData("kwic")]
    [InlineData("lexicons show")]
    public void CommandsGiveTheSameBytesFromTheCacheAsFromTheYaml(string command)
    {
        using var folder = new TempFolder();
        var cacheDir = Path.Combine(folder.Path, "cache");
        var lexicon = folder.Write("my lexicon.yaml", Framing.Lexicons.BuiltInLexicons.TryReadText("syria-conflict")!);
        string[] args = command == "lexicons show"
            ? ["lexicons", "show", lexicon, "--format", "json"]
            : [command, "--lexicon", lexicon, "--format", "csv", "--bootstrap", "0"];
        if (command == "kwic")
        {
            args = args[..^2];
        }

        var parsed = CliRunner.Run(args);
        var cached = new Dictionary<string, string?> { ["FRAMING_CACHE_DIR"] = cacheDir };
        var first = CliRunner.RunWithEnvironment(cached, args);
        var images = Directory.GetFiles(cacheDir);
        var second = CliRunner.RunWithEnvironment(cached, args);

        Assert.Equal(0, parsed.ExitCode);
        Assert.Single(images);
        Assert.Equal(parsed.Out, first.Out);
        Assert.Equal(parsed.Out, second.Out);
        Assert.Equal(parsed.Error, second.Error);
    }

    [Fact]
    public void NoCacheTurnsItOff()
    {
        using var folder = new TempFolder();
        var cacheDir = Path.Combine(folder.Path, "cache");
        var result = CliRunner.RunWithEnvironment(new Dictionary<string, string?> { ["FRAMING_CACHE_DIR"] = cacheDir, ["FRAMING_NO_CACHE"] = "1" }, "score", "--bootstrap", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.False(Directory.Exists(cacheDir));
    }

    [Fact]
    public void ACacheFolderTheSystemRefusesOnlyCostsTime()
    {
        var parsed = CliRunner.Run("score", "--bootstrap", "0", "--format", "csv");
        var refused = CliRunner.RunWithEnvironment(new Dictionary<string, string?> { ["FRAMING_CACHE_DIR"] = "no\0such" }, "score", "--bootstrap", "0", "--format", "csv");

        Assert.Equal(0, refused.ExitCode);
        Assert.Equal(parsed.Out, refused.Out);
        Assert.Equal(parsed.Error, refused.Error);
    }
}
