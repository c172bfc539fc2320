namespace Framing.Scoring.State;

/// <summary>A state file cannot be read or does not fit the others it is merged with.</summary>
internal sealed class TallyStateException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TallyStateException()
    {
    }

    /// <summary>Creates the exception with a one-line message (it names the file).</summary>
    /// <param name="message">The message.</param>
    public TallyStateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TallyStateException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Whether the file is no framing state at all (rather than a damaged or incompatible one).</summary>
    public bool NotAState { get; init; }

    /// <summary>
    /// While a state is read: the JSON path of the value the problem is at (<c>groups[2].documents</c>; the empty path
    /// is the whole file), which the reader turns into the file's line and column. Null once the message names the place.
    /// </summary>
    public string? JsonPath { get; init; }
}
