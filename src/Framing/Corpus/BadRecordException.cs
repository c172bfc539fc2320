namespace Framing.Corpus;

/// <summary>A corpus run stopped at a bad record (see <see cref="BadRecords.Stop"/>).</summary>
public sealed class BadRecordException : Exception
{
    /// <summary>Creates the exception for a bad record.</summary>
    /// <param name="error">What is wrong, and where.</param>
    public BadRecordException(Diagnostic error)
        : base(error?.ToString())
    {
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    /// <summary>Creates the exception with a message (for serializers and tests).</summary>
    public BadRecordException()
        : this(new Diagnostic(new DocumentSource("?", 0), "bad record"))
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public BadRecordException(string message)
        : this(new Diagnostic(new DocumentSource("?", 0), message))
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public BadRecordException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new Diagnostic(new DocumentSource("?", 0), message);
    }

    /// <summary>The bad record: where it is and what is wrong.</summary>
    public Diagnostic Error { get; }
}
