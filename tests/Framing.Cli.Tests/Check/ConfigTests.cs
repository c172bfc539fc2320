namespace Framing.Cli.Tests.Check;

/// <summary>The configuration file: its settings, and every mistake reported at its place with its JSON path.</summary>
public sealed class ConfigTests
{
    [Fact]
    public void ADeviceGivenAsConfigurationOrBaselineStopsAtTheSizeLimit()
    {
        // --config /dev/zero read about 4 GB for half a minute, then ended in "out of memory" pointing at the README's
        // section on corpus size.
        if (!File.Exists("/dev/zero"))
        {
            return; // no such device here (Windows)
        }

        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(CheckHelpers.Record("d1", "a", "The rebels advanced.")));
        foreach (var option in new[] { "--config", "--baseline" })
        {
            var result = CliRunner.Run("check", corpus, option, "/dev/zero", "--editorial-pole", "armed-opposition");
            Assert.Equal(2, result.ExitCode);
            Assert.Equal("framing: error: /dev/zero: larger than 512 MiB: not a JSON file this command reads (a configuration or a baseline of group scores)", Assert.Single(result.ErrorLines));
        }
    }

    [Fact]
    public void ASourceRootThatIsAFileIsSaidToBeOne()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(CheckHelpers.Record("d1", "a", "The rebels advanced.")));
        var file = CliRunner.Run("check", corpus, "--editorial-pole", "armed-opposition", "--source-root", corpus);
        Assert.Equal(2, file.ExitCode);
        Assert.Equal($"framing: error: --source-root {corpus}: a file, not a folder", Assert.Single(file.ErrorLines));
        var missing = CliRunner.Run("check", corpus, "--editorial-pole", "armed-opposition", "--source-root", Path.Combine(temp.Path, "nope"));
        Assert.Equal($"framing: error: --source-root {Path.Combine(temp.Path, "nope")}: no such folder", Assert.Single(missing.ErrorLines));
    }

    [Fact]
    public void FullExampleConfigurationIsRead()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(
            CheckHelpers.Record("d1", "a", "The regime shelled the terrorists in Homs."),
            CheckHelpers.Record("d2", "b", "«Terrorists», the minister said of the rebels in Hama.")));
        temp.Write("baseline.json", """{ "voice": "all", "rows": [ { "group": "a", "dimension": "armed-opposition", "score": 1 } ] }""");
        var config = temp.Write("framing.json", """
            {
              "$schema": "https://example.org/framing-check.schema.json",
              // comments and trailing commas are allowed
              "lexicon": "syria-conflict",
              "by": "outlet",
              "failOn": "error",
              "rules": {
                "editorial": [
                  { "dimension": "armed-opposition", "pole": "terrorism", "level": "error" },
                  { "pattern": "regime", "level": "warning" },
                ],
                "documentScore": [ { "dimension": "armed-opposition", "max": 0.5, "voice": "editorial" } ],
                "groupScore": [ { "dimension": "damascus-alignment", "min": -1, "max": 1 } ],
                "drift": { "baseline": "baseline.json", "tolerance": 0.05 }
              }
            }
            """);
        var result = CliRunner.Run("check", corpus, "--config", config, "--format", "json");
        Assert.True(result.ExitCode == 1, result.Error);
        Assert.Contains("\"id\": \"syria-conflict\"", result.Out, StringComparison.Ordinal);
        Assert.Contains("\"fail_on\": \"error\"", result.Out, StringComparison.Ordinal);
        var rules = CheckHelpers.Findings(result).Select(f => (f.Text("rule"), f.Text("level"))).ToList();
        Assert.Contains(("editorial-term", "error"), rules);
        Assert.Contains(("editorial-term", "warning"), rules);
        Assert.Contains(("document-score", "error"), rules);
    }

    [Fact]
    public void OptionsOverrideSettingsAndAddRules()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(CheckHelpers.Record("d1", "a", "The regime and the terrorists.")));
        var config = temp.Write("framing.json", """{ "lexicon": "immigration", "failOn": "none", "rules": { "editorial": [ { "pattern": "regime" } ] } }""");
        var result = CliRunner.Run("check", corpus, "--config", config, "--lexicon", "starter", "--fail-on", "warning", "--editorial-pole", "armed-opposition", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(["regime", "terrorist*"], CheckHelpers.Findings(result).Select(f => f.Text("entry")!).ToArray());
    }

    [Fact]
    public void ByFromTheConfigurationGroupsDocuments()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", "{\"id\":\"d1\",\"source\":\"x\",\"text\":\"The terrorists.\"}\n");
        var config = temp.Write("framing.json", """{ "by": "source", "rules": { "groupScore": [ { "dimension": "armed-opposition", "max": 0 } ] } }""");
        var result = CliRunner.Run("check", corpus, "--config", config);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("group x scores 1", result.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"lexicon\":\"starter\",\"rulez\":{}}", "1:22: unknown key \"rulez\" (expected $schema, lexicon, by, failOn, rules)")]
    [InlineData("{\n  \"rules\": {\n    \"editorial\": [\n      { \"dimenson\": \"armed-opposition\" }\n    ]\n  }\n}", "4:9: unknown key \"rules.editorial[0].dimenson\" (expected dimension, pole, pattern, level)")]
    [InlineData("{\n  \"rules\": {\n    \"drift\": { \"baseline\": \"b.json\", \"tolerence\": 0.1 }\n  }\n}", "3:38: unknown key \"rules.drift.tolerence\" (expected baseline, tolerance, voice, level)")]
    [InlineData("{\n  \"rules\": {\n    \"groupScore\": [ {}, { \"dimension\": \"x\", \"max\": \"0.5\" } ]\n  }\n}", "3:21: \"rules.groupScore[0]\" needs \"dimension\"")]
    [InlineData("{\n  \"rules\": {\n    \"groupScore\": [ { \"dimension\": \"x\", \"max\": \"0.5\" } ]\n  }\n}", "3:48: \"rules.groupScore[0].max\" must be a number, not a string")]
    [InlineData("{\n  \"rules\": { \"documentScore\": [ { \"dimension\": \"x\", \"min\": 1, \"max\": 0 } ] }\n}", "2:60: \"rules.documentScore[0].min\" must not be greater than \"max\"")]
    [InlineData("{ \"rules\": { \"documentScore\": [ { \"dimension\": \"x\", \"max\": 1.5 } ] } }", "1:60: \"rules.documentScore[0].max\" must be a score from -1 to 1, not 1.5")]
    [InlineData("{ \"rules\": { \"groupScore\": [ { \"dimension\": \"x\", \"min\": -2, \"max\": 0 } ] } }", "1:57: \"rules.groupScore[0].min\" must be a score from -1 to 1, not -2")]
    [InlineData("{ \"rules\": { \"editorial\": [ { \"pole\": \"terrorism\" } ] } }", "1:29: \"rules.editorial[0]\" needs \"dimension\" (with an optional \"pole\") or \"pattern\", or both")]
    [InlineData("{ \"rules\": { \"editorial\": [ { \"pattern\": \"regime\", \"level\": \"fatal\" } ] } }", "1:61: \"rules.editorial[0].level\" must be one of warning, error, not \"fatal\"")]
    [InlineData("{ \"rules\": { \"editorial\": { \"pattern\": \"regime\" } } }", "1:27: \"rules.editorial\" must be an array, not an object")]
    [InlineData("{ \"rules\": [] }", "1:12: \"rules\" must be an object, not an array")]
    [InlineData("[]", "1:1: the configuration must be an object, not an array")]
    [InlineData("{ \"failOn\": \"never\" }", "1:13: \"failOn\" must be one of warning, error, none, not \"never\"")]
    [InlineData("{\n  \"lexicon\": \"starter\"\n  \"by\": \"outlet\"\n}", "3:3: malformed JSON: ")]
    [InlineData("{ \"by\": \"a\", \"by\": \"b\" }", "1:14: duplicate key \"by\"")]
    [InlineData("{ \"lexicon\": \"x\\ud800\" }", "1:14: string has an unpaired surrogate escape (\\ud800-\\udfff without its other half)")]
    [InlineData("{\n  \"rules\": { \"\\udc00\": 1 }\n}", "2:14: key has an unpaired surrogate escape (\\ud800-\\udfff without its other half)")]
    [InlineData("", "1:1: malformed JSON: ")]
    [InlineData("{ \"lexicon\": \"\" }", "1:14: \"lexicon\" must not be empty")]
    [InlineData("{ \"rules\": { \"drift\": { \"baseline\": \"\" } } }", "1:37: \"rules.drift.baseline\" must not be empty")]
    public void MistakesAreReportedAtTheirPlace(string json, string expected)
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "Text.\n");
        var config = temp.Write("framing.json", json);
        var result = CliRunner.Run("check", file, "--config", config);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"framing: error: {config}:{expected}", line, StringComparison.Ordinal);
        Assert.DoesNotContain("LineNumber", line, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Theory]
    [InlineData("{\n  \"rules\": {\n    \"editorial\": [ { \"dimension\": \"armed-oposition\" } ]\n  }\n}", "3:20: unknown dimension 'armed-oposition' in lexicon 'starter'")]
    [InlineData("{\n  \"rules\": {\n    \"editorial\": [ { \"dimension\": \"armed-opposition\", \"pole\": \"rebels\" } ]\n  }\n}", "3:20: unknown pole 'rebels' of dimension 'armed-opposition'")]
    [InlineData("{\n  \"rules\": {\n    \"groupScore\": [ { \"dimension\": \"nope\", \"max\": 1 } ]\n  }\n}", "3:21: unknown dimension or composite index 'nope'")]
    public void RulesThatDoNotFitTheLexiconAreReportedAtTheirPlace(string json, string expected)
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "Text.\n");
        var config = temp.Write("framing.json", json);
        var result = CliRunner.Run("check", file, "--config", config);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"framing: error: {config}:{expected}", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8IsReportedAtItsLine()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "Text.\n");
        var config = temp.WriteBytes("framing.json", [.. "{\n  \"by\": \""u8, 0xFF, .. "\"\n}"u8]);
        var result = CliRunner.Run("check", file, "--config", config);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {config}:2:10: invalid UTF-8", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void MissingConfigurationIsAnInputError()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "Text.\n");
        var missing = Path.Combine(temp.Path, "nope.json");
        var result = CliRunner.Run("check", file, "--config", missing);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {missing}: no such file", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("{\n  \"lexicon\": \"no/such/lexicon.yaml\",\n  \"rules\": { \"editorial\": [ { \"dimension\": \"armed-opposition\" } ] }\n}\n", "2:14", "\"lexicon\": {folder}/no/such/lexicon.yaml: no such file")]
    [InlineData("{ \"lexicon\": \"nosuch\", \"rules\": { \"editorial\": [ { \"dimension\": \"armed-opposition\" } ] } }", "1:14", "\"lexicon\": unknown lexicon 'nosuch': not a built-in lexicon (immigration, russia-ukraine, starter, syria-conflict) and no file {folder}/nosuch")]
    public void ALexiconTheConfigurationNamesThatCannotBeFoundIsReportedAtItsKey(string json, string place, string message)
    {
        // Before, the error named only the lexicon's path, as if it had been given on the command line.
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "Text.\n");
        var config = temp.Write("framing.json", json);
        var result = CliRunner.Run("check", file, "--config", config);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"framing: error: {config}:{place}: " + message.Replace("{folder}", temp.Path, StringComparison.Ordinal), Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void AConfigurationWithoutRulesSaysSoInsteadOfAskingForAConfiguration()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "Text.\n");
        var config = temp.Write("framing.json", "{\"rules\":{}}");
        var result = CliRunner.Run("check", file, "--config", config);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {config}: no rules to check: the configuration has no rule under \"rules\" (see 'The configuration file' in README.md), and no rule option such as --editorial-pole is given", Assert.Single(result.ErrorLines));
    }
}
