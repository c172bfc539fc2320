namespace Framing.Cli;

/// <summary>
/// A run that needs more memory than the process may use (the machine's, a container's, or
/// <c>DOTNET_GCHeapHardLimit</c>'s) ends as an input too large for it: one line, <c>framing: error: out of memory …</c>,
/// and exit code 2, not the runtime's bare "Out of memory." and an abort (134). The memory is free again once the
/// exception has left the command, so the line can be written.
/// </summary>
internal static class OutOfMemory
{
    /// <summary>The error line's message (after <c>framing: error: </c>).</summary>
    public const string Message = "out of memory: the run needed more memory than this process may use (the README's 'What grows with the number of documents' says what each command keeps)";

    /// <summary>Whether <paramref name="exception"/> is, or (from worker threads) wraps, an <see cref="OutOfMemoryException"/>.</summary>
    /// <param name="exception">The exception that ended the command.</param>
    /// <returns>True when memory ran out.</returns>
    public static bool Caused(Exception exception) => exception switch
    {
        OutOfMemoryException => true,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.Any(Caused),
        _ => exception.InnerException is { } inner && Caused(inner),
    };
}
