namespace Framing.Cli.Tests.Check;

public sealed class ExitCodeTests
{
    [Fact]
    public void CleanIsZeroFindingsAreOneMistakesAreTwo()
    {
        using var temp = new TempFolder();
        var clean = temp.Write("clean.txt", "The rebels advanced.\n");
        var dirty = temp.Write("dirty.txt", "The terrorists advanced.\n");
        Assert.Equal(0, CliRunner.Run("check", clean, "--editorial-pole", "armed-opposition/terrorism").ExitCode);
        Assert.Equal(1, CliRunner.Run("check", dirty, "--editorial-pole", "armed-opposition/terrorism").ExitCode);
        Assert.Equal(1, CliRunner.Run("check", clean, dirty, "--editorial-pole", "armed-opposition/terrorism").ExitCode);
        Assert.Equal(2, CliRunner.Run("check", dirty, "--editorial-pole", "armed-opposition/terrorism", "--format", "xml").ExitCode);
    }

    [Fact]
    public void NoRulesIsAUsageError()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "Text.\n");
        var result = CliRunner.Run("check", file);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("framing: error: no rules to check", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--config")]
    [InlineData("--lexicon")]
    [InlineData("--baseline")]
    [InlineData("--save-baseline")]
    [InlineData("--output")]
    [InlineData("")]
    public void EmptyValuesAreUsageErrors(string option)
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "Text.\n");
        string[] args = option.Length == 0
            ? ["check", file, string.Empty, "--editorial-pole", "armed-opposition"]
            : ["check", file, "--editorial-pole", "armed-opposition", option, string.Empty];
        var result = CliRunner.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("framing: error: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void NoInputIsAUsageError()
    {
        var result = CliRunner.Run("check", "--editorial-pole", "armed-opposition");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("framing: error: 'framing check' needs <files|corpus> (see 'framing check --help')", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void BadInputsAreOneLineWithTheirPlace()
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Path, "missing.txt");
        var badJson = temp.Write("bad.jsonl", CheckHelpers.Record("d1", "a", "The terrorists.") + "\n{not json\n");
        var badUtf8 = temp.WriteBytes("bad.txt", [.. "line one\nline "u8, 0xC3, 0x28]);
        var empty = temp.Write("empty.txt", "  \n");

        var result = CliRunner.Run("check", missing, "--editorial-pole", "armed-opposition");
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {missing}: no such file or directory", Assert.Single(result.ErrorLines));

        result = CliRunner.Run("check", badJson, "--editorial-pole", "armed-opposition");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"framing: error: {badJson}:2: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);

        result = CliRunner.Run("check", badUtf8, "--editorial-pole", "armed-opposition");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"framing: error: {badUtf8}:2: invalid UTF-8", Assert.Single(result.ErrorLines), StringComparison.Ordinal);

        result = CliRunner.Run("check", empty, "--editorial-pole", "armed-opposition");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"framing: error: {empty}: empty text", Assert.Single(result.ErrorLines), StringComparison.Ordinal);

        // Only invisible characters: it was checked as a text of no words.
        var invisible = temp.Write("invisible.txt", "\u200B\u2060\n\uFEFF\u180E");
        result = CliRunner.Run("check", invisible, "--editorial-pole", "armed-opposition");
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"framing: error: {invisible}: empty text", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void SkipInvalidChecksTheRestAndCountsTheRejected()
    {
        using var temp = new TempFolder();
        var badJson = temp.Write("bad.jsonl", CheckHelpers.Record("d1", "a", "The terrorists.") + "\n{not json\n");
        var result = CliRunner.Run("check", badJson, "--editorial-pole", "armed-opposition", "--skip-invalid", "--format", "json");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("\"documents_rejected\": 1", result.Out, StringComparison.Ordinal);
        Assert.Contains("framing: warning: skipped ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputOptionWritesTheReportToAFile()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "The terrorists.\n");
        var sarif = Path.Combine(temp.Path, "out.sarif");
        var result = CliRunner.Run("check", file, "--editorial-pole", "armed-opposition", "--format", "sarif", "-o", sarif, "-q");
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Out);
        Assert.Empty(result.Error);
        Assert.Contains("\"ruleId\": \"editorial-term\"", File.ReadAllText(sarif), StringComparison.Ordinal);
    }

    [Fact]
    public void HelpDescribesTheCommand()
    {
        var result = CliRunner.Run("check", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--editorial-pole DIMENSION[/POLE]", result.Out, StringComparison.Ordinal);
        Assert.Contains("check", CliRunner.Run("--help").Out, StringComparison.Ordinal);
    }
}
