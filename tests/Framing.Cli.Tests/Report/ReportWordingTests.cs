using Framing.Corpus;
using Framing.Lexicons;
using Framing.Reports;

namespace Framing.Cli.Tests.Report;

/// <summary>The page words an absent interval and the chart table's command as its front end says: the library names no CLI option, the CLI names its own.</summary>
public sealed class ReportWordingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TheLibraryNamesNoOptionAndTheCommandNamesItsOwn()
    {
        var corpus = _temp.Write("renamed.jsonl", ReportCorpus.RenamedSample());
        var builder = new ReportBuilder(Lexicon.Load("starter"), ReportOptions.Default with { Replicates = 0, Permutations = 50 });
        var model = builder.Build(CorpusReaderFactory.Open(corpus).Read(), d => d.GetField("outlet") ?? string.Empty, "corpus", "0.0.0");

        var library = HtmlReport.Render(model);
        var cli = CliRunner.Run("report", corpus, "--bootstrap", "0", "--permutations", "50", "-q").Out;

        Assert.Contains("<td>no bootstrap</td>", library, StringComparison.Ordinal);
        Assert.DoesNotContain("--bootstrap", library, StringComparison.Ordinal);
        Assert.Contains("<summary>The table the charts draw</summary>", library, StringComparison.Ordinal);
        Assert.Contains("<td>no bootstrap (--bootstrap 0)</td>", cli, StringComparison.Ordinal);
        Assert.Contains("<summary>The table the charts draw (as <code>framing score --format csv</code>)</summary>", cli, StringComparison.Ordinal);
        Assert.Contains("no interval: no bootstrap (--bootstrap 0)", CliRunner.Run("report", corpus, "--bootstrap", "0", "--permutations", "50", "--format", "svg", "-q").Out, StringComparison.Ordinal);
        var chart = OutletChart.Standalone(model);
        Assert.Contains("no interval: no bootstrap", chart, StringComparison.Ordinal);
        Assert.DoesNotContain("--bootstrap", chart, StringComparison.Ordinal);
    }
}
