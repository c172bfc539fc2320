namespace Framing.Corpus;

/// <summary>
/// Thrown when a corpus cannot be read at all (a missing file or folder, an unreadable manifest), as opposed to a
/// single bad record, which a reader reports as a rejected <see cref="CorpusItem"/>.
/// </summary>
public sealed class CorpusException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">The error.</param>
    public CorpusException(Diagnostic error)
        : base(error?.ToString())
    {
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    /// <summary>Creates the exception (for serializers and tooling).</summary>
    public CorpusException()
        : this(new Diagnostic(new DocumentSource("?", 0), "corpus error"))
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public CorpusException(string message)
        : this(new Diagnostic(new DocumentSource("?", 0), message))
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CorpusException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new Diagnostic(new DocumentSource("?", 0), message);
    }

    /// <summary>The error.</summary>
    public Diagnostic Error { get; }
}
