namespace Framing.Cli.Tests.Check;

public sealed class EditorialRuleTests
{
    [Fact]
    public void LoadedTermOutsideQuotesFires()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "Officials said the terrorists fled.\n");
        var result = CliRunner.Run("check", file, "--editorial-pole", "armed-opposition/terrorism");
        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.OutLines);
        Assert.Equal($"{file}:1:20: editorial-term: error: armed-opposition/terrorism term in the editorial voice (lexicon entry terrorist*) \"terrorists\"", line);
        Assert.Contains("framing: check failed: 1 error, 0 warnings in 1 document (", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Officials said they were «terrorists» and fled.")]
    [InlineData("Officials said they were “terrorists” and fled.")]
    [InlineData("The minister said: \"The terrorists fled.\"")]
    [InlineData("قال المتحدث إن «الإرهابيين» فروا.")]
    [InlineData("قال المتحدث إن “الإرهابيين” فروا.")]
    public void LoadedTermInsideQuotesDoesNotFire(string text)
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", text + "\n");
        var result = CliRunner.Run("check", file, "--editorial-pole", "armed-opposition/terrorism");
        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        Assert.Empty(result.Out);
        Assert.Contains("framing: check passed: 0 errors", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ArabicLoadedTermOutsideQuotesFires()
    {
        using var temp = new TempFolder();
        var file = temp.Write("ar.txt", "قال المتحدث إن الإرهابيين فروا، و«الإرهابيين» في الاقتباس.\n");
        var result = CliRunner.Run("check", file, "--editorial-pole", "armed-opposition/terrorism");
        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith(":1:16: editorial-term: error: armed-opposition/terrorism term in the editorial voice (lexicon entry إرهابي*) \"الإرهابيين\"", Assert.Single(result.OutLines), StringComparison.Ordinal);
    }

    [Fact]
    public void OtherPoleDoesNotFire()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "The rebels advanced.\n");
        Assert.Equal(0, CliRunner.Run("check", file, "--editorial-pole", "armed-opposition/terrorism").ExitCode);
        Assert.Equal(1, CliRunner.Run("check", file, "--editorial-pole", "armed-opposition").ExitCode);
    }

    [Fact]
    public void DimensionAloneSelectsBothPolesButNotNeutralVocabulary()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "Fighters and rebels and terrorists.\n");
        var result = CliRunner.Run("check", file, "--editorial-pole", "armed-opposition", "--format", "json");
        Assert.Equal(["opposition", "terrorism"], CheckHelpers.Findings(result).Select(f => f.Text("pole")!).ToArray());
    }

    [Fact]
    public void EntryRuleSelectsOnlyThatEntry()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "The regime and the terrorists.\n");
        var result = CliRunner.Run("check", file, "--editorial-entry", "regime", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        var finding = Assert.Single(CheckHelpers.Findings(result));
        Assert.Equal("regime", finding.Text("entry"));
        Assert.Equal("government-forces", finding.Text("dimension"));
        Assert.Equal(5, finding.Int("column"));
    }

    [Fact]
    public void EntryExclusionsAreRespected()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "They called for regime change.\n");
        Assert.Equal(0, CliRunner.Run("check", file, "--editorial-entry", "regime").ExitCode);
    }

    [Fact]
    public void OverlappingRulesGiveOneFindingAtTheHighestLevel()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "The regime shelled the town.\n");
        var config = temp.Write("framing.json", """
            { "rules": { "editorial": [
              { "pattern": "regime", "level": "warning" },
              { "dimension": "government-forces", "pole": "regime", "level": "error" } ] } }
            """);
        var result = CliRunner.Run("check", file, "--config", config, "--format", "json");
        Assert.Equal("error", Assert.Single(CheckHelpers.Findings(result)).Text("level"));
    }

    [Fact]
    public void WarningsFailOnlyWithFailOnWarning()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "The regime shelled the town.\n");
        var config = temp.Write("framing.json", """{ "rules": { "editorial": [ { "pattern": "regime", "level": "warning" } ] } }""");
        var byDefault = CliRunner.Run("check", file, "--config", config);
        Assert.Equal(1, byDefault.ExitCode);
        Assert.Contains(": editorial-term: warning: ", byDefault.Out, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("check", file, "--config", config, "--fail-on", "error").ExitCode);
        Assert.Equal(0, CliRunner.Run("check", file, "--editorial-entry", "regime", "--fail-on", "none").ExitCode);
        Assert.Equal(1, CliRunner.Run("check", file, "--editorial-entry", "regime", "--fail-on", "error").ExitCode);
    }

    [Theory]
    [InlineData("--editorial-pole", "no-such/terrorism", "--editorial-pole no-such/terrorism: unknown dimension 'no-such' in lexicon 'starter'")]
    [InlineData("--editorial-pole", "armed-opposition/no-such", "--editorial-pole armed-opposition/no-such: unknown pole 'no-such' of dimension 'armed-opposition' (poles: terrorism, opposition, neutral)")]
    [InlineData("--editorial-pole", "damascus-alignment", "--editorial-pole damascus-alignment: 'damascus-alignment' is a composite index")]
    [InlineData("--editorial-entry", "no such pattern", "--editorial-entry no such pattern: no entry of lexicon 'starter' has the pattern 'no such pattern'")]
    [InlineData("--editorial-pole", "armed-opposition/", "--editorial-pole must be DIMENSION/POLE")]
    public void BadRuleOptionsAreUsageErrors(string option, string value, string expected)
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "Text.\n");
        var result = CliRunner.Run("check", file, option, value);
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("framing: error: " + expected, line, StringComparison.Ordinal);
        Assert.Empty(result.Out);
    }

    [Fact]
    public void APatternCopiedFromTheEntriesTableWithItsIsolatingMarksIsFound()
    {
        // 'lexicons show --entries' isolates an Arabic pattern (U+2068 … U+2069) so that it reads right in a terminal; a
        // pattern copied from there was "no entry of lexicon 'starter' has the pattern ⁨إرهابي*⁩".
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "\u0647\u0627\u062C\u0645 \u0627\u0644\u0625\u0631\u0647\u0627\u0628\u064A\u0648\u0646 \u0627\u0644\u0642\u0631\u064A\u0629.\n");
        const string Pattern = "\u0625\u0631\u0647\u0627\u0628\u064A*";
        var table = CliRunner.Run("lexicons", "show", "starter", "--entries").Out;
        Assert.Contains("\u2068" + Pattern + "\u2069", table, StringComparison.Ordinal);

        var copied = CliRunner.Run("check", file, "--editorial-entry", "\u2068" + Pattern + "\u2069", "--format", "json");
        var typed = CliRunner.Run("check", file, "--editorial-entry", Pattern, "--format", "json");
        Assert.Equal(1, copied.ExitCode);
        Assert.Equal(typed.Out, copied.Out);
        Assert.Equal(Pattern, Assert.Single(CheckHelpers.Findings(copied)).Text("entry"));

        var config = temp.Write("framing.json", "{ \"rules\": { \"editorial\": [ { \"pattern\": \"\u2068" + Pattern + "\u2069\" } ] } }");
        Assert.Equal(1, CliRunner.Run("check", file, "--config", config, "-q").ExitCode);
    }

    [Fact]
    public void APatternUnderTheOtherPoleIsSaidToBeThere()
    {
        // "no entry … has the pattern 'rebel*' in dimension 'armed-opposition'" was wrong: it has, under the other pole.
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "Text.\n");
        var config = temp.Write("framing.json", "{ \"rules\": { \"editorial\": [ { \"dimension\": \"armed-opposition\", \"pole\": \"terrorism\", \"pattern\": \"rebel*\" } ] } }");
        var result = CliRunner.Run("check", file, "--config", config);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no entry of lexicon 'starter' has the pattern 'rebel*' under pole 'terrorism' of dimension 'armed-opposition' (its entry is under pole 'opposition')", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }
}
