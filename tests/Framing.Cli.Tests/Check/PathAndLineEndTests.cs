using System.Text.Json;
using Framing.Cli.Tests.Prerequisites;

namespace Framing.Cli.Tests.Check;

/// <summary>Where findings are, for files that Unix and old Mac editors write: a backslash inside a file's name, and a
/// configuration file whose lines end in a bare carriage return.</summary>
public sealed class PathAndLineEndTests
{
    [UnixFact]
    public void ABackslashInAFileNameOnUnixStaysInTheNameItIsNoFolder()
    {
        // "bs/a\b.txt" is one file on Unix; findings named "bs/a/b.txt", a file that does not exist (and SARIF "a/b.txt").
        using var temp = new TempFolder();
        var file = temp.Write(Path.Combine("bs", "a\\b.txt"), "x terrorists\n");
        var root = Path.Combine(temp.Path, "bs");

        var json = CliRunner.Run("check", file, "--editorial-pole", "armed-opposition/terrorism", "-q", "-f", "json");
        var github = CliRunner.Run("check", file, "--editorial-pole", "armed-opposition/terrorism", "-q", "-f", "github", "--source-root", root);
        var sarif = CliRunner.Run("check", file, "--editorial-pole", "armed-opposition/terrorism", "-q", "-f", "sarif", "--source-root", root);

        Assert.Equal(1, json.ExitCode);
        var finding = Assert.Single(CheckHelpers.Findings(json));
        Assert.Equal(file, finding.Text("file"));
        Assert.StartsWith("::error file=a\\b.txt,line=1,col=3", Assert.Single(github.OutLines), StringComparison.Ordinal);
        using var log = JsonDocument.Parse(sarif.Out);
        var uri = log.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.Equal("a%5Cb.txt", uri);
    }

    [Theory]
    [InlineData("a.md", "\".md\" files")]
    [InlineData("README", "files without an extension")]
    public void AFileOfAnotherExtensionIsToldThatCheckReadsTxtFilesAndCorpusFormats(string name, string shown)
    {
        // The message left out .txt, which check reads, and offered --corpus-format folder and no value that reads one
        // plain text file; score's message stays as it was.
        using var temp = new TempFolder();
        var file = temp.Write(name, "The terrorists fired.\n");

        var check = CliRunner.Run("check", file, "--editorial-pole", "armed-opposition/terrorism");
        var score = CliRunner.Run("score", file);

        Assert.Equal(2, check.ExitCode);
        Assert.Equal(
            $"framing: error: {file}: cannot detect the corpus format of {shown} (expected .txt, .jsonl, .ndjson, .json, .csv, .tsv, .parquet or a folder); to check a plain text file, name it .txt; a corpus, name its format (--corpus-format jsonl|csv|tsv|manifest|parquet)",
            Assert.Single(check.ErrorLines));
        Assert.Equal(
            $"framing: error: {file}: cannot detect the corpus format of {shown} (expected .jsonl, .ndjson, .json, .csv, .tsv, .parquet or a folder); name it (the command line's --corpus-format jsonl|csv|tsv|folder|manifest|parquet)",
            Assert.Single(score.ErrorLines));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void AConfigurationsPlacesCountLinesAtEveryLineEnd(string lineEnd)
    {
        // With bare CR line ends the whole file was line 1: "1:36" for a rule on line 3, "1:93" for a key on line 5.
        using var temp = new TempFolder();
        var text = temp.Write("a.txt", "The terrorists fired.\n");
        var rule = temp.Write("rule.json", string.Join(lineEnd, "{", "  \"rules\": {", "    \"groupScore\": [ { \"dimension\": \"armed-opposition\", \"max\": 0.5 } ]", "  }", "}", string.Empty));
        var unknown = temp.Write("unknown.json", string.Join(lineEnd, "{", "  \"rules\": {", "    \"groupScore\": [ { \"dimension\": \"armed-opposition\", \"max\": 0.5 } ]", "  },", "  \"bogus\": 1", "}", string.Empty));
        var broken = temp.Write("broken.json", string.Join(lineEnd, "{", "  \"rules\": {", "    \"groupScore\": [ { \"dimension\": \"armed-opposition\" \"max\": 0.5 } ]", "  }", "}", string.Empty));

        var finding = CliRunner.Run("check", text, "--config", rule, "-q");
        var key = CliRunner.Run("check", text, "--config", unknown, "-q");
        var json = CliRunner.Run("check", text, "--config", broken, "-q");

        Assert.Equal(1, finding.ExitCode);
        Assert.StartsWith(rule + ":3:21: group-score: ", Assert.Single(finding.OutLines), StringComparison.Ordinal);
        Assert.Equal(2, key.ExitCode);
        Assert.StartsWith("framing: error: " + unknown + ":5:3: ", Assert.Single(key.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(2, json.ExitCode);
        Assert.StartsWith("framing: error: " + broken + ":3:", Assert.Single(json.ErrorLines), StringComparison.Ordinal);
    }
}
