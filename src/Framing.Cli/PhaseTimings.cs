using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Framing.Cli;

/// <summary>
/// Where a run's wall-clock time went, phase by phase, for <c>FRAMING_TIMINGS=1</c>: one line on standard error at the
/// end of a run that succeeded or whose check failed, such as
/// <c>framing: note: timings: runtime 31 ms, arguments 10 ms, lexicon 34 ms, scoring 509 ms, output 15 ms, finish 0 ms, total 599 ms</c>.
/// </summary>
/// <remarks>
/// A phase is the time from the end of the one before it (or from the clock's start) to the point where it is marked.
/// <c>runtime</c>, from the process's start until the tool's own code begins (the .NET host and runtime starting), is
/// there only when the tool runs as a process. <c>arguments</c> ends once the
/// command's arguments are parsed. <c>framing score</c> marks <c>lexicon</c> (loaded and compiled), <c>scoring</c> (the
/// corpus read and scored) and <c>output</c> (the scores computed and written); the time after the last mark a command
/// makes is <c>finish</c> (output files put in place), or <c>command</c> for a command that marks no phase of its own.
/// Each figure is rounded to the nearest millisecond on its own, so they may sum to a millisecond or two more or less
/// than <c>total</c>. When the tool runs as a process, the line ends with what the JIT compiled at run time, on every
/// thread and overlapping the phases: <c>; compiled at run time: 92 methods, 95 ms</c> for the installed tool on the 100 MiB
/// corpus with two threads (none in the native build), and with what the process allocated on the managed heap and how
/// many garbage collections it made (of any generation): <c>; allocated 19.1 MB, 4 collections</c> for the installed tool on
/// the 100 MiB corpus with one thread.
/// Measuring costs nothing when the variable is not set.
/// </remarks>
internal sealed class PhaseTimings
{
    /// <summary>The environment variable that turns the timings on (any value but empty).</summary>
    public const string Variable = "FRAMING_TIMINGS";

    // A list of names and an array of times rather than a list of (string, double) pairs: neither List<(string, double)>
    // nor List<double> is precompiled in the ReadyToRun build, and compiling them at run time would add to the very
    // phases being measured.
    private readonly List<string> _phases = [];
    private double[] _milliseconds = new double[8];
    private readonly bool _asProcess;
    private long _last;
    private int _afterArguments = -1;

    /// <summary>A clock started now.</summary>
    /// <param name="sinceProcessStart">Time from the process's start to now, the first phase (<c>runtime</c>), if known.</param>
    public PhaseTimings(TimeSpan? sinceProcessStart)
    {
        _last = Stopwatch.GetTimestamp();
        if (sinceProcessStart is { } before)
        {
            _asProcess = true;
            Add("runtime", Math.Max(0, before.TotalMilliseconds));
        }
    }

    /// <summary>The clock that <paramref name="environment"/> asks for, or null when the timings are off.</summary>
    /// <param name="environment">The environment of the run.</param>
    /// <param name="sinceProcessStart">How to know the time since the process started (null in-process).</param>
    /// <returns>The clock, or null.</returns>
    public static PhaseTimings? FromEnvironment(IReadOnlyDictionary<string, string?> environment, Func<TimeSpan>? sinceProcessStart) =>
        environment.TryGetValue(Variable, out var value) && !string.IsNullOrEmpty(value)
            ? new PhaseTimings(sinceProcessStart?.Invoke())
            : null;

    /// <summary>Ends the phase <paramref name="phase"/> now.</summary>
    /// <param name="phase">Its name (lower case, no comma).</param>
    public void Mark(string phase)
    {
        var now = Stopwatch.GetTimestamp();
        Add(phase, Stopwatch.GetElapsedTime(_last, now).TotalMilliseconds);
        _last = now;
    }

    /// <summary>Ends the phase <c>arguments</c> now: the command's arguments are parsed and it starts.</summary>
    public void MarkArguments()
    {
        Mark("arguments");
        _afterArguments = _phases.Count;
    }

    /// <summary>Ends the last phase now: <c>finish</c> after a command that marked phases of its own, else <c>command</c>.</summary>
    public void End() => Mark(_phases.Count == _afterArguments || _afterArguments < 0 ? "command" : "finish");

    /// <summary>The phases so far and the total (and, for a process, what the JIT compiled), as the line's text after
    /// <c>framing: note: </c>.</summary>
    /// <returns>For example <c>timings: arguments 9 ms, command 120 ms, total 129 ms</c>.</returns>
    public string Describe()
    {
        // The phases follow one another from the process's start (or the clock's), so they sum to the total.
        var total = 0.0;
        var text = new StringBuilder("timings: ");
        for (var i = 0; i < _phases.Count; i++)
        {
            total += _milliseconds[i];
            text.Append(_phases[i]).Append(' ').Append(Rounded(_milliseconds[i])).Append(" ms, ");
        }

        text.Append("total ").Append(Rounded(total)).Append(" ms");
        if (_asProcess)
        {
            // The process's whole compilation so far, which an in-process run (a test) would mix with its host's.
            text.Append("; compiled at run time: ")
                .Append(System.Runtime.JitInfo.GetCompiledMethodCount().ToString(CultureInfo.InvariantCulture)).Append(" methods, ")
                .Append(Rounded(System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds)).Append(" ms");
            // Allocation is what makes the collector touch memory the process has not used yet (page faults and zeroing);
            // the count is of collections of every generation (a gen 1 or gen 2 collection counts in gen 0's too).
            text.Append("; allocated ")
                .Append((GC.GetTotalAllocatedBytes(precise: false) / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture)).Append(" MB, ")
                .Append(GC.CollectionCount(0).ToString(CultureInfo.InvariantCulture)).Append(" collections");
        }

        return text.ToString();
    }

    private void Add(string phase, double milliseconds)
    {
        if (_phases.Count == _milliseconds.Length)
        {
            var larger = new double[_milliseconds.Length * 2];
            _milliseconds.CopyTo(larger, 0);
            _milliseconds = larger;
        }

        _milliseconds[_phases.Count] = milliseconds;
        _phases.Add(phase);
    }

    private static string Rounded(double milliseconds) =>
        ((long)Math.Round(milliseconds, MidpointRounding.AwayFromZero)).ToString(CultureInfo.InvariantCulture);
}
