namespace Framing.Text;

/// <summary>Thrown when a stopword file cannot be read or holds a line that is not one word.</summary>
public sealed class StopwordListException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="source">The file (or source name).</param>
    /// <param name="line">The 1-based line, or 0 when the problem is the whole file.</param>
    /// <param name="problem">What is wrong, in one line, without the location.</param>
    public StopwordListException(string source, int line, string problem)
        : base(Format(source, line, problem))
    {
        FileName = source ?? string.Empty;
        Line = line;
        Problem = problem ?? string.Empty;
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public StopwordListException(string message)
        : this("?", 0, message)
    {
    }

    /// <summary>Creates the exception with no details.</summary>
    public StopwordListException()
        : this("invalid stopword list")
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public StopwordListException(string message, Exception innerException)
        : base(message, innerException)
    {
        FileName = "?";
        Problem = message ?? string.Empty;
    }

    /// <summary>The file (or source name).</summary>
    public string FileName { get; }

    /// <summary>The 1-based line, or 0 when the problem is the whole file.</summary>
    public int Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Format(string? source, int line, string? problem) =>
        line > 0
            ? $"{source}:{line.ToString(System.Globalization.CultureInfo.InvariantCulture)}: {problem}"
            : $"{source}: {problem}";
}
