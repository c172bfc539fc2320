using Framing.Cli.Output;

namespace Framing.Cli.Tests.Writers;

public sealed class ErrorWriterTests
{
    private const string Clear = "\r\u001b[K";

    [Fact]
    public void AMessageClearsTheStatusLineFirstAndTheNextRedrawFollowsIt()
    {
        var inner = new StringWriter { NewLine = "\n" };
        var error = new ErrorWriter(inner);
        error.ShowStatus("framing: 10 documents");
        error.WriteLine("framing: warning: bad record");
        error.ShowStatus("framing: 20 documents");
        error.ClearStatus();
        error.ClearStatus();
        Assert.Equal("\rframing: 10 documents\u001b[K" + Clear + "framing: warning: bad record\n\rframing: 20 documents\u001b[K" + Clear, inner.ToString());
    }

    [Fact]
    public void NoRedrawLandsInsideAHalfWrittenMessage()
    {
        var inner = new StringWriter { NewLine = "\n" };
        var error = new ErrorWriter(inner);
        error.Write("framing: warning: ");
        error.ShowStatus("framing: 10 documents");
        error.WriteLine("bad record");
        Assert.Equal("framing: warning: bad record\n", inner.ToString());
    }

    [Fact]
    public void NoRedrawLandsAfterTheDisplayIsDisposed()
    {
        var inner = new StringWriter { NewLine = "\n" };
        var error = new ErrorWriter(inner);
        var display = new ProgressDisplay(error, null, enabled: true, periodMilliseconds: 60_000);
        display.Report(new Framing.Corpus.CorpusProgress(5, 100));
        display.Redraw();
        Assert.StartsWith("\rframing: 5 documents", inner.ToString(), StringComparison.Ordinal);
        display.Dispose();
        var cleared = inner.ToString();
        Assert.EndsWith(Clear, cleared, StringComparison.Ordinal);
        display.Redraw(); // as a timer callback that was already running when the display was disposed
        Assert.Equal(cleared, inner.ToString());
    }

    [Fact]
    public void WritesFromManyThreadsKeepWholeLines()
    {
        var inner = new StringWriter { NewLine = "\n" };
        var error = new ErrorWriter(inner);
        var display = new ProgressDisplay(error, null, enabled: true, periodMilliseconds: 1);
        Parallel.For(0, 2000, i =>
        {
            error.WriteLine("framing: warning: record " + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            display.Redraw();
        });
        display.Dispose();
        var messages = inner.ToString().Replace(Clear, "\n", StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith('\r')).ToList();
        Assert.Equal(2000, messages.Count);
        Assert.All(messages, m => Assert.Matches("^framing: warning: record [0-9]+$", m));
    }
}
