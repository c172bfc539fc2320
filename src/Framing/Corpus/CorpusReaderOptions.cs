namespace Framing.Corpus;

/// <summary>
/// Field names and rules shared by the corpus readers. Immutable; create variants with a <c>with</c> expression.
/// Field names are compared ordinally (case-sensitive).
/// </summary>
public sealed record CorpusReaderOptions
{
    private readonly string _textField = "text";
    private readonly string _idField = "id";
    private readonly string _groupField = "outlet";
    private readonly int _maxRecordBytes = RecordLimit.DefaultBytes;
    private readonly char? _csvDelimiter;

    /// <summary>The default options: fields <c>text</c>, <c>id</c> and <c>outlet</c>, the group field required, folder grouping.</summary>
    public static CorpusReaderOptions Default { get; } = new();

    /// <summary>
    /// The field holding a document's text (default <c>text</c>). It is required: a record without it, or whose text is
    /// empty or made only of white space and invisible characters (a zero-width space, a byte-order mark, a joiner, a
    /// variation selector: the default-ignorable and format characters), is rejected (<c>empty text</c>). The text field is not copied into <see cref="Document.Fields"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The name is null or empty.</exception>
    public string TextField
    {
        get => _textField;
        init => _textField = CheckName(value, nameof(TextField));
    }

    /// <summary>
    /// The field holding a document's identifier (default <c>id</c>). It is optional: when a record has no such field,
    /// readers use the record's location <c>file:line</c> as its identifier (file readers use the relative path).
    /// When present, it must be a non-empty string (or, in JSON, a number, kept as its JSON text).
    /// </summary>
    /// <exception cref="ArgumentException">The name is null or empty.</exception>
    public string IdField
    {
        get => _idField;
        init => _idField = CheckName(value, nameof(IdField));
    }

    /// <summary>
    /// The field that groups documents (default <c>outlet</c>). Readers only check that it is present and not empty
    /// when <see cref="RequireGroupField"/> is true; <c>TextFolderCorpusReader</c> stores the group it derives from
    /// the folder layout under this name.
    /// </summary>
    /// <exception cref="ArgumentException">The name is null or empty.</exception>
    public string GroupField
    {
        get => _groupField;
        init => _groupField = CheckName(value, nameof(GroupField));
    }

    /// <summary>
    /// Whether every record must have a non-empty <see cref="GroupField"/> (default true). When true, a record without it
    /// is rejected and a CSV file or manifest without the column cannot be read at all.
    /// </summary>
    public bool RequireGroupField { get; init; } = true;

    /// <summary>
    /// Whether every record must have its <see cref="IdField"/> (default false: a record without it is known by its
    /// place). True when the field was named on purpose (the command line's <c>--id-field</c>): a misspelt name then
    /// rejects each record, and makes a CSV file, manifest or Parquet file without the column unreadable, instead of
    /// leaving every document known by its place. A folder of text files has no fields; its ids are file paths.
    /// </summary>
    public bool RequireIdField { get; init; }

    /// <summary>
    /// The field separator of a CSV or TSV corpus and of a manifest, in place of the one its format or file name implies
    /// (a comma for CSV and a <c>.csv</c> manifest, a tab for TSV and a <c>.tsv</c> manifest), or null (the default) for
    /// that one: <c>';'</c> reads the CSV that Excel saves under a German or French locale. Quoting is RFC 4180's as with
    /// a comma: a quoted field may hold the separator, doubled quotes and line breaks. Other formats have no separator
    /// and ignore it.
    /// </summary>
    /// <exception cref="ArgumentException">The separator is a double quote, a line break or not ASCII.</exception>
    public char? CsvDelimiter
    {
        get => _csvDelimiter;
        init
        {
            if (value is { } delimiter)
            {
                CsvRecordReader.CheckDelimiter(delimiter, nameof(CsvDelimiter));
            }

            _csvDelimiter = value;
        }
    }

    /// <summary>How <c>TextFolderCorpusReader</c> derives the group of a file (default <see cref="FolderGrouping.Folder"/>).</summary>
    public FolderGrouping FolderGrouping { get; init; } = FolderGrouping.Folder;

    /// <summary>
    /// The most bytes a record may have (a line of JSON Lines, a CSV record, a text file), in UTF-8 without a byte-order
    /// mark or line break (see <see cref="RecordLimit"/>): longer ones are rejected with
    /// <c>record too long</c> (or <c>file too long</c>) and skipped without being held in memory. The default is
    /// <see cref="RecordLimit.DefaultBytes"/>, which is also the largest value; tests set a small one.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The limit is below 1 or above the default.</exception>
    internal int MaxRecordBytes
    {
        get => _maxRecordBytes;
        init
        {
            RecordLimit.Check(value, nameof(MaxRecordBytes));
            _maxRecordBytes = value;
        }
    }

    /// <summary>Throws when the options cannot be used together (the text field must differ from the id and group fields).</summary>
    /// <exception cref="ArgumentException">The text field has the same name as the id or group field.</exception>
    internal void Validate()
    {
        if (string.Equals(TextField, IdField, StringComparison.Ordinal) || string.Equals(TextField, GroupField, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The text field \"{TextField}\" must differ from the id field and the group field.");
        }
    }

    private static string CheckName(string value, string property)
    {
        if (string.IsNullOrEmpty(value))
        {
            throw new ArgumentException($"{property} must be a non-empty field name.", property);
        }

        return value;
    }

    /// <summary>The record's members as the compiler prints them (<c>CorpusReaderOptions { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(CorpusReaderOptions), PrintMembers);
}
