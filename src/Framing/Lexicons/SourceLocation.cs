using System.Globalization;

namespace Framing.Lexicons;

/// <summary>A place in a lexicon file: the file's name and a 1-based line and column.</summary>
/// <param name="File">The file name or path (for built-in lexicons, <c>lexicons/&lt;id&gt;.yaml</c>).</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    /// <summary>Formats the location as <c>file:line:column</c>.</summary>
    /// <returns>The formatted location.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}");
}
