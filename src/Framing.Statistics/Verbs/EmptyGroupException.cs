namespace Framing.Verbs;

/// <summary>A group that a verb needs (keyness's target or reference) has no documents in the corpus, or none with a term to count.</summary>
public sealed class EmptyGroupException : Exception
{
    /// <summary>Creates the exception; its message names the group on one line and the first 20 groups of the corpus.</summary>
    /// <param name="corpus">The corpus's name.</param>
    /// <param name="group">The group without documents.</param>
    /// <param name="groups">The groups the corpus has.</param>
    public EmptyGroupException(string corpus, string group, IReadOnlyCollection<string> groups)
        : base($"{corpus}: no documents in group '{Framing.Corpus.RecordMessages.NameOnOneLine(group ?? throw new ArgumentNullException(nameof(group)))}' ({Framing.Corpus.RecordMessages.GroupList([.. groups ?? throw new ArgumentNullException(nameof(groups))])})")
    {
        Group = group;
    }

    /// <summary>Creates the exception.</summary>
    public EmptyGroupException()
        : base("a group has no documents")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public EmptyGroupException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public EmptyGroupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The group without documents.</summary>
    public string? Group { get; }
}
