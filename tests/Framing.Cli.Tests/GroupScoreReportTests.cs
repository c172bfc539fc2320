using Framing.Cli.Commands;
using Framing.Cli.Output;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Cli.Tests;

/// <summary>
/// The group table of <c>score</c> and <c>merge</c> is written group by group in CSV, JSON and Parquet (so that
/// thousands of groups do not hold every row; that the rows are made lazily is tested in Framing.Statistics.Tests),
/// and the streamed bytes are exactly those of the whole table written at once.
/// </summary>
public sealed class GroupScoreReportTests
{
    [Theory]
    [InlineData("csv", true)]
    [InlineData("json", true)]
    [InlineData("parquet", true)]
    [InlineData("csv", false)]
    [InlineData("json", false)]
    [InlineData("parquet", false)]
    [InlineData("table", true)]
    [InlineData("markdown", false)]
    public void StreamedRowsAreTheBytesOfTheWholeTable(string formatName, bool bootstrap)
    {
        var format = OutputWriter.ParseFormat(formatName);
        // Invented: 1,500 outlets, more rows than one output buffer holds (and than one Parquet row group).
        var lexicon = Lexicon.Load("starter");
        var documents = Enumerable.Range(0, 3000).Select(i => Document.Create(
            $"d{i}",
            i % 2 == 0 ? $"Terrorists fled district {i}; the army liberated it." : $"Rebels held district {i} against regime forces.",
            ("outlet", $"outlet-{i % 1500:D4}")));
        var tally = Framing.Corpus.CorpusRun.FromDocuments(documents).Score(lexicon.Compile(), null, bootstrap ? new BootstrapSettings(50, 9) : null);

        var streamed = Write(context => GroupScoreReport.Write(context, format, tally, lexicon, VoiceSelection.All, "invented", 0.9, 2));
        var whole = Write(context =>
        {
            var table = GroupScoreReport.Build(tally, lexicon, VoiceSelection.All, "invented", 0.9, 2);
            OutputWriter.Write(context, format, format is OutputFormat.Table or OutputFormat.Markdown ? table.Select(ScoreColumns.Compact) : table);
        });

        Assert.True(whole.Length > 1 << 16, $"{whole.Length} bytes: too few to cross a buffer");
        Assert.Equal(whole, streamed);
    }

    private static byte[] Write(Action<CliContext> write)
    {
        using var output = new MemoryStream();
        using var error = new StringWriter();
        var context = new CliContext(output, error, () => Stream.Null, new Dictionary<string, string?>(), errorIsTerminal: false);
        write(context);
        context.Out.Flush();
        return output.ToArray();
    }
}
