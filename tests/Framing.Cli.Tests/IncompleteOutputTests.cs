using System.Text.Json;

namespace Framing.Cli.Tests;

/// <summary>
/// Output streamed to standard output (per-document scores, kwic rows, check findings) cannot be taken back when a bad
/// record stops the run (exit code 2): what was written stays, and JSON or SARIF is cut off. The help of each such
/// command says so, and an output file (-o) is never left half-written.
/// </summary>
public sealed class IncompleteOutputTests : IDisposable
{
    private readonly TempFolder _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string[]> StreamedJson() =>
    [
        ["score", "--per-document", "--format", "json"],
        ["kwic", "--format", "json"],
        ["check", "--editorial-pole", "armed-opposition/terrorism", "--format", "sarif"],
    ];

    [Theory]
    [MemberData(nameof(StreamedJson))]
    public void AStoppedRunLeavesACutOffDocumentOnStandardOutputAndTheHelpSaysSo(string[] command)
    {
        var corpus = StoppingCorpus();

        var stopped = CliRunner.Run([command[0], corpus, .. command[1..]]);
        var help = CliRunner.Run(command[0], "--help");

        Assert.Equal(2, stopped.ExitCode);
        Assert.NotEqual(string.Empty, stopped.Out); // the rows of the documents before the bad record
        Assert.ThrowsAny<JsonException>(() => JsonDocument.Parse(stopped.Out));
        Assert.Equal(0, help.ExitCode);
        var flat = string.Join(' ', help.Out.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("A run that stops with exit code 2 (a bad record without --skip-invalid, an input that cannot be read) leaves on standard output only what was written before the error", flat, StringComparison.Ordinal);
        Assert.Contains("is then cut off, not a valid document: check the exit code before using the output", flat, StringComparison.Ordinal);
        Assert.Contains("An output file (-o FILE) is written whole or not at all", flat, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StreamedJson))]
    public void AStoppedRunLeavesAnOutputFileAsItWasWithNothingBesideIt(string[] command)
    {
        var corpus = StoppingCorpus();
        var output = _dir.Write("out/result.json", "earlier result\n");

        var stopped = CliRunner.Run([command[0], corpus, .. command[1..], "-o", output]);

        Assert.Equal(2, stopped.ExitCode);
        Assert.Equal(string.Empty, stopped.Out);
        Assert.Equal("earlier result\n", File.ReadAllText(output));
        Assert.Equal([output], Directory.GetFiles(Path.GetDirectoryName(output)!));
    }

    /// <summary>Enough documents with matches for the output to be flushed before the bad record (an empty text) stops the run.</summary>
    private string StoppingCorpus()
    {
        var lines = new System.Text.StringBuilder();
        for (var i = 0; i < 400; i++)
        {
            lines.Append("{\"id\":\"d").Append(i).Append("\",\"outlet\":\"a\",\"text\":\"The terrorists and the regime forces fought near the town, officials said.\"}\n");
        }

        lines.Append("{\"id\":\"bad\",\"outlet\":\"a\",\"text\":\"\"}\n");
        return _dir.Write("corpus.jsonl", lines.ToString());
    }
}
