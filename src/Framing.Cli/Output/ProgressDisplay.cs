using System.Diagnostics;
using System.Globalization;
using Framing.Corpus;

namespace Framing.Cli.Output;

/// <summary>
/// A one-line progress display on standard error: documents, MB/s, elapsed time and, when the input's size is known,
/// the time left. Shown only when standard error is a terminal and the <c>CI</c> variable is not set; otherwise
/// nothing is written, so logs and redirected output stay clean.
/// </summary>
internal sealed class ProgressDisplay : IDisposable, IProgress<CorpusProgress>
{
    private readonly ErrorWriter _error;
    private readonly ReadProgress? _progress;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly Lock _gate = new();
    private long _documents;
    private long _characters;
    private bool _disposed;

    internal ProgressDisplay(ErrorWriter error, ReadProgress? progress, bool enabled, int periodMilliseconds = 500)
    {
        _error = error;
        _progress = progress;
        if (enabled)
        {
            _timer = new Timer(_ => Redraw(), null, periodMilliseconds, periodMilliseconds);
        }
    }

    public static ProgressDisplay For(CliContext context, ICorpusReader reader, bool quiet)
    {
        var enabled = context.ErrorIsTerminal && !quiet && !context.IsSet("CI");
        return new ProgressDisplay(context.Error, reader.Progress, enabled);
    }

    /// <summary>Takes the records read so far (called from the reading thread).</summary>
    public void Report(CorpusProgress value)
    {
        Interlocked.Exchange(ref _documents, value.Records);
        Interlocked.Exchange(ref _characters, value.Characters);
    }

    public void Dispose()
    {
        _timer?.Dispose();
        lock (_gate)
        {
            // A timer callback already running waits at the gate and then finds the display disposed: no redraw can
            // land after the line is cleared.
            _disposed = true;
            _error.ClearStatus();
        }
    }

    internal string Line()
    {
        var seconds = Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        var bytes = _progress?.BytesRead ?? Interlocked.Read(ref _characters);
        var rate = bytes / 1048576.0 / seconds;
        var line = string.Create(CultureInfo.InvariantCulture, $"framing: {Interlocked.Read(ref _documents):N0} documents  {rate:F1} MB/s  {Format(_clock.Elapsed)} elapsed");
        if (_progress?.TotalBytes is { } total && total > 0 && bytes > 0)
        {
            var left = TimeSpan.FromSeconds(seconds * (total - bytes) / bytes);
            line += string.Create(CultureInfo.InvariantCulture, $"  {100.0 * bytes / total:F0}%  ETA {Format(left)}");
        }

        return line;
    }

    private static string Format(TimeSpan time) =>
        time.TotalHours >= 1 ? time.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : time.ToString(@"m\:ss", CultureInfo.InvariantCulture);

    /// <summary>Redraws the status line (the timer's callback), unless the display is disposed.</summary>
    internal void Redraw()
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _error.ShowStatus(Line());
            }
        }
    }
}
