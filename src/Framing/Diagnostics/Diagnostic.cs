namespace Framing;

/// <summary>
/// One problem the library found in its input, the single type to log: a lexicon file that cannot be loaded (in
/// <see cref="Lexicons.LexiconException.Errors"/>), a dictionary or category mapping that cannot be imported (in
/// <see cref="Lexicons.Import.ImportException.Errors"/>) or a pattern skipped on import (a
/// <see cref="DiagnosticSeverity.Warning"/> in <see cref="Lexicons.Import.LexiconImportResult.Warnings"/>), a corpus that
/// cannot be read (<see cref="Corpus.CorpusException.Error"/>) or a record rejected from it
/// (<see cref="Corpus.CorpusItem.Error"/>, <see cref="Corpus.BadRecordException.Error"/>).
/// </summary>
/// <param name="Location">Where the problem is: file, and line and column where known.</param>
/// <param name="Message">What is wrong, in one line, without the location (for example <c>missing field "text"</c>).</param>
/// <param name="Severity">Whether the input was refused (<see cref="DiagnosticSeverity.Error"/>, the default) or only partly used.</param>
public sealed record Diagnostic(SourceLocation Location, string Message, DiagnosticSeverity Severity = DiagnosticSeverity.Error)
{
    /// <summary>What the user can do about the problem, for a front end to word in its own terms (<see cref="DiagnosticHint.None"/> when nothing in particular); not part of <see cref="ToString"/>.</summary>
    public DiagnosticHint Hint { get; init; }

    /// <summary>Formats the problem as <c>location: message</c> (for example <c>corpus.jsonl:3: missing field "text"</c>), the line the CLI prints after <c>framing: error: </c>.</summary>
    /// <returns>The one-line problem.</returns>
    public override string ToString() => $"{Location}: {Message}";
}
