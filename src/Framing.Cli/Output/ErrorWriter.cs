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
/// </summary>
internal sealed class ErrorWriter : TextWriter
{
    private const string ClearLine = "\r\u001b[K";

    private readonly TextWriter _inner;
    private readonly Lock _gate = new();
    private bool _statusShown;
    private bool _atLineStart = true;

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

            _inner.Write("\r" + line + "\u001b[K");
            _inner.Flush();
            _statusShown = true;
        }
    }

    /// <summary>Clears the status line if it is shown.</summary>
    public void ClearStatus()
    {
        lock (_gate)
        {
            if (_statusShown)
            {
                _inner.Write(ClearLine);
                _inner.Flush();
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
            _inner.Write(shown);
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
            _inner.WriteLine();
            _atLineStart = true;
        }
    }

    public override void WriteLine(string? value)
    {
        var shown = value is null ? null : Framing.Corpus.RecordMessages.OnOneLine(value);
        lock (_gate)
        {
            BeforeText();
            _inner.WriteLine(shown);
            _atLineStart = true;
        }
    }

    public override void WriteLine(ReadOnlySpan<char> buffer) => WriteLine(new string(buffer));

    public override void Flush()
    {
        lock (_gate)
        {
            _inner.Flush();
        }
    }

    private void BeforeText()
    {
        if (_statusShown)
        {
            _inner.Write(ClearLine);
            _statusShown = false;
        }
    }
}
