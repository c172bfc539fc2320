namespace Framing.Lexicons;

/// <summary>Thrown when a lexicon cannot be loaded; <see cref="Errors"/> lists every problem found, in file order.</summary>
public sealed class LexiconException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">The problems, at least one.</param>
    public LexiconException(IReadOnlyList<Diagnostic> errors)
        : base(errors is { Count: > 0 } ? errors[0].ToString() + (errors.Count > 1 ? $" (and {errors.Count - 1} more)" : string.Empty) : "invalid lexicon")
    {
        Errors = ReadOnlyLists.Of(errors ?? []);
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public LexiconException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with a message of its own and the one problem behind it.</summary>
    internal LexiconException(string message, Diagnostic error)
        : base(message)
    {
        Errors = [error];
    }

    /// <summary>Creates the exception with no details.</summary>
    public LexiconException()
        : this("invalid lexicon")
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LexiconException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every problem found, ordered by line and column; at least one when the library threw the exception
    /// (an unknown lexicon id is one, located at the id as given, line 0).</summary>
    public IReadOnlyList<Diagnostic> Errors { get; }

    /// <summary>What the file holds that is valid but likely not meant (see <see cref="Lexicon.Warnings"/>), found
    /// beside the errors, ordered by line and column; empty when the file was not read that far.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init => field = ReadOnlyLists.Of(value ?? []); } = [];
}
