using System.Globalization;
using Framing.Corpus;

namespace Framing;

/// <summary>
/// A place in an input file: a lexicon entry, a dictionary's line, a record of a corpus, where a <see cref="Diagnostic"/>
/// points. The file (or <c>-</c> for standard input), and where known a 1-based line and a 1-based column.
/// </summary>
/// <param name="File">The file name or path as the user gave it (for built-in lexicons, <c>lexicons/&lt;id&gt;.yaml</c>; for corpora, relative to the corpus root), or <c>-</c> for standard input.</param>
/// <param name="Line">1-based line (the line a record starts on); 0 when the place is the whole file.</param>
/// <param name="Column">1-based column; 0 when not known (records of a corpus are located by line only).</param>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>Formats the location as <c>file:line:column</c>, <c>file:line</c> or <c>file</c>, leaving out what is unknown.</summary>
    /// <returns>The formatted location.</returns>
    public override string ToString() =>
        Line <= 0 ? File
        : Column <= 0 ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}")
        : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}");

    /// <summary>The place of a record of a corpus: its file and the line it starts on (no column).</summary>
    /// <param name="source">The place.</param>
    public static implicit operator SourceLocation(DocumentSource source) => new(source.File, source.Line, 0);

    /// <summary>Same as the implicit conversion from <see cref="DocumentSource"/>.</summary>
    /// <param name="source">The place.</param>
    /// <returns>The location.</returns>
    public static SourceLocation FromDocumentSource(DocumentSource source) => source;
}
