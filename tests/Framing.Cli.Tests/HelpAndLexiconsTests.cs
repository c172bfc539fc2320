namespace Framing.Cli.Tests;

public sealed class HelpAndLexiconsTests
{
    [Theory]
    [InlineData("score")]
    [InlineData("kwic")]
    [InlineData("validate")]
    [InlineData("lexicons", "list")]
    [InlineData("lexicons", "show")]
    [InlineData("lexicons", "validate")]
    public void EveryCommandHasHelpWithExamples(params string[] command)
    {
        var result = CliRunner.Run([.. command, "--help"]);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Usage: framing " + string.Join(' ', command), result.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:", result.Out, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneralHelpListsCommands()
    {
        var result = CliRunner.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("score", result.Out, StringComparison.Ordinal);
        Assert.Contains("kwic", result.Out, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run().ExitCode);
    }

    [Fact]
    public void ListShowsTheStarterLexicon()
    {
        var result = CliRunner.Run("lexicons", "list", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        var row = Csv.Parse(result.Out).Single(r => r["id"] == "starter");
        Assert.Equal("ar en", row["languages"]);
        Assert.Equal("3", row["dimensions"]);
        Assert.Equal("CC-BY-4.0", row["license"]);
    }

    [Fact]
    public void ShowListsPolesAndEntries()
    {
        var poles = Csv.Parse(CliRunner.Run("lexicons", "show", "starter", "--format", "csv").Out);
        Assert.Contains(poles, r => r["dimension"] == "government-forces" && r["side"] == "b" && r["pole"] == "regime");
        var entries = Csv.Parse(CliRunner.Run("lexicons", "show", "starter", "--entries", "--format", "csv").Out);
        Assert.True(entries.Count > 50);
        Assert.All(entries, e => Assert.False(string.IsNullOrWhiteSpace(e["note"])));
    }

    [Fact]
    public void ValidateReportsEveryProblemAndExitsOne()
    {
        using var temp = new TempFolder();
        var path = temp.Write("bad.yaml", "id: bad\nversion: 1.0.0\ntitle: t\ndescription: d\nlicense: MIT\nauthors: [me]\nlanguages: [en]\ndimensions:\n  - id: d\n    description: x\n    poles:\n      a: { id: p, label: P, description: p }\n      b: { id: q, label: Q, description: q }\nentries:\n  - { lang: en, pattern: \"re*bel\", dimension: d, pole: p, note: n }\n  - { lang: en, pattern: foo, dimension: d, pole: p, weight: 2, note: n }\n");
        var result = CliRunner.Run("lexicons", "validate", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.OutLines.Length);
        Assert.StartsWith(path + ":15:", result.OutLines[0], StringComparison.Ordinal);
        Assert.Contains("misplaced '*'", result.OutLines[0], StringComparison.Ordinal);
        Assert.StartsWith(path + ":16:", result.OutLines[1], StringComparison.Ordinal);
        Assert.Contains("out of range", result.OutLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateAcceptsTheShippedLexicons()
    {
        var result = CliRunner.Run("lexicons", "validate", "starter");
        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"^starter: ok \(starter [0-9.]+: 3 dimensions, 1 composite, [0-9]+ entries\)$", result.OutLines.Single()); // "1 composite", not "1 composites"
        Assert.Equal(2, CliRunner.Run("lexicons", "validate", "/no/such.yaml").ExitCode);
    }

    [Fact]
    public void ValidateWarnsOfPatternsThatMatchMoreThanTheySayAndStillPasses()
    {
        // "it's" was read as "it" and "#terror" as "terror" without a word (lexicons import warned; validate did not).
        using var temp = new TempFolder();
        var path = temp.Write("warn.yaml", "id: warn\nversion: 1.0.0\ntitle: t\ndescription: d\nlicense: MIT\nauthors: [me]\nlanguages: [en]\ndimensions:\n  - id: d\n    description: x\n    poles:\n      a: { id: p, label: P, description: p }\n      b: { id: q, label: Q, description: q }\nentries:\n  - { lang: en, pattern: \"it's terrorists\", dimension: d, pole: p, note: n }\n  - { lang: en, pattern: \"#terror\", dimension: d, pole: p, note: n }\n  - { lang: en, pattern: \"Assad's forces\", dimension: d, pole: q, note: n }\n");
        var result = CliRunner.Run("lexicons", "validate", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(
            [
                $"{path}:15:26: warning: pattern \"it's terrorists\": \"it's\" is read as \"it\" (an apostrophe and s are dropped, as from a possessive), so the entry matches every \"it\"; if it is a contraction, reword the pattern or remove the entry",
                $"{path}:16:26: warning: pattern \"#terror\": '#' is not part of a word here (a dictionary tool may keep \"#terror\" or \"@user\" as one token), so the entry is \"terror\" and matches every \"terror\"",
                $"{path}: ok (warn 1.0.0: 1 dimension, 0 composites, 3 entries; 2 warnings)",
            ],
            result.OutLines);
        foreach (var shipped in new[] { "syria-conflict", "immigration", "russia-ukraine" })
        {
            Assert.DoesNotContain("warning", Assert.Single(CliRunner.Run("lexicons", "validate", shipped).OutLines), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ShowSaysWhenAScriptGoesToALanguageWithoutPatterns()
    {
        // "Arabic script as ar" for an English-only lexicon read as if Arabic texts were matched; they are scored with
        // no matches.
        using var temp = new TempFolder();
        var path = temp.Write("en.yaml", "id: en-only\nversion: 1.0.0\ntitle: t\ndescription: d\nlicense: MIT\nauthors: [me]\nlanguages: [en]\ndimensions:\n  - id: d\n    description: x\n    poles:\n      a: { id: p, label: P, description: p }\n      b: { id: q, label: Q, description: q }\nentries:\n  - { lang: en, pattern: rebels, dimension: d, pole: p, note: n }\n");
        var show = CliRunner.Run("lexicons", "show", path);
        Assert.Contains("documents without a language: Latin script as en, Arabic script as ar (no patterns: no matches)", show.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("no patterns", CliRunner.Run("lexicons", "show", "starter").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateListsWarningsAmongTheErrorsInFileOrder()
    {
        // A file with an error used to show its warnings only once the error was fixed.
        using var temp = new TempFolder();
        var path = temp.Write("both.yaml", "id: both\nversion: 1.0.0\ntitle: t\ndescription: d\nlicense: MIT\nauthors: [me]\nlanguages: [en]\ndimensions:\n  - id: d\n    description: x\n    poles:\n      a: { id: p, label: P, description: p }\n      b: { id: q, label: Q, description: q }\nentries:\n  - { lang: en, pattern: \"terror*\", dimension: d, pole: p, note: n }\n  - { lang: en, pattern: \"terrorism*\", dimension: d, pole: q, note: n }\n  - { lang: en, pattern: \"thugs\", dimension: d, pole: p, weight: 2, note: n }\n");
        var result = CliRunner.Run("lexicons", "validate", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.OutLines.Length);
        Assert.StartsWith($"{path}:16:26: warning: entry \"terrorism*\" never counts", result.OutLines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{path}:17:", result.OutLines[1], StringComparison.Ordinal);
        Assert.Contains("out of range", result.OutLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderGivenToValidateCannotBeReadExitTwoNotALexiconWithProblems()
    {
        // The help: "2 when a file cannot be read". Before, a folder was exit 1, as if it were a lexicon with problems.
        var folder = Path.GetTempPath().TrimEnd(Path.DirectorySeparatorChar);
        var result = CliRunner.Run("lexicons", "validate", folder);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(folder + ": is a directory, not a file", Assert.Single(result.OutLines));
    }
}
