using System.Globalization;
using Framing.Corpus;
using Framing.Lexicons;

namespace Framing;

/// <summary>
/// Where a <see cref="Diagnostic"/> points: a file (or <c>-</c> for standard input), and where known a 1-based line
/// (the line a record starts on) and a 1-based column.
/// </summary>
/// <param name="File">The file path as the user gave it (or relative to the corpus root), or <c>-</c> for standard input.</param>
/// <param name="Line">The 1-based line; 0 when the problem concerns the whole file.</param>
/// <param name="Column">The 1-based column; 0 when not known (records of a corpus are located by line only).</param>
public readonly record struct DiagnosticLocation(string File, int Line, int Column)
{
    /// <summary>Formats the location as <c>file:line:column</c>, <c>file:line</c> or <c>file</c>, leaving out what is unknown.</summary>
    /// <returns>The formatted location.</returns>
    public override string ToString() =>
        Line <= 0 ? File
        : Column <= 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}")
        : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}");

    /// <summary>The place in a lexicon or dictionary file, with its line and column.</summary>
    /// <param name="location">The place.</param>
    public static implicit operator DiagnosticLocation(SourceLocation location) => new(location.File, location.Line, location.Column);

    /// <summary>The place of a record of a corpus: its file and the line it starts on (no column).</summary>
    /// <param name="source">The place.</param>
    public static implicit operator DiagnosticLocation(DocumentSource source) => new(source.File, source.Line, 0);

    /// <summary>Same as the implicit conversion from <see cref="SourceLocation"/>.</summary>
    /// <param name="location">The place.</param>
    /// <returns>The location.</returns>
    public static DiagnosticLocation FromSourceLocation(SourceLocation location) => location;

    /// <summary>Same as the implicit conversion from <see cref="DocumentSource"/>.</summary>
    /// <param name="source">The place.</param>
    /// <returns>The location.</returns>
    public static DiagnosticLocation FromDocumentSource(DocumentSource source) => source;
}
