namespace Framing.Corpus;

/// <summary>
/// What a corpus run does with a record its reader rejects: stop at the first (<see cref="Stop"/>, by throwing a
/// <see cref="BadRecordException"/>), or skip it and count it (<see cref="Skip"/>), reporting the first
/// <c>ReportedRecords</c> through a warning callback and then one line saying that more were skipped.
/// One instance keeps one count and one report, so several runs that share it (the inputs of one check, say) share
/// the cap. Thread-safe.
/// </summary>
public sealed class BadRecords
{
    /// <summary>How many skipped records are reported one by one; the rest are only counted.</summary>
    internal const int ReportedRecords = 20;

    /// <summary>The warning after the first <c>ReportedRecords</c> skipped records.</summary>
    internal const string MoreSkippedMessage = "more bad records skipped; the summary line counts them all";

    private readonly Action<string>? _warn;
    private readonly Action<Diagnostic>? _rejected;
    private long _count;

    private BadRecords(bool skips, Action<string>? warn, Action<Diagnostic>? rejected = null)
    {
        Skips = skips;
        _warn = warn;
        _rejected = rejected;
    }

    /// <summary>Whether bad records are skipped (true) or stop the run (false).</summary>
    public bool Skips { get; }

    /// <summary>The records rejected so far.</summary>
    public long Count => Interlocked.Read(ref _count);

    /// <summary>Stops the run at the first bad record with a <see cref="BadRecordException"/>.</summary>
    /// <returns>The policy.</returns>
    public static BadRecords Stop() => new(false, null);

    /// <summary>Skips and counts bad records.</summary>
    /// <param name="warn">Receives <c>skipped &lt;file:line: what&gt;</c> for each of the first
    /// <c>ReportedRecords</c>, then <c>MoreSkippedMessage</c> once; null reports nothing.</param>
    /// <returns>The policy.</returns>
    public static BadRecords Skip(Action<string>? warn = null) => new(true, warn);

    /// <summary>Skips and counts bad records, handing every one to <paramref name="rejected"/> as a <see cref="Diagnostic"/>
    /// (no cap: the caller decides what to log or keep).</summary>
    /// <param name="rejected">Receives each rejected record; called from the run's worker threads when it reads in parallel, so it must be thread-safe then.</param>
    /// <returns>The policy.</returns>
    public static BadRecords SkipEach(Action<Diagnostic> rejected) => new(true, null, rejected ?? throw new ArgumentNullException(nameof(rejected)));

    /// <summary>Handles one rejected record: throws when the policy stops, otherwise counts (and maybe reports) it.</summary>
    /// <param name="error">What is wrong, and where.</param>
    /// <exception cref="BadRecordException">The policy stops at bad records.</exception>
    internal void Reject(Diagnostic error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (!Skips)
        {
            throw new BadRecordException(error);
        }

        var n = Interlocked.Increment(ref _count);
        _rejected?.Invoke(error);
        if (n <= ReportedRecords)
        {
            _warn?.Invoke("skipped " + error);
        }
        else if (n == ReportedRecords + 1)
        {
            _warn?.Invoke(MoreSkippedMessage);
        }
    }
}
