using System.Text;

namespace Framing.Cli.Output;

/// <summary>
/// Standard error as every part of a command writes to it: warnings, errors and the progress display's status line
/// share one lock, so a redraw never lands inside a message nor after the line was cleared, and a message written while
/// the status line is shown first clears it (the message then stands on a line of its own).
/// It is also the one place where every diagnostic (error, warning, note, summary) is made plain text: whatever a
/// message holds, a line break, ESC, another control character or a bidi control (from a file name, an outlet name, an
/// id or a field of a record) is written as <c>\uXXXX</c> (<see cref="Framing.Corpus.RecordMessages.OnOneLine"/>), so
/// that it can neither split the line nor drive the terminal. Only <see cref="WriteLine()"/> (and a <c>'\n'</c> written
/// alone) ends a line.
/// Writing to it never fails a command: when standard error is closed or full, a message that cannot be written is
/// dropped (and so is every later one), and the command ends with the exit code it would have had, instead of crashing
/// with the runtime's report of an unhandled exception.
/// </summary>
internal sealed class ErrorWriter : TextWriter
{
    private const string ClearLine = "\r\u001b[K";

    private readonly TextWriter _inner;
    private readonly Lock _gate = new();
    private bool _statusShown;
    private bool _atLineStart = true;
    private bool _lost; // a write failed: standard error is closed or full, and nothing more is tried

    public ErrorWriter(TextWriter inner)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    public override Encoding Encoding => _inner.Encoding;

    public override IFormatProvider FormatProvider => _inner.FormatProvider;

    /// <summary>Shows <paramref name="line"/> as the status line (replacing the one shown), unless a message is half
    /// written, when the redraw is skipped until the next one.</summary>
    public void ShowStatus(string line)
    {
        lock (_gate)
        {
            if (!_atLineStart)
            {
                return;
            }

            _statusShown = Try(() =>
            {
                _inner.Write("\r" + line + "\u001b[K");
                _inner.Flush();
            });
        }
    }

    /// <summary>Clears the status line if it is shown.</summary>
    public void ClearStatus()
    {
        lock (_gate)
        {
            if (_statusShown)
            {
                Try(() =>
                {
                    _inner.Write(ClearLine);
                    _inner.Flush();
                });
                _statusShown = false;
            }
        }
    }

    public override void Write(char value)
    {
        if (value == '\n')
        {
            WriteLine();
            return;
        }

        Write(value.ToString());
    }

    public override void Write(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var shown = Framing.Corpus.RecordMessages.OnOneLine(value);
        lock (_gate)
        {
            BeforeText();
            Try(() => _inner.Write(shown));
            _atLineStart = false;
        }
    }

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void Write(ReadOnlySpan<char> buffer) => Write(new string(buffer));

    public override void WriteLine()
    {
        lock (_gate)
        {
            BeforeText();
            Try(_inner.WriteLine);
            _atLineStart = true;
        }
    }

    public override void WriteLine(string? value)
    {
        var shown = value is null ? null : Framing.Corpus.RecordMessages.OnOneLine(value);
        lock (_gate)
        {
            BeforeText();
            Try(() => _inner.WriteLine(shown));
            _atLineStart = true;
        }
    }

    public override void WriteLine(ReadOnlySpan<char> buffer) => WriteLine(new string(buffer));

    public override void Flush()
    {
        lock (_gate)
        {
            Try(_inner.Flush);
        }
    }

    /// <summary>Whether a write to standard error failed (it is closed or full): the messages since were dropped.</summary>
    public bool Lost
    {
        get
        {
            lock (_gate)
            {
                return _lost;
            }
        }
    }

    private void BeforeText()
    {
        if (_statusShown)
        {
            Try(() => _inner.Write(ClearLine));
            _statusShown = false;
        }
    }

    // Runs one write to the inner writer (under the lock), unless an earlier one failed; false when it did not happen.
    private bool Try(Action write)
    {
        if (_lost)
        {
            return false;
        }

        try
        {
            write();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            _lost = true; // Standard error is closed (EBADF) or full (ENOSPC): there is no one left to tell.
            return false;
        }
    }
}
