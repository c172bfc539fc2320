namespace Framing.Verbs;

/// <summary>A reference text of Wordscores has no documents in the corpus, or no words.</summary>
public sealed class WordscoresReferenceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="key">The reference group or document id.</param>
    /// <param name="message">What is wrong (for example <c>reference group "x" has no words</c>).</param>
    public WordscoresReferenceException(string key, string message)
        : base(message)
    {
        Key = key;
    }

    /// <summary>Creates the exception.</summary>
    public WordscoresReferenceException()
        : base("a reference text has no documents or no words")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public WordscoresReferenceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public WordscoresReferenceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The reference group or document id, when known.</summary>
    public string? Key { get; }
}
