namespace Framing.Text;

/// <summary>
/// Turns character offsets of a text into 1-based lines and columns. A line ends at <c>\n</c>, <c>\r\n</c> or a lone
/// <c>\r</c>; columns count UTF-16 code units from the start of the line.
/// </summary>
internal sealed class LineIndex
{
    private readonly List<int> _starts = [0];

    public LineIndex(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                _starts.Add(i + 1);
            }
        }
    }

    public (int Line, int Column) Position(int offset)
    {
        var line = _starts.BinarySearch(offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return (line + 1, offset - _starts[line] + 1);
    }
}
