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

    [Fact]
    public void AStandardErrorThatCannotBeWrittenDropsMessagesInsteadOfFailing()
    {
        var inner = new FailingWriter();
        var error = new ErrorWriter(inner);

        Assert.False(error.Lost);
        error.WriteLine("framing: scored 24 documents");
        error.Write("framing: warning: ");
        error.ShowStatus("framing: 10 documents");
        error.ClearStatus();
        error.WriteLine();
        error.Flush();

        Assert.True(error.Lost);
        Assert.Equal(1, inner.Attempts); // after the first failure nothing more is tried
    }

    [Fact]
    public void ARunWhoseStandardErrorFailsKeepsItsOutputAndExitCode()
    {
        using var ok = new MemoryStream();
        var succeeded = FramingApp.Run(["score", "--format", "csv", "--bootstrap", "0"], new CliContext(ok, new FailingWriter(), () => Stream.Null, new Dictionary<string, string?>(), errorIsTerminal: false));
        var failed = FramingApp.Run(["score", "no-such-corpus.jsonl"], new CliContext(new MemoryStream(), new FailingWriter(), () => Stream.Null, new Dictionary<string, string?>(), errorIsTerminal: false));

        Assert.Equal(0, succeeded);
        Assert.Equal(CliRunner.Run("score", "--format", "csv", "--bootstrap", "0").Out, System.Text.Encoding.UTF8.GetString(ok.ToArray()));
        Assert.Equal(2, failed);
    }

    // Standard error closed or full: every write fails as the console stream fails then.
    private sealed class FailingWriter : TextWriter
    {
        public int Attempts { get; private set; }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) => Fail();

        public override void Write(string? value) => Fail();

        public override void WriteLine() => Fail();

        public override void WriteLine(string? value) => Fail();

        public override void Flush() => Fail();

        private void Fail()
        {
            Attempts++;
            throw new IOException("No space left on device");
        }
    }
}
