namespace Framing.Verbs;

/// <summary>A comparison found fewer than two groups in its corpus (an <see cref="ArgumentException"/>, as <see cref="FramingVerbs.Compare(Framing.Corpus.CorpusRun, Framing.Lexicons.Lexicon, Framing.Statistics.Comparisons.ComparisonOptions?, Framing.Scoring.BootstrapSettings?, System.Threading.CancellationToken)"/> documents).</summary>
public sealed class InsufficientGroupsException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="corpus">The corpus's name.</param>
    /// <param name="groups">The groups it has.</param>
    public InsufficientGroupsException(string corpus, int groups)
        : base($"{corpus}: compare needs at least two groups, found {groups.ToString(System.Globalization.CultureInfo.InvariantCulture)}")
    {
        Groups = groups;
    }

    /// <summary>Creates the exception.</summary>
    public InsufficientGroupsException()
        : base("compare needs at least two groups")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public InsufficientGroupsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InsufficientGroupsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The groups the corpus has.</summary>
    public int Groups { get; }
}
