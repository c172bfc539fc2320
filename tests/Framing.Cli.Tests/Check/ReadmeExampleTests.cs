namespace Framing.Cli.Tests.Check;

/// <summary>The configuration example of README.md ("framing check in CI") is a valid configuration.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeConfigurationExampleIsValid()
    {
        var readme = File.ReadAllText(FindReadme());
        var section = readme.IndexOf("## framing check in CI", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no 'framing check in CI' section");
        var start = readme.IndexOf("```json\n", section, StringComparison.Ordinal) + "```json\n".Length;
        var json = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        using var temp = new TempFolder();
        var config = temp.Write("framing.json", json);
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(
            CheckHelpers.Record("d1", "a", "The regime said the terrorists fled Aleppo."),
            CheckHelpers.Record("d2", "b", "«The terrorists», said the rebels in Idlib.")));

        // The first run saves the baseline the configuration names; the second compares with it.
        var first = CliRunner.Run("check", corpus, "--config", config, "--save-baseline", Path.Combine(temp.Path, "baseline.json"), "--format", "json");
        Assert.True(first.ExitCode is 0 or 1, first.Error);
        Assert.Contains("drift is not checked", first.Error, StringComparison.Ordinal);
        var second = CliRunner.Run("check", corpus, "--config", config, "--format", "json");
        Assert.True(second.ExitCode is 0 or 1, second.Error);
        using var report = System.Text.Json.JsonDocument.Parse(second.Out);
        var drift = report.RootElement.GetProperty("thresholds").EnumerateArray().Where(t => t.Text("rule") == "score-drift").ToList();
        Assert.NotEmpty(drift);
        Assert.DoesNotContain(drift, t => t.Text("status") == "fail");
        Assert.Contains(CheckHelpers.Findings(second), f => f.Text("rule") == "editorial-term" && f.Text("level") == "warning" && f.Text("entry") == "regime");
    }

    private static string FindReadme()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "README.md");
            if (File.Exists(candidate) && File.Exists(Path.Combine(folder.FullName, "Framing.sln")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("README.md not found above " + AppContext.BaseDirectory);
    }
}
