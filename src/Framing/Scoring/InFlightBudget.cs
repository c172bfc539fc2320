namespace Framing.Scoring;

/// <summary>
/// Back-pressure by size: how many bytes of input may be read but not yet finished. A reader that would exceed the
/// budget waits until enough is released, except that it may always proceed when nothing is in flight (so one record
/// larger than the whole budget is still read, alone). Thread-safe.
/// </summary>
internal sealed class InFlightBudget
{
    private readonly object _gate = new();
    private readonly long _limit;
    private long _inFlight;

    /// <summary>Creates a budget.</summary>
    /// <param name="limit">The most bytes in flight (a single larger amount is let through when nothing else is).</param>
    public InFlightBudget(long limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        _limit = limit;
    }

    /// <summary>Bytes currently in flight.</summary>
    public long InFlight
    {
        get
        {
            lock (_gate)
            {
                return _inFlight;
            }
        }
    }

    /// <summary>Waits until <paramref name="amount"/> bytes fit in the budget, then takes them.</summary>
    /// <param name="amount">Bytes to take.</param>
    /// <param name="cancel">Stops waiting.</param>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was cancelled while waiting.</exception>
    public void Acquire(long amount, CancellationToken cancel)
    {
        using var wake = cancel.Register(Wake);
        lock (_gate)
        {
            while (_inFlight > 0 && _inFlight + amount > _limit)
            {
                cancel.ThrowIfCancellationRequested();
                Monitor.Wait(_gate);
            }

            cancel.ThrowIfCancellationRequested();
            _inFlight += amount;
        }
    }

    /// <summary>Gives back bytes taken with <see cref="Acquire"/>.</summary>
    /// <param name="amount">Bytes to give back.</param>
    public void Release(long amount)
    {
        lock (_gate)
        {
            _inFlight -= amount;
            Monitor.PulseAll(_gate);
        }
    }

    private void Wake()
    {
        lock (_gate)
        {
            Monitor.PulseAll(_gate);
        }
    }
}
