namespace Framing.Corpus;

/// <summary>The place a document or a rejected record came from: a file (or <c>-</c> for standard input) and a 1-based line.</summary>
/// <param name="File">The file path as the user gave it (or relative to the corpus root), or <c>-</c> for standard input.</param>
/// <param name="Line">The 1-based line where the record starts; 0 when the whole file is the record.</param>
public readonly record struct DocumentSource(string File, int Line)
{
    /// <summary>Formats the source as <c>file:line</c> (or just <c>file</c> when the line is 0).</summary>
    /// <returns>The formatted location.</returns>
    public override string ToString() => Line > 0 ? $"{File}:{Line.ToString(System.Globalization.CultureInfo.InvariantCulture)}" : File;
}
