using Framing.Corpus;
using Framing.Text;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// Places a document's text offsets in the original file. When the document is a whole file (a <c>.txt</c> file given
/// directly, in a folder or named by a manifest), the line and column are those of the match in that file. When the
/// document is a record of a JSON Lines or CSV file, the line is the record's line and the column is the offset within
/// the record's text (plus one): the text is escaped or quoted inside the record, so no column of the file would be
/// exact.
/// </summary>
internal sealed class DocumentLocator
{
    private readonly string _file;
    private readonly int _recordLine;
    private readonly string? _text;
    private LineIndex? _lines;

    private DocumentLocator(string file, int recordLine, string? text)
    {
        _file = PortablePath.Of(file);
        _recordLine = recordLine;
        _text = text;
    }

    /// <summary>A document that is the whole text of <paramref name="file"/>.</summary>
    public static DocumentLocator WholeFile(string file, string text) => new(file, 0, text);

    /// <summary>A document that is a record starting at <paramref name="source"/>'s line.</summary>
    public static DocumentLocator Record(DocumentSource source) => new(source.File, Math.Max(1, source.Line), null);

    /// <summary>The place of the text from <paramref name="start"/> of <paramref name="length"/> characters.</summary>
    public FindingLocation Span(int start, int length, string snippet)
    {
        if (_text is null)
        {
            return new FindingLocation(_file, _recordLine, start + 1, _recordLine, start + length + 1, snippet);
        }

        _lines ??= new LineIndex(_text);
        var (line, column) = _lines.Position(start);
        var (endLine, endColumn) = _lines.Position(start + length);
        return new FindingLocation(_file, line, column, endLine, endColumn, snippet);
    }

    /// <summary>The place of the document as a whole: its file's first line, or its record's line.</summary>
    public FindingLocation Whole() => new(_file, _text is null ? _recordLine : 1, 1);
}
