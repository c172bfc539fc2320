namespace Framing.Cli.Output;

/// <summary>
/// Rows of typed cells (string, long, double, bool or null) under named columns, plus metadata for JSON output.
/// Every writer formats cells the same culture-invariant way (see <see cref="CellFormat"/>).
/// </summary>
internal sealed class TabularData(IReadOnlyList<string> columns)
{
    public IReadOnlyList<string> Columns { get; } = columns;

    public List<object?[]> Rows { get; } = [];

    /// <summary>Key/value pairs written before the rows in JSON output (lexicon, corpus, counts).</summary>
    public List<KeyValuePair<string, object?>> Metadata { get; } = [];

    public void Add(params object?[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"expected {Columns.Count} cells, got {cells.Length}");
        }

        Rows.Add(cells);
    }
}
