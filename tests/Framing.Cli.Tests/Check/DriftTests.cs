using System.Text.Json;

namespace Framing.Cli.Tests.Check;

public sealed class DriftTests
{
    private static readonly string[] Before =
    [
        CheckHelpers.Record("d1", "state-tv", "The terrorists attacked. The rebels fled."),
        CheckHelpers.Record("d2", "state-tv", "The terrorists were defeated."),
        CheckHelpers.Record("d3", "wire", "The rebels advanced, said government forces."),
    ];

    [Fact]
    public void SavedBaselineWithoutDriftPasses()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Before));
        var baseline = Path.Combine(temp.Path, "baseline.json");
        var save = CliRunner.Run("check", corpus, "--save-baseline", baseline);
        Assert.Equal(0, save.ExitCode);
        Assert.True(File.Exists(baseline));

        var result = CliRunner.Run("check", corpus, "--baseline", baseline, "--format", "json");
        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        using var report = JsonDocument.Parse(result.Out);
        Assert.Empty(report.RootElement.GetProperty("findings").EnumerateArray());
        var drift = report.RootElement.GetProperty("thresholds").EnumerateArray().ToList();
        Assert.NotEmpty(drift);
        Assert.All(drift, t => Assert.Equal("score-drift", t.Text("rule")));
        Assert.Contains(drift, t => t.Text("status") == "pass");
        Assert.DoesNotContain(drift, t => t.Text("status") == "fail");
    }

    [Fact]
    public void MovedScoreFailsAtTheBaselineRow()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Before));
        var baseline = Path.Combine(temp.Path, "baseline.json");
        Assert.Equal(0, CliRunner.Run("check", corpus, "--save-baseline", baseline).ExitCode);

        var after = temp.Write("after.jsonl", CheckHelpers.Lines(
            CheckHelpers.Record("d1", "state-tv", "The terrorists attacked. The terrorists fled."),
            Before[1],
            Before[2]));
        var result = CliRunner.Run("check", after, "--baseline", baseline, "--tolerance", "0.05");
        Assert.Equal(1, result.ExitCode);

        // The dimension and the composite index that contains it both moved; the wire service did not.
        Assert.Equal(2, result.OutLines.Length);
        Assert.Contains(" group state-tv moved on damascus-alignment from 0.428571 to 1 ", result.OutLines[1], StringComparison.Ordinal);
        var line = result.OutLines[0];
        var rowLine = File.ReadAllLines(baseline).Select((text, i) => (text, i)).First(p => p.text.Contains("\"group\": \"state-tv\"", StringComparison.Ordinal)).i;
        Assert.Equal($"{baseline}:{rowLine}:5: score-drift: error: group state-tv moved on armed-opposition from 0.428571 to 1 (+0.571429, all voice), more than the tolerance 0.05", line);

        // A tolerance as large as the change passes.
        Assert.Equal(0, CliRunner.Run("check", after, "--baseline", baseline, "--tolerance", "0.6").ExitCode);
    }

    [Fact]
    public void BaselineFromFramingScoreJsonWorks()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Before));
        var baseline = Path.Combine(temp.Path, "scores.json");
        Assert.Equal(0, CliRunner.Run("score", corpus, "--format", "json", "--bootstrap", "0", "-o", baseline, "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("check", corpus, "--baseline", baseline).ExitCode);

        var editorial = Path.Combine(temp.Path, "editorial.json");
        Assert.Equal(0, CliRunner.Run("score", corpus, "--format", "json", "--bootstrap", "0", "--voice", "editorial", "-o", editorial, "-q").ExitCode);
        var result = CliRunner.Run("check", corpus, "--baseline", editorial, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\"voice\": \"editorial\"", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ABaselineInTheAttributedVoiceIsRead()
    {
        // 'framing score --voice attributed --format json' and 'framing check --save-baseline' with a drift rule in the
        // attributed voice both write "voice": "attributed"; the baseline reader refused it ("must be all, editorial
        // or quoted"), so the next check of the pipeline stopped with exit code 2.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(
            CheckHelpers.Record("d1", "state-tv", "The army said the terrorists attacked."),
            CheckHelpers.Record("d2", "wire", "Officials said the rebels advanced.")));
        var scores = Path.Combine(temp.Path, "scores.json");
        Assert.Equal(0, CliRunner.Run("score", corpus, "--format", "json", "--bootstrap", "0", "--voice", "attributed", "-o", scores, "-q").ExitCode);
        var fromScore = CliRunner.Run("check", corpus, "--baseline", scores, "--format", "json");
        Assert.True(fromScore.ExitCode == 0, fromScore.Error);
        Assert.Contains("\"voice\": \"attributed\"", fromScore.Out, StringComparison.Ordinal);

        var config = temp.Write("framing.json", """{ "rules": { "drift": { "baseline": "saved.json", "voice": "attributed" } } }""");
        Assert.Equal(0, CliRunner.Run("check", corpus, "--config", config, "--save-baseline", Path.Combine(temp.Path, "saved.json"), "-q").ExitCode);
        var fromSaved = CliRunner.Run("check", corpus, "--config", config);
        Assert.True(fromSaved.ExitCode == 0, fromSaved.Error);
    }

    [Fact]
    public void ConfiguredDriftResolvesTheBaselineNextToTheConfiguration()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Before));
        var config = temp.Write("ci/framing.json", """{ "rules": { "drift": { "baseline": "baseline.json", "tolerance": 0.01, "level": "warning" } } }""");
        Assert.Equal(0, CliRunner.Run("check", corpus, "--save-baseline", Path.Combine(temp.Path, "ci", "baseline.json")).ExitCode);
        Assert.Equal(0, CliRunner.Run("check", corpus, "--config", config).ExitCode);

        var after = temp.Write("after.jsonl", CheckHelpers.Lines(Before[0], Before[2]));
        var result = CliRunner.Run("check", after, "--config", config);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(": score-drift: warning: group state-tv moved on armed-opposition", result.Out, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("check", after, "--config", config, "--fail-on", "error").ExitCode);
    }

    [Fact]
    public void MissingBaselineIsSkippedOnlyWhileSavingOne()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Before));
        var baseline = Path.Combine(temp.Path, "baseline.json");
        var missing = CliRunner.Run("check", corpus, "--baseline", baseline);
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal($"framing: error: {baseline}: no such file", Assert.Single(missing.ErrorLines));

        var first = CliRunner.Run("check", corpus, "--baseline", baseline, "--save-baseline", baseline);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains($"framing: warning: {baseline}: no such file; drift is not checked", first.Error, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("check", corpus, "--baseline", baseline, "--save-baseline", baseline).ExitCode);
    }

    [Fact]
    public void ABaselineWithoutAGroupOfTheCorpusIsAnInputError()
    {
        // Saved by outlet, checked by document id: every row was "missing", which never fails, so the drift check
        // passed whatever the scores did.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Before));
        var baseline = Path.Combine(temp.Path, "baseline.json");
        Assert.Equal(0, CliRunner.Run("check", corpus, "--save-baseline", baseline, "-q").ExitCode);
        var result = CliRunner.Run("check", corpus, "--baseline", baseline, "--by", "id");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {baseline}: none of the baseline's 2 groups ('state-tv', 'wire') is a group of the corpus ('d1', 'd2', 'd3'): was it saved with another --by or corpus?", Assert.Single(result.ErrorLines));

        // Some groups missing is normal (an outlet without articles this time); a run saving a new baseline warns.
        var wireOnly = temp.Write("wire.jsonl", CheckHelpers.Lines(Before[2]));
        Assert.Equal(0, CliRunner.Run("check", wireOnly, "--baseline", baseline).ExitCode);
        var next = Path.Combine(temp.Path, "next.json");
        var saving = CliRunner.Run("check", corpus, "--baseline", baseline, "--by", "id", "--save-baseline", next, "-q");
        Assert.Equal(0, saving.ExitCode);
        Assert.StartsWith($"framing: warning: {baseline}: none of the baseline's 2 groups", Assert.Single(saving.ErrorLines), StringComparison.Ordinal);
        Assert.True(File.Exists(next));
    }

    [Fact]
    public void ABaselineWithoutRowsIsAnInputErrorAgainstACorpusWithGroups()
    {
        // Saved from an empty corpus (--allow-empty), or {"rows": []} by hand: the drift check passed every corpus.
        using var temp = new TempFolder();
        var empty = temp.Write("empty.jsonl", string.Empty);
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Before));
        var baseline = Path.Combine(temp.Path, "baseline.json");
        Assert.Equal(0, CliRunner.Run("check", empty, "--allow-empty", "--save-baseline", baseline, "-q").ExitCode);
        Assert.Contains("\"rows\": []", File.ReadAllText(baseline), StringComparison.Ordinal);
        var result = CliRunner.Run("check", corpus, "--baseline", baseline);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {baseline}: the baseline has no rows, so no score of the corpus's 2 groups ('state-tv', 'wire') would be compared with it: was it saved from an empty corpus? Save one from this corpus with --save-baseline", Assert.Single(result.ErrorLines));
        Assert.Equal(0, CliRunner.Run("check", empty, "--allow-empty", "--baseline", baseline, "-q").ExitCode); // nothing to compare either way
        var saving = CliRunner.Run("check", corpus, "--baseline", baseline, "--save-baseline", Path.Combine(temp.Path, "next.json"), "-q");
        Assert.Equal(0, saving.ExitCode);
        Assert.StartsWith($"framing: warning: {baseline}: the baseline has no rows", Assert.Single(saving.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check", "--save-baseline", "the baseline")]
    [InlineData("score", "--save-state", "the state")]
    public void AnOutputInAMissingFolderIsRefusedBeforeTheCorpusIsRead(string command, string option, string what)
    {
        // Before: written at the end, so a misspelt folder failed only after every record was read and every finding
        // printed (check printed all its findings, then exited 2).
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Before));
        var target = Path.Combine(temp.Path, "missing", "out.json");
        var args = command == "check"
            ? new[] { "check", corpus, "--editorial-pole", "armed-opposition", option, target }
            : new[] { "score", corpus, option, target };
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {target}: cannot write {what}: no such folder {Path.Combine(temp.Path, "missing")}", Assert.Single(result.ErrorLines));
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void BadBaselinesAreInputErrors()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Before));
        var perDocument = Path.Combine(temp.Path, "per-document.json");
        Assert.Equal(0, CliRunner.Run("score", corpus, "--format", "json", "--per-document", "-o", perDocument, "-q").ExitCode);
        var other = temp.Write("other.json", """{ "lexicon": { "id": "immigration" }, "rows": [] }""");
        var broken = temp.Write("broken.json", "{ \"rows\": [\n  { \"group\": \"a\", \"dimension\": \"x\" }\n] }");
        var notJson = temp.Write("not.json", "rows: []");

        AssertError(CliRunner.Run("check", corpus, "--baseline", perDocument), perDocument + ":", "per-document scores cannot be a baseline");
        AssertError(CliRunner.Run("check", corpus, "--baseline", other), other + ":1:22: the baseline was scored with lexicon 'immigration', not 'starter'", string.Empty);
        AssertError(CliRunner.Run("check", corpus, "--baseline", broken), broken + ":2:3: a row needs \"score\"", string.Empty);
        AssertError(CliRunner.Run("check", corpus, "--baseline", notJson), notJson + ":1:1: malformed JSON", string.Empty);
        AssertError(CliRunner.Run("check", corpus, "--baseline", Path.Combine(temp.Path, "missing.json")), "missing.json: no such file", string.Empty);
        AssertError(CliRunner.Run("check", corpus, "--editorial-pole", "armed-opposition", "--tolerance", "0.1"), "--tolerance needs --baseline", string.Empty);
        AssertError(CliRunner.Run("check", corpus, "--baseline", other, "--tolerance", "-1"), "--tolerance must be a number from 0 to 2", string.Empty);
    }

    [Fact]
    public void ToleranceBeyondTheLargestPossibleChangeIsRefused()
    {
        // Scores run from -1 to 1, so no score moves by more than 2: --tolerance 5 (5 % typed for 0.05) never failed.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Before));
        var baseline = Path.Combine(temp.Path, "baseline.json");
        Assert.Equal(0, CliRunner.Run("check", corpus, "--save-baseline", baseline, "-q").ExitCode);
        var result = CliRunner.Run("check", corpus, "--baseline", baseline, "--tolerance", "5");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("framing: error: --tolerance must be a number from 0 to 2 (no score moves by more than 2), not '5'", Assert.Single(result.ErrorLines));
        Assert.Equal(0, CliRunner.Run("check", corpus, "--baseline", baseline, "--tolerance", "2").ExitCode);
        var config = temp.Write("framing.json", """{ "rules": { "drift": { "baseline": "baseline.json", "tolerance": 5 } } }""");
        var configured = CliRunner.Run("check", corpus, "--config", config);
        Assert.Equal(2, configured.ExitCode);
        Assert.Equal($"framing: error: {config}:1:67: \"rules.drift.tolerance\" must be a number from 0 to 2 (no score moves by more than 2), not 5", Assert.Single(configured.ErrorLines));
    }

    private static void AssertError(CliRunner.Result result, string start, string contains)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: ", line, StringComparison.Ordinal);
        Assert.Contains(start, line, StringComparison.Ordinal);
        Assert.Contains(contains, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AChangeJustBeyondTheToleranceIsNotWrittenAsTheToleranceItself()
    {
        // A baseline holding more digits than six (edited, or written by another tool): 0.37857098 against a current
        // 0.428571 is a change of 0.05000002, beyond the tolerance 0.05, which six digits wrote as "+0.05" (and the
        // baseline as 0.378571). The figures are now written in full, in the message and in the JSON report.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Before));
        var baseline = Path.Combine(temp.Path, "baseline.json");
        Assert.Equal(0, CliRunner.Run("check", corpus, "--save-baseline", baseline).ExitCode);
        var saved = File.ReadAllText(baseline);
        var at = saved.IndexOf("\"score\": 0.428571,", StringComparison.Ordinal);
        Assert.True(at > 0, saved);
        File.WriteAllText(baseline, saved[..at] + "\"score\": 0.37857098," + saved[(at + "\"score\": 0.428571,".Length)..]);

        var result = CliRunner.Run("check", corpus, "--baseline", baseline, "--tolerance", "0.05");
        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith(
            "score-drift: error: group state-tv moved on armed-opposition from 0.37857098 to 0.428571 (+0.05000002, all voice), more than the tolerance 0.05",
            Assert.Single(result.OutLines),
            StringComparison.Ordinal);

        var json = CliRunner.Run("check", corpus, "--baseline", baseline, "--tolerance", "0.05", "--format", "json");
        using var report = JsonDocument.Parse(json.Out);
        var failed = Assert.Single(report.RootElement.GetProperty("thresholds").EnumerateArray(), t => t.Text("status") == "fail");
        Assert.Equal(0.37857098, failed.GetProperty("baseline").GetDouble());
        Assert.Equal(0.428571, failed.GetProperty("score").GetDouble());

        // A change that reads as beyond the tolerance in six digits keeps them.
        var clear = CliRunner.Run("check", corpus, "--baseline", baseline, "--tolerance", "0.04");
        Assert.EndsWith("from 0.378571 to 0.428571 (+0.05, all voice), more than the tolerance 0.04", Assert.Single(clear.OutLines), StringComparison.Ordinal);
    }
}
