namespace Framing.Lexicons.Import;

/// <summary>
/// One problem found while importing a dictionary or reading a category mapping: an error (in
/// <see cref="ImportException.Errors"/>) or a warning about something skipped (in <see cref="ImportedDictionary.Warnings"/>
/// and <see cref="LexiconImportResult.Warnings"/>).
/// </summary>
/// <param name="Location">Where the problem is: file, 1-based line and 1-based column.</param>
/// <param name="Message">What is wrong, in one line, without the location.</param>
public sealed record ImportError(SourceLocation Location, string Message)
{
    /// <summary>Formats the problem as <c>file:line:column: message</c>.</summary>
    /// <returns>The formatted problem.</returns>
    public override string ToString() => $"{Location}: {Message}";
}
