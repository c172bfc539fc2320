namespace Framing.Lexicons.Import;

/// <summary>
/// Thrown when a dictionary or a category mapping cannot be imported; <see cref="Errors"/> lists every problem found,
/// in file order, each with file:line:column.
/// </summary>
public sealed class ImportException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">The problems, at least one.</param>
    public ImportException(IReadOnlyList<Diagnostic> errors)
        : base(errors is { Count: > 0 } ? errors[0].ToString() + (errors.Count > 1 ? $" (and {errors.Count - 1} more)" : string.Empty) : "invalid import")
    {
        Errors = ReadOnlyLists.Of(errors ?? []);
    }

    /// <summary>Creates the exception from one problem.</summary>
    /// <param name="error">The problem.</param>
    public ImportException(Diagnostic error)
        : this([error ?? throw new ArgumentNullException(nameof(error))])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ImportException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Creates the exception with no details.</summary>
    public ImportException()
        : this("invalid import")
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ImportException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Every problem found, ordered by line and column.</summary>
    public IReadOnlyList<Diagnostic> Errors { get; }

    /// <summary>Throws an <see cref="ImportException"/> when <paramref name="errors"/> is not empty, with the errors sorted by place.</summary>
    internal static void ThrowIfAny(List<Diagnostic> errors)
    {
        if (errors.Count > 0)
        {
            throw new ImportException(Sorted(errors));
        }
    }

    internal static Diagnostic[] Sorted(IEnumerable<Diagnostic> errors) =>
        [.. errors.OrderBy(e => e.Location.File, StringComparer.Ordinal).ThenBy(e => e.Location.Line).ThenBy(e => e.Location.Column)];
}
