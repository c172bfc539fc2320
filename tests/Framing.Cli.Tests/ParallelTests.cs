using System.Text;

namespace Framing.Cli.Tests;

public sealed class ParallelTests
{
    private static string Corpus(int documents)
    {
        var sentences = new[]
        {
            "The regime shelled rebel positions near the city.", "Terrorists attacked the Syrian Arab Army at dawn.",
            "قوات النظام قصفت مواقع الثوار في الأحياء الشرقية.", "الجيش العربي السوري لاحق الإرهابيين وأعاد الأمن والاستقرار.",
            "Rebels said \\\"the regime\\\" lost the hill.", "A quiet day.",
        };
        var b = new StringBuilder();
        for (var i = 0; i < documents; i++)
        {
            b.Append("{\"id\":\"d").Append(i).Append("\",\"outlet\":\"o").Append(i % 5).Append("\",\"text\":\"");
            for (var k = 0; k < 1 + (i % 7); k++)
            {
                b.Append(sentences[(i + k) % sentences.Length]).Append(' ');
            }

            b.Append("\"}\n");
        }

        return b.ToString();
    }

    [Theory]
    [InlineData("score", "--format", "csv")]
    [InlineData("score", "--format", "json")]
    [InlineData("score", "--per-document", "--format", "csv")]
    [InlineData("score", "--per-document", "--format", "json")]
    [InlineData("compare", "--format", "csv", "--permutations", "200")]
    public void OutputIsByteIdenticalForEveryDegreeOfParallelism(params string[] command)
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus(700));
        var outputs = new[] { "1", "2", "3", "8" }
            .Select(p => CliRunner.Run([command[0], corpus, .. command[1..], "--parallel", p, "-q", .. (command.Contains("--per-document") ? Array.Empty<string>() : ["--bootstrap", "200"])]))
            .ToList();
        Assert.All(outputs, o => Assert.Equal(0, o.ExitCode));
        Assert.All(outputs, o => Assert.Equal(outputs[0].Out, o.Out));
        Assert.True(outputs[0].Out.Length > 1000);
    }

    [Theory]
    [InlineData("kwic", "--format", "csv")]
    [InlineData("keyness", "--target", "o1", "--format", "csv")]
    [InlineData("coverage", "--format", "csv")]
    [InlineData("check", "--editorial-pole", "armed-opposition", "--lexicon", "syria-conflict", "--format", "json")]
    public void CommandsWithoutIntervalsTakeParallelAndGiveTheSameBytes(params string[] command)
    {
        // These four ran on the processor count, and --parallel was an unknown option.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus(700));
        var outputs = new[] { "1", "3" }
            .Select(p => CliRunner.Run([command[0], corpus, .. command[1..], "--parallel", p, "-q"]))
            .ToList();
        Assert.All(outputs, o => Assert.True(o.ExitCode is 0 or 1, o.Error));
        Assert.All(outputs, o => Assert.Equal(outputs[0].Out, o.Out));
        Assert.True(outputs[0].Out.Length > 1000);
    }

    [Fact]
    public void FirstBadRecordIsReportedInOrderWhenParallel()
    {
        using var temp = new TempFolder();
        var lines = Corpus(500).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines[300] = "{\"id\":\"x\",\"outlet\":\"o1\",\"text\":\"broken";
        lines[450] = "not json";
        var corpus = temp.Write("c.jsonl", string.Join('\n', lines) + "\n");
        foreach (var p in new[] { "1", "4" })
        {
            var result = CliRunner.Run("score", corpus, "--parallel", p);
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(corpus + ":301:", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void MissingGroupFieldIsReportedForTheFirstDocumentWhenParallel()
    {
        using var temp = new TempFolder();
        var lines = Corpus(400).Split('\n', StringSplitOptions.RemoveEmptyEntries).ToList();
        lines[123] = "{\"id\":\"x\",\"text\":\"The regime.\"}";
        lines[321] = "{\"id\":\"y\",\"text\":\"The regime.\"}";
        var corpus = temp.Write("c.jsonl", string.Join('\n', lines) + "\n");
        var result = CliRunner.Run("score", corpus, "--parallel", "4", "--corpus-format", "jsonl");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(":124:", Assert.Single(result.ErrorLines), StringComparison.Ordinal);
    }

    [Fact]
    public void ProgressLineShowsDocumentsRateAndEta()
    {
        var context = new CliContext(new MemoryStream(), new StringWriter(), () => Stream.Null, new Dictionary<string, string?>(), errorIsTerminal: true);
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus(50));
        var reader = Framing.Corpus.CorpusReaderFactory.Open(corpus);
        using var progress = Output.ProgressDisplay.For(context, reader, quiet: false);
        var count = new Framing.Corpus.CorpusRun(reader, new Framing.Corpus.CorpusRunOptions { Progress = progress }).Items().Count();
        Assert.Equal(50, count);
        var line = progress.Line();
        Assert.StartsWith("framing: 50 documents", line, StringComparison.Ordinal);
        Assert.Contains("MB/s", line, StringComparison.Ordinal);
        Assert.Contains("100%  ETA 0:00", line, StringComparison.Ordinal);
    }
}
