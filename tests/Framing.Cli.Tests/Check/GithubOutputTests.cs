using Framing.Cli.Commands.Check;

namespace Framing.Cli.Tests.Check;

public sealed class GithubOutputTests
{
    [Fact]
    public void FindingsAreWorkflowCommandsWithPathsRelativeToTheSourceRoot()
    {
        using var temp = new TempFolder();
        temp.Write("articles/a.txt", "Quiet.\nThe terrorists fled.\n");
        var result = CliRunner.Run("check", Path.Combine(temp.Path, "articles"), "--editorial-pole", "armed-opposition/terrorism", "--format", "github", "--source-root", temp.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            "::error file=articles/a.txt,line=2,col=5,endColumn=14,title=framing editorial-term::armed-opposition/terrorism term in the editorial voice (lexicon entry terrorist*) \"terrorists\"",
            Assert.Single(result.OutLines));
    }

    [Fact]
    public void MessagesAndPropertiesAreEscaped()
    {
        Assert.Equal("100%25 sure%0D%0Aline two: a, b", GithubWriter.EscapeData("100% sure\r\nline two: a, b"));
        Assert.Equal("a%3Ab%2Cc%25d%0A", GithubWriter.EscapeProperty("a:b,c%d\n"));
    }

    [Fact]
    public void ControlCharactersAndBidiControlsOfTheDataReachNoTerminal()
    {
        // Before: ESC, BEL and an OSC-8 hyperlink in a document id or outlet name went to the log as they were.
        Assert.Equal("\uFFFD[31mred\uFFFD[0m\uFFFD \uFFFD]8;;http://x\uFFFD a\uFFFDb\uFFFDc%0Ad", GithubWriter.EscapeData("\u001B[31mred\u001B[0m\u0007 \u009D]8;;http://x\u0007 a\u202Eb\u2067c\nd"));
        Assert.Equal("a b", GithubWriter.EscapeData("a\tb"));
        Assert.Equal("x\uFFFDy%2Cz", GithubWriter.EscapeProperty("x\u001By,z"));

        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", "{\"id\":\"d\\u001b[31m1\",\"outlet\":\"o\\u0007\",\"text\":\"The terrorists fled.\"}\n");
        var result = CliRunner.Run("check", corpus, "--max-document-score", "armed-opposition=0.5", "--group-range", "armed-opposition=..0.5", "--format", "github", "--source-root", temp.Path);
        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain(result.Out, c => char.IsControl(c) && c is not ('\n' or '\r'));
        Assert.Contains("document d\uFFFD[31m1 scores 1", result.Out, StringComparison.Ordinal);
        Assert.Contains("group o\uFFFD scores 1", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void FileNamesWithCommasColonsAndPercentSignsAreEscaped()
    {
        using var temp = new TempFolder();
        temp.Write("in/100%,a:b.txt", "terrorists\n");
        var result = CliRunner.Run("check", Path.Combine(temp.Path, "in"), "--editorial-pole", "armed-opposition", "--format", "github", "--source-root", temp.Path);
        Assert.StartsWith("::error file=in/100%25%2Ca%3Ab.txt,line=1,col=1,endColumn=10,title=framing editorial-term::", Assert.Single(result.OutLines), StringComparison.Ordinal);
    }

    [Fact]
    public void CommandEscapesTheMessageAndTheTitle()
    {
        // A source root that cannot contain the current directory, so "x.txt" lies outside it and is kept as given
        // wherever the repository is cloned.
        using var root = new TempFolder();
        var paths = new ArtifactPaths(root.Path);
        var finding = new Finding("group-score", RuleLevel.Warning, "50% off\nnext: line", null);
        Assert.Equal("::warning title=framing group-score::50%25 off%0Anext: line", GithubWriter.Command(finding, paths));
        var multiLine = new Finding("editorial-term", RuleLevel.Error, "m", new FindingLocation("x.txt", 3, 7, 4, 2, "armed\ngangs"));
        Assert.Equal("::error file=x.txt,line=3,endLine=4,title=framing editorial-term::m \"armed gangs\"", GithubWriter.Command(multiLine, paths));
    }

    [Fact]
    public void WarningLevelGivesWarningCommands()
    {
        using var temp = new TempFolder();
        var file = temp.Write("a.txt", "The regime.\n");
        var config = temp.Write("framing.json", """{ "rules": { "editorial": [ { "pattern": "regime", "level": "warning" } ] } }""");
        var result = CliRunner.Run("check", file, "--config", config, "--format", "github", "--source-root", temp.Path);
        Assert.StartsWith("::warning file=a.txt,line=1,col=5,endColumn=10,", Assert.Single(result.OutLines), StringComparison.Ordinal);
    }

    [Fact]
    public void FindingsInRecordsOfStandardInputNameNoFile()
    {
        // They were "file=-", which names no file (GitHub would look for a file "-" in the repository). They are now
        // annotations without a file, whose message says where the record is.
        var stdin = CheckHelpers.Lines(CheckHelpers.Record("d1", "o", "The terrorists fled."));
        var result = CliRunner.RunWithInput(stdin, "check", "-", "--editorial-pole", "armed-opposition", "--max-document-score", "armed-opposition=0", "--format", "github");
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                "::error title=framing editorial-term::stdin:1:5: armed-opposition/terrorism term in the editorial voice (lexicon entry terrorist*) \"terrorists\"",
                "::error title=framing document-score::stdin:1:1: document d1 scores 1 on armed-opposition (editorial voice), above the maximum 0",
            ],
            result.OutLines);
    }
}
