namespace Framing.Cli.Tests.Check;

/// <summary>A mistake the configuration leads to is reported where the configuration makes it.</summary>
public sealed class ConfigPlacesTests
{
    private static readonly string Corpus = CheckHelpers.Lines(CheckHelpers.Record("d1", "alpha", "The rebels advanced."));

    [Fact]
    public void AMissingBaselineOfTheConfigurationIsReportedAtItsKey()
    {
        // Before: "framing: error: cfg/nope.json: no such file", without saying that the configuration named it (a
        // missing lexicon of the configuration was already reported at its key).
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus);
        var config = temp.Write(Path.Combine("cfg", "framing.json"), """{ "rules": { "drift": { "baseline": "nope.json" } } }""");
        var result = CliRunner.Run("check", corpus, "--config", config);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {config}:1:37: \"rules.drift.baseline\": {Path.Combine(temp.Path, "cfg", "nope.json")}: no such file", Assert.Single(result.ErrorLines));

        // Named by --baseline, it is the option's: the file alone.
        var option = CliRunner.Run("check", corpus, "--config", config, "--baseline", Path.Combine(temp.Path, "other.json"));
        Assert.Equal(2, option.ExitCode);
        Assert.Equal($"framing: error: {Path.Combine(temp.Path, "other.json")}: no such file", Assert.Single(option.ErrorLines));
    }

    [Fact]
    public void ANumberOutOfRangeNamesItsJsonPath()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus);
        var config = temp.Write("framing.json", """{ "rules": { "groupScore": [ { "dimension": "armed-opposition", "min": -0.5, "max": 1e400 } ] } }""");
        var result = CliRunner.Run("check", corpus, "--config", config);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {config}:1:85: \"rules.groupScore[0].max\": number out of range", Assert.Single(result.ErrorLines));

        var baseline = temp.Write("b.json", """{ "rows": [ {"group":"alpha","dimension":"armed-opposition","score": -1e999} ] }""");
        var drift = CliRunner.Run("check", corpus, "--baseline", baseline);
        Assert.Equal(2, drift.ExitCode);
        Assert.Equal($"framing: error: {baseline}:1:70: \"rows[0].score\": number out of range", Assert.Single(drift.ErrorLines));
    }
}
