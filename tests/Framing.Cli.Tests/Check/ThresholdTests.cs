using System.Text.Json;

namespace Framing.Cli.Tests.Check;

public sealed class ThresholdTests
{
    [Fact]
    public void MaxDocumentScoreFiresOnlyAboveTheLimit()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(
            CheckHelpers.Record("loaded", "a", "The terrorists and the terrorists attacked."),
            CheckHelpers.Record("balanced", "a", "The terrorists and the rebels."),
            CheckHelpers.Record("quoted", "a", "He said: «the terrorists attacked».")));
        var result = CliRunner.Run("check", corpus, "--max-document-score", "armed-opposition=0.5");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{corpus}:1:1: document-score: error: document loaded scores 1 on armed-opposition (editorial voice), above the maximum 0.5", Assert.Single(result.OutLines));
        Assert.Equal(0, CliRunner.Run("check", corpus, "--max-document-score", "armed-opposition=1").ExitCode);
    }

    [Fact]
    public void MinDocumentScoreFiresBelowTheLimit()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(CheckHelpers.Record("d1", "a", "The rebels and the rebels and the terrorists.")));
        var result = CliRunner.Run("check", corpus, "--min-document-score", "armed-opposition=-0.2", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        var finding = Assert.Single(CheckHelpers.Findings(result));
        Assert.Equal("document-score", finding.Text("rule"));
        Assert.Equal(-0.230769, finding.GetProperty("score").GetDouble());
        Assert.Contains("below the minimum -0.2", finding.Text("message"), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("check", corpus, "--min-document-score", "armed-opposition=-0.3").ExitCode);
    }

    [Fact]
    public void DocumentScoreOfATextFileIsPlacedAtItsFirstLine()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "Nothing.\nThe regime.\n");
        var result = CliRunner.Run("check", file, "--min-document-score", "government-forces=0");
        Assert.StartsWith(file + ":1:1: document-score: error: document " + file + " scores -1 on government-forces", Assert.Single(result.OutLines), StringComparison.Ordinal);
    }

    [Fact]
    public void TheTextFormatSendsNoControlOrBidiCharacterOfANameToTheTerminal()
    {
        // Before, a group named with ESC wrote a terminal escape sequence into the findings (here: red text), and U+202E
        // reversed the rest of the line on a bidi-aware terminal. They are shown as U+FFFD, as in the table format.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(
            CheckHelpers.Record("d1", "\u001b[31mred", "The terrorists attacked."),
            CheckHelpers.Record("d2", "e\u202Evil\ttab", "The terrorists attacked.")));

        var result = CliRunner.Run("check", corpus, "--group-range", "armed-opposition=-0.2..0.2");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "group-score: error: group \uFFFD[31mred scores 1 on armed-opposition (editorial voice), above the maximum 0.2 (allowed -0.2..0.2)",
                "group-score: error: group e\uFFFDvil tab scores 1 on armed-opposition (editorial voice), above the maximum 0.2 (allowed -0.2..0.2)",
            ],
            result.OutLines);
    }

    [Fact]
    public void GroupRangeChecksEachGroupAndReportsEveryResult()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(
            CheckHelpers.Record("d1", "state-tv", "The terrorists attacked."),
            CheckHelpers.Record("d2", "wire", "The terrorists and the rebels."),
            CheckHelpers.Record("d3", "silent", "Nothing here.")));
        var result = CliRunner.Run("check", corpus, "--group-range", "armed-opposition=-0.2..0.2", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        using var report = JsonDocument.Parse(result.Out);
        var finding = Assert.Single(report.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("group-score", finding.Text("rule"));
        Assert.Equal("state-tv", finding.Text("group"));
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("file").ValueKind);
        var thresholds = report.RootElement.GetProperty("thresholds").EnumerateArray().ToDictionary(t => t.Text("group")!, t => t.Text("status"));
        Assert.Equal(new Dictionary<string, string?> { ["silent"] = "no-score", ["state-tv"] = "fail", ["wire"] = "pass" }, thresholds);
        Assert.True(report.RootElement.GetProperty("failed").GetBoolean());

        var text = CliRunner.Run("check", corpus, "--group-range", "armed-opposition=-0.2..0.2");
        Assert.Equal("group-score: error: group state-tv scores 1 on armed-opposition (editorial voice), above the maximum 0.2 (allowed -0.2..0.2)", Assert.Single(text.OutLines));
        Assert.Equal(0, CliRunner.Run("check", corpus, "--group-range", "armed-opposition=-1..1").ExitCode);
    }

    [Fact]
    public void GroupRangeAcceptsCompositeIndexesAndConfiguredVoices()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(
            CheckHelpers.Record("d1", "a", "He said: «the terrorists attacked and the army liberated the town». The regime denied it.")));
        var config = temp.Write("framing.json", """
            { "rules": { "groupScore": [
                { "dimension": "damascus-alignment", "min": -0.5, "voice": "all" },
                { "dimension": "damascus-alignment", "max": 0, "voice": "quoted" } ] } }
            """);
        var result = CliRunner.Run("check", corpus, "--config", config, "--format", "json");
        using var report = JsonDocument.Parse(result.Out);
        var statuses = report.RootElement.GetProperty("thresholds").EnumerateArray().Select(t => (t.Text("voice"), t.Text("status"))).ToArray();
        Assert.Equal([("all", "pass"), ("quoted", "fail")], statuses);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(0, CliRunner.Run("check", corpus, "--group-range", "damascus-alignment=..0").ExitCode);
    }

    [Theory]
    [InlineData("--max-document-score", "armed-opposition")]
    [InlineData("--max-document-score", "armed-opposition=high")]
    [InlineData("--group-range", "armed-opposition=0.2")]
    [InlineData("--group-range", "armed-opposition=..")]
    [InlineData("--group-range", "armed-opposition=0.5..0.1")]
    [InlineData("--max-document-score", "no-such=0.5")]
    [InlineData("--max-document-score", "armed-opposition=1.5")]
    [InlineData("--min-document-score", "armed-opposition=-1.0001")]
    [InlineData("--group-range", "armed-opposition=-2..0.2")]
    [InlineData("--group-range", "armed-opposition=..50")]
    // Three dots were read as another range without a word: 0...1 as 0..0.1, -1...5 as -1..0.5.
    [InlineData("--group-range", "armed-opposition=0...1")]
    [InlineData("--group-range", "armed-opposition=-1...5")]
    public void BadThresholdOptionsAreUsageErrors(string option, string value)
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "Text.\n");
        var result = CliRunner.Run("check", file, option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("framing: error: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void LimitsOutsideTheRangeOfScoresAreRefusedNotSilentlyNeverOrAlwaysBroken()
    {
        // Scores run from -1 to 1: a maximum of 50 (a percentage typed for 0.5) never failed, a minimum of 1.5 failed
        // every scored document. Limits of exactly -1 and 1 stay valid.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(CheckHelpers.Record("d1", "a", "The terrorists attacked.")));
        var max = CliRunner.Run("check", corpus, "--max-document-score", "armed-opposition=50");
        Assert.Equal(2, max.ExitCode);
        Assert.Equal("framing: error: --max-document-score armed-opposition=50: a limit must be a score from -1 to 1, not 50", Assert.Single(max.ErrorLines));
        Assert.Empty(max.Out);
        var range = CliRunner.Run("check", corpus, "--group-range", "armed-opposition=1.5..");
        Assert.Equal(2, range.ExitCode);
        Assert.Equal("framing: error: --group-range armed-opposition=1.5..: a limit must be a score from -1 to 1, not 1.5", Assert.Single(range.ErrorLines));
        Assert.Equal(0, CliRunner.Run("check", corpus, "--max-document-score", "armed-opposition=1", "--min-document-score", "armed-opposition=-1", "--group-range", "armed-opposition=-1..1").ExitCode);
        Assert.Equal(1, CliRunner.Run("check", corpus, "--max-document-score", "armed-opposition=0.9999").ExitCode);
    }

    [Fact]
    public void AScoreJustBeyondItsLimitIsNotWrittenAsTheLimitItself()
    {
        // 1,500.001 against 500 of weight: 1000.001 / 2000.001 = 0.50000025, which six digits write as 0.5. The message
        // said "scores 0.5 ..., above the maximum 0.5"; it now gives the figures that show why the limit is broken.
        using var temp = new TempFolder();
        var lexicon = WriteFineWeights(temp);
        var text = string.Join(' ', Enumerable.Repeat("terrorists", 1500).Append("zealots").Concat(Enumerable.Repeat("rebels", 500)));
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(CheckHelpers.Record("d1", "o", text)));
        var result = CliRunner.Run("check", corpus, "--lexicon", lexicon, "--max-document-score", "armed=0.5", "--group-range", "armed=-0.5..0.5");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                $"{corpus}:1:1: document-score: error: document d1 scores 0.500000249999875 on armed (editorial voice), above the maximum 0.5",
                "group-score: error: group o scores 0.500000249999875 on armed (editorial voice), above the maximum 0.5 (allowed -0.5..0.5)",
            ],
            result.OutLines);
        Assert.Equal(0, CliRunner.Run("check", corpus, "--lexicon", lexicon, "--max-document-score", "armed=0.5000003").ExitCode);
        var clear = CliRunner.Run("check", corpus, "--lexicon", lexicon, "--max-document-score", "armed=0.4");
        Assert.Contains("scores 0.5 on armed (editorial voice), above the maximum 0.4", Assert.Single(clear.OutLines), StringComparison.Ordinal);
    }

    [Fact]
    public void ALimitGivenTwiceIsOneFinding()
    {
        // The same limit as an option twice, or in the configuration and as an option, gave one finding per repeat
        // (two errors, two SARIF results, two annotations for one broken limit).
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(CheckHelpers.Record("d1", "a", "The terrorists attacked.")));
        var config = temp.Write("framing.json", """{ "rules": { "documentScore": [ { "dimension": "armed-opposition", "max": 0.5 } ], "groupScore": [ { "dimension": "armed-opposition", "max": 0.5 } ] } }""");
        var result = CliRunner.Run(
            "check", corpus, "--config", config, "--format", "json",
            "--max-document-score", "armed-opposition=0.5", "--max-document-score", "armed-opposition=0.5",
            "--group-range", "armed-opposition=..0.5", "--group-range", "armed-opposition=..0.5");
        Assert.Equal(1, result.ExitCode);
        var findings = CheckHelpers.Findings(result);
        Assert.Equal(["document-score", "group-score"], findings.Select(f => f.Text("rule")!).ToArray());
        Assert.Equal(config, findings[1].Text("file"));

        // Different limits are all checked.
        var two = CliRunner.Run("check", corpus, "--max-document-score", "armed-opposition=0.5", "--max-document-score", "armed-opposition=0.4");
        Assert.Equal(2, two.OutLines.Length);
    }

    [Fact]
    public void ALimitGivenAsAWarningAndAsAnOptionIsOneFindingAtTheHigherLevel()
    {
        // A warning in the configuration and the same limit as an option (an error) gave two findings, one of each.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(CheckHelpers.Record("d1", "a", "The terrorists attacked.")));
        var config = temp.Write("framing.json", """{ "rules": { "groupScore": [ { "dimension": "armed-opposition", "max": 0.2, "level": "warning" } ] } }""");

        var result = CliRunner.Run("check", corpus, "--config", config, "--format", "json", "--group-range", "armed-opposition=..0.2");

        Assert.Equal(1, result.ExitCode);
        var finding = Assert.Single(CheckHelpers.Findings(result));
        Assert.Equal("error", finding.Text("level"));
        Assert.Equal(config, finding.Text("file")); // the first one's place
    }

    [Fact]
    public void JsonAndSarifDoNotWriteAFailingScoreAsTheLimitItBroke()
    {
        // 0.50000025 broke armed=..0.5, but six significant digits wrote it as 0.5: the JSON report said
        // "score": 0.5, "max": 0.5, "status": "fail". As in the messages, such a score is now written in full.
        using var temp = new TempFolder();
        var lexicon = WriteFineWeights(temp);
        var text = string.Join(' ', Enumerable.Repeat("terrorists", 1500).Append("zealots").Concat(Enumerable.Repeat("rebels", 500)));
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(CheckHelpers.Record("d1", "o", text)));
        var json = CliRunner.Run("check", corpus, "--lexicon", lexicon, "--group-range", "armed=..0.5", "--max-document-score", "armed=0.5", "--format", "json");
        Assert.Equal(1, json.ExitCode);
        using var report = JsonDocument.Parse(json.Out);
        var threshold = Assert.Single(report.RootElement.GetProperty("thresholds").EnumerateArray());
        Assert.Equal("fail", threshold.Text("status"));
        Assert.Equal(0.500000249999875, threshold.GetProperty("score").GetDouble());
        Assert.Equal(0.5, threshold.GetProperty("max").GetDouble());
        Assert.All(CheckHelpers.Findings(json), f => Assert.Equal(0.500000249999875, f.GetProperty("score").GetDouble()));

        var sarif = CliRunner.Run("check", corpus, "--lexicon", lexicon, "--group-range", "armed=..0.5", "--format", "sarif");
        using var log = JsonDocument.Parse(sarif.Out);
        var result = Assert.Single(log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray());
        Assert.Equal(0.500000249999875, result.GetProperty("properties").GetProperty("score").GetDouble());

        // A score that reads as broken in six digits keeps them.
        var clear = CliRunner.Run("check", corpus, "--lexicon", lexicon, "--group-range", "armed=..0.4", "--format", "json");
        Assert.Contains("\"score\": 0.5,", clear.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("0.500000249999875", clear.Out, StringComparison.Ordinal);
    }

    /// <summary>A lexicon whose weights give scores just beyond 0.5 (1,500.001 against 500 of weight: 0.50000025).</summary>
    private static string WriteFineWeights(TempFolder temp) => temp.Write("w.yaml", """
            id: fine-weights
            version: 1.0.0
            title: Fine weights
            description: Weights in thousandths.
            license: CC0-1.0
            authors: [Tester]
            languages: [en]
            dimensions:
              - id: armed
                description: How armed opponents are named.
                poles:
                  a: { id: terror, label: Terror, description: Terror frame. }
                  b: { id: rebel, label: Rebel, description: Rebel frame. }
            entries:
              - { lang: en, pattern: terrorists, dimension: armed, pole: terror, weight: 1, note: n }
              - { lang: en, pattern: zealots, dimension: armed, pole: terror, weight: 0.001, note: n }
              - { lang: en, pattern: rebels, dimension: armed, pole: rebel, weight: 1, note: n }
            """);
}
