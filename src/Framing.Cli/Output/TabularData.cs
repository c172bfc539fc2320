namespace Framing.Cli.Output;

/// <summary>
/// Rows of typed cells (string, long, double, bool or null) under named columns, plus metadata for JSON output.
/// Every writer formats cells the same culture-invariant way (see <see cref="CellFormat"/>).
/// </summary>
internal sealed class TabularData(IReadOnlyList<string> columns)
{
    public List<string> Columns { get; } = [.. columns];

    public List<object?[]> Rows { get; } = [];

    /// <summary>The columns that hold text, when the table declares them: the others are numbers, right-aligned in the
    /// table and Markdown formats whatever the rows hold (a column of empty intervals too). Null: inferred from the rows.</summary>
    public IReadOnlySet<string>? TextColumns { get; init; }

    /// <summary>Key/value pairs written before the rows in JSON output (lexicon, corpus, counts).</summary>
    public List<KeyValuePair<string, object?>> Metadata { get; } = [];

    /// <summary>A copy with only the named columns (in that order), keeping the metadata.</summary>
    public TabularData Select(IReadOnlyList<string> columns)
    {
        var indices = new int[columns.Count];
        for (var i = 0; i < columns.Count; i++)
        {
            indices[i] = Columns.IndexOf(columns[i]);
            if (indices[i] < 0)
            {
                throw new ArgumentException($"unknown column '{columns[i]}'", nameof(columns));
            }
        }

        var copy = new TabularData(columns) { TextColumns = TextColumns };
        copy.Metadata.AddRange(Metadata);
        foreach (var row in Rows)
        {
            var cells = new object?[indices.Length];
            for (var i = 0; i < indices.Length; i++)
            {
                cells[i] = row[indices[i]];
            }

            copy.Rows.Add(cells);
        }

        return copy;
    }

    public void Add(params object?[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"expected {Columns.Count} cells, got {cells.Length}");
        }

        Rows.Add(cells);
    }
}
