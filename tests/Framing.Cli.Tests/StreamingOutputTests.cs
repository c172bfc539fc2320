using System.Text.Json;

namespace Framing.Cli.Tests;

/// <summary>
/// Output that the README says is written as documents are scored reaches the output while the corpus is still being
/// read, so that memory does not grow with the corpus (and JSON output is not limited by the 2 GiB a buffer can hold).
/// Checked by the order of events, not by time or memory (see <see cref="CorpusUntilOutput"/>).
/// </summary>
public sealed class StreamingOutputTests
{
    /// <summary>Far more output than one buffer holds (64 KiB): a run that keeps its rows until the end never writes before this.</summary>
    private const int MaxDocuments = 20_000;

    [Theory]
    [InlineData("score", "--per-document", "--format", "csv", "--parallel", "1")]
    [InlineData("score", "--per-document", "--format", "json", "--parallel", "1")]
    [InlineData("score", "--per-document", "--format", "json", "--parallel", "2")]
    [InlineData("kwic", "--format", "csv")]
    [InlineData("kwic", "--format", "json")]
    [InlineData("check", "--editorial-pole", "armed-opposition/terrorism", "--fail-on", "none", "--format", "text")]
    [InlineData("check", "--editorial-pole", "armed-opposition/terrorism", "--fail-on", "none", "--format", "github")]
    [InlineData("check", "--editorial-pole", "armed-opposition/terrorism", "--fail-on", "none", "--format", "sarif")]
    public void RowsReachTheOutputWhileTheCorpusIsRead(params string[] command)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };
        using var input = new CorpusUntilOutput(output, MaxDocuments);
        var context = new CliContext(output, error, () => input, new Dictionary<string, string?>(), errorIsTerminal: false);
        var exit = FramingApp.Run([command[0], "-", .. command[1..], "-q"], context);
        Assert.True(exit == 0, error.ToString());
        Assert.True(input.SawOutput, $"no output before all {input.Documents} documents were read: the rows were held until the end");
    }

    [Fact]
    public void CheckJsonKeepsItsFindingsInATemporaryFileWhileTheCorpusIsRead()
    {
        // The JSON report counts its findings (errors, warnings, failed) before it lists them, so they cannot reach the
        // output as they are found; they go to a temporary file in TMPDIR instead of memory, and it is gone afterwards.
        using var temp = new TempFolder();
        using var output = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };
        using var input = new CorpusUntilOutput(() => Directory.EnumerateFiles(temp.Path).Any(f => new FileInfo(f).Length > 0), MaxDocuments);
        var environment = new Dictionary<string, string?> { ["TMPDIR"] = temp.Path };
        var context = new CliContext(output, error, () => input, environment, errorIsTerminal: false);

        var exit = FramingApp.Run(["check", "-", "--editorial-pole", "armed-opposition/terrorism", "--format", "json", "-q"], context);

        Assert.True(exit == 1, error.ToString());
        Assert.True(input.SawOutput, $"nothing in TMPDIR before all {input.Documents} documents were read: the findings were held in memory");
        Assert.Empty(Directory.EnumerateFileSystemEntries(temp.Path));
        using var report = JsonDocument.Parse(output.ToArray());
        var root = report.RootElement;
        Assert.Equal(input.Documents, root.GetProperty("documents_checked").GetInt32());
        Assert.Equal(input.Documents, root.GetProperty("errors").GetInt32());
        Assert.Equal(input.Documents, root.GetProperty("findings").GetArrayLength());
        Assert.True(root.GetProperty("failed").GetBoolean());
    }

    [Fact]
    public void CheckJsonLeavesNoTemporaryFileWhenTheRunStops()
    {
        // A bad record after findings stops the run (exit 2); the findings' temporary file is deleted all the same.
        using var temp = new TempFolder();
        var tmp = Path.Combine(temp.Path, "tmp");
        Directory.CreateDirectory(tmp);
        var corpus = temp.Write("corpus.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"The terrorists fled.\"}\nnot json\n");

        var result = CliRunner.RunWithEnvironment(new Dictionary<string, string?> { ["TMPDIR"] = tmp }, "check", corpus, "--editorial-pole", "armed-opposition", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"framing: error: {corpus}:2: ", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
        Assert.Empty(Directory.EnumerateFileSystemEntries(tmp));
    }

    [Fact]
    public void CheckJsonNamesATemporaryFolderItCannotWriteTo()
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Path, "missing");
        var corpus = temp.Write("corpus.jsonl", "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"The terrorists fled.\"}\n");

        var result = CliRunner.RunWithEnvironment(new Dictionary<string, string?> { ["TMPDIR"] = missing }, "check", corpus, "--editorial-pole", "armed-opposition", "--format", "json");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"framing: error: {missing}: cannot create a temporary file for the JSON report's findings: ", line, StringComparison.Ordinal);
        Assert.EndsWith("(set TMPDIR to a folder that can be written)", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    [InlineData("sarif")]
    [InlineData("github")]
    public void CheckOfAnEmptyCorpusWritesNothing(string format)
    {
        // Findings are written as they are found, but nothing (no SARIF or JSON opening) before there is one.
        using var temp = new TempFolder();
        var empty = temp.Write("empty.jsonl", string.Empty);
        var result = CliRunner.Run("check", empty, "--editorial-pole", "armed-opposition", "--format", format);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void KwicOnAnEmptyCorpusWritesOnlyTheHeaderAndOnlyWhenAllowed()
    {
        // Rows are streamed, but nothing is written before the first one: a refused empty corpus leaves the output empty.
        using var temp = new TempFolder();
        var empty = temp.Write("empty.jsonl", string.Empty);
        Assert.Equal("id,group,dimension,pole,voice,left,match,right,start,length,normalized,pattern,weight,rule,line,target,status\n", CliRunner.Run("kwic", empty, "--allow-empty", "--format", "csv", "-q").Out);
        var json = CliRunner.Run("kwic", empty, "--allow-empty", "--format", "json", "-q").Out;
        Assert.Contains("\n  \"rows\": [],\n  \"matches\": 0,\n  \"documents_scored\": 0,\n  \"documents_rejected\": 0\n}\n", json, StringComparison.Ordinal);
        var failed = CliRunner.Run("kwic", empty, "--format", "csv");
        Assert.Equal(2, failed.ExitCode);
        Assert.Equal(string.Empty, failed.Out);
    }
}
