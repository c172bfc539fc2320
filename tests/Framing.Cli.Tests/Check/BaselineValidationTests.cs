namespace Framing.Cli.Tests.Check;

/// <summary>A baseline is checked as strictly as the configuration file: every mistake is exit 2 at its file:line:column.</summary>
public sealed class BaselineValidationTests
{
    private static readonly string[] Corpus =
    [
        CheckHelpers.Record("d1", "alpha", "The rebels advanced. The terrorists fled."),
        CheckHelpers.Record("d2", "alpha", "Rebels held the town."),
        CheckHelpers.Record("d3", "beta", "The regime shelled the rebels."),
    ];

    [Theory]
    [InlineData("5", "5")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("1e3", "1000")]
    public void AScoreOutsideMinusOneToOneIsRefusedAtItsPlace(string score, string shown)
    {
        // Before: a score of 5 (a percentage, or a typo) was accepted, and every current score "drifted" from it.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Corpus));
        var baseline = temp.Write("b.json", "{ \"lexicon\": {\"id\":\"starter\"}, \"voice\":\"all\", \"rows\": [\n  {\"group\":\"alpha\",\"dimension\":\"armed-opposition\",\"score\": " + score + "} ] }\n");
        var result = CliRunner.Run("check", corpus, "--baseline", baseline);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {baseline}:2:60: \"score\" must be a score from -1 to 1, not {shown}", Assert.Single(result.ErrorLines));
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void ScoresAtTheEndsAndNullAreAccepted()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Corpus));
        var baseline = temp.Write("b.json", """{ "rows": [ {"group":"alpha","dimension":"armed-opposition","score": -1}, {"group":"beta","dimension":"armed-opposition","score": 1}, {"group":"alpha","dimension":"damascus-alignment","score": null} ] }""");
        var result = CliRunner.Run("check", corpus, "--baseline", baseline, "--tolerance", "2", "-q");
        Assert.True(result.ExitCode == 0, result.Error);
    }

    [Fact]
    public void ADimensionTheLexiconDoesNotHaveIsRefusedWithASuggestion()
    {
        // Before: a misspelt dimension was listed as "missing" and the check passed, so that row was never compared.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Corpus));
        var typo = temp.Write("typo.json", "{ \"lexicon\": {\"id\":\"starter\"}, \"voice\":\"all\", \"rows\": [\n  {\"group\":\"alpha\",\"dimension\":\"armed-oppositon\",\"score\": 0.9},\n  {\"group\":\"beta\",\"dimension\":\"damascus-alignment\",\"score\": -1} ] }\n");
        var result = CliRunner.Run("check", corpus, "--baseline", typo);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {typo}:2:32: unknown dimension or composite index 'armed-oppositon' in lexicon 'starter' (did you mean 'armed-opposition'?)", Assert.Single(result.ErrorLines));

        var unrelated = temp.Write("unrelated.json", """{ "rows": [ {"group":"alpha","dimension":"economy","score": 0.1} ] }""");
        var other = CliRunner.Run("check", corpus, "--baseline", unrelated);
        Assert.Equal(2, other.ExitCode);
        Assert.StartsWith($"framing: error: {unrelated}:1:42: unknown dimension or composite index 'economy' in lexicon 'starter' (known: armed-opposition, ", Assert.Single(other.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void ACompositeIndexIsADimensionOfTheBaseline()
    {
        // check --save-baseline writes the lexicon's composite indexes as rows too; they must read back.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Corpus));
        var baseline = Path.Combine(temp.Path, "b.json");
        Assert.Equal(0, CliRunner.Run("check", corpus, "--save-baseline", baseline, "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("check", corpus, "--baseline", baseline, "-q").ExitCode);
    }

    [Fact]
    public void ABaselineOfAnotherLexiconIsRefusedBeforeItsDimensions()
    {
        // The lexicon is named first: its dimensions are not "unknown", they are another lexicon's.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Corpus));
        var other = temp.Write("other.json", """{ "lexicon": { "id": "immigration" }, "rows": [ {"group":"alpha","dimension":"economy","score": 0.1} ] }""");
        var result = CliRunner.Run("check", corpus, "--baseline", other);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {other}:1:22: the baseline was scored with lexicon 'immigration', not 'starter'", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("\"immigration\"", "1:14", "\"lexicon\" must be an object with the lexicon's \"id\"")]
    [InlineData("5", "1:14", "\"lexicon\" must be an object with the lexicon's \"id\"")]
    [InlineData("null", "1:14", "\"lexicon\" must be an object with the lexicon's \"id\"")]
    [InlineData("[\"immigration\"]", "1:14", "\"lexicon\" must be an object with the lexicon's \"id\"")]
    [InlineData("{\"id\":null}", "1:20", "\"lexicon.id\" must be a string")]
    [InlineData("{\"id\":[\"starter\"]}", "1:20", "\"lexicon.id\" must be a string")]
    public void ABaselineLexiconOfTheWrongTypeIsAnInputErrorAtItsPlace(string value, string place, string message)
    {
        // Before: any "lexicon" that was not an object with a string id was passed over, so {"lexicon":"immigration"}
        // was checked against starter's scores without a word.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Corpus));
        var baseline = temp.Write("b.json", "{ \"lexicon\": " + value + ", \"rows\": [] }");
        var result = CliRunner.Run("check", corpus, "--baseline", baseline);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"framing: error: {baseline}:{place}: {message}", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void TheOutputCannotReplaceTheBaselineItChecksAgainst()
    {
        // Before: -o naming the baseline passed (exit 0) and left it empty, or a SARIF log: the next run failed on it.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Corpus));
        var baseline = Path.Combine(temp.Path, "b.json");
        Assert.Equal(0, CliRunner.Run("score", corpus, "--format", "json", "-o", baseline, "-q").ExitCode);
        var saved = File.ReadAllBytes(baseline);

        foreach (var format in new[] { "text", "sarif" })
        {
            var result = CliRunner.Run("check", corpus, "--baseline", baseline, "-f", format, "-o", baseline, "-q");
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("the drift baseline", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
            Assert.Equal(saved, File.ReadAllBytes(baseline));
        }

        // Named by a configuration file, the same.
        var config = temp.Write("framing.json", "{ \"rules\": { \"drift\": { \"baseline\": \"b.json\" } } }");
        Assert.Equal(2, CliRunner.Run("check", corpus, "--config", config, "-o", baseline, "-q").ExitCode);
        Assert.Equal(saved, File.ReadAllBytes(baseline));

        // --save-baseline naming it keeps the baseline current, as before, also by another name of the same file.
        Assert.Equal(0, CliRunner.Run("check", corpus, "--baseline", baseline, "--save-baseline", baseline, "-q").ExitCode);
        if (!OperatingSystem.IsWindows())
        {
            var linked = Path.Combine(temp.Path, "linked");
            Directory.CreateSymbolicLink(linked, temp.Path);
            Assert.Equal(0, CliRunner.Run("check", corpus, "--baseline", baseline, "--save-baseline", Path.Combine(linked, "b.json"), "-q").ExitCode);
            Assert.Equal(2, CliRunner.Run("check", corpus, "--baseline", baseline, "-o", Path.Combine(linked, "b.json"), "-q").ExitCode);
        }
    }

    [Fact]
    public void SavingTheBaselineOnStandardOutputIsRefusedBeforeTheCorpusIsRead()
    {
        // Before: every finding was written, then the run stopped with exit 2 for '-'.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Corpus));
        var result = CliRunner.Run("check", corpus, "--max-document-score", "armed-opposition=-1", "--save-baseline", "-");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Equal("framing: error: the baseline is written to a file: '-' (standard output) is not accepted for it", Assert.Single(result.ErrorLines));
    }
}
