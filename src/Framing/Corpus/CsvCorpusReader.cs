using Framing.Text;

namespace Framing.Corpus;

/// <summary>
/// Reads a CSV (or TSV) corpus with a header row: one document per record, read lazily record by record.
/// </summary>
/// <remarks>
/// <para>
/// The format is RFC 4180 with a configurable delimiter: fields may be enclosed in double quotes, a quote inside a
/// quoted field is written <c>""</c>, and quoted fields may contain delimiters and line breaks (kept as written,
/// <c>\n</c> or <c>\r\n</c>). Lines may end with <c>\n</c> or <c>\r\n</c>, not with <c>\r</c> alone (which a quoted
/// field keeps as text; a header with a bare <c>\r</c> makes the file unreadable, <c>line breaks are bare CR (\r); use
/// \n or \r\n</c>, since its lines would all be one); a UTF-8 byte-order mark at the start is
/// ignored; empty lines between records are skipped. A record's location is the 1-based line where it starts. A record
/// longer than <see cref="RecordLimit.DefaultBytes"/> (1000 MiB of UTF-8, see <see cref="RecordLimit"/>) is rejected, <c>record too long (more than 1000
/// MiB)</c>, as soon as that many bytes have been read of it, and the rest of it is skipped without being kept (see
/// <see cref="CsvRecordReader"/>): the records after it are read as usual.
/// </para>
/// <para>
/// The first record is the header; its names map the columns to fields. The header must have the text column
/// (<see cref="CorpusReaderOptions.TextField"/>) and, when <see cref="CorpusReaderOptions.RequireGroupField"/> is set,
/// the group column; otherwise, as for an empty file or a duplicate or empty column name, the whole file is unreadable
/// and enumeration throws a <see cref="CorpusException"/> located at the header line. Every column except the text
/// becomes a field. When there is no id column the id is the record's location, <c>file:line</c>.
/// </para>
/// <para>
/// Rejection messages: <c>record too long (more than 1000 MiB)</c>, <c>unterminated quoted field: the quote opened on line Q is never closed and swallowed the N
/// lines after it, to the end of the file</c> (a quote left open: the record starts at the reported line and runs to
/// the end of the file, so the records after line Q are not read as records), <c>unexpected character after a closing quote</c>,
/// <c>invalid UTF-8</c> (followed by <c>(line N)</c> when the bad bytes are on a later line of a multi-line record;
/// the following records are still read), <c>expected N fields, found M</c>, <c>empty text</c>, <c>empty field
/// "outlet"</c> (when the group field is required) and <c>empty field "id"</c>.
/// </para>
/// </remarks>
internal sealed class CsvCorpusReader : ICorpusReader
{
    private readonly CorpusInput _input;

    /// <summary>Creates a reader over a file.</summary>
    /// <param name="path">The file's path; also used as the file name in ids and messages.</param>
    /// <param name="options">Field names and rules; <see cref="CorpusReaderOptions.Default"/> when null.</param>
    /// <param name="delimiter">The field delimiter: <c>,</c> for CSV, <c>\t</c> for TSV.</param>
    /// <exception cref="ArgumentException">The path is empty, the delimiter is unusable, or the options are inconsistent.</exception>
    public CsvCorpusReader(string path, CorpusReaderOptions? options = null, char delimiter = ',')
        : this(CorpusInput.FromPath(path), options, delimiter)
    {
    }

    /// <summary>
    /// Creates a reader over a stream, such as standard input. The stream can be read once and is not disposed by the
    /// reader.
    /// </summary>
    /// <param name="stream">The stream of UTF-8 bytes.</param>
    /// <param name="displayName">The name used in ids and messages (<c>-</c> for standard input).</param>
    /// <param name="options">Field names and rules; <see cref="CorpusReaderOptions.Default"/> when null.</param>
    /// <param name="delimiter">The field delimiter: <c>,</c> for CSV, <c>\t</c> for TSV.</param>
    /// <exception cref="ArgumentException">The stream is not readable, the delimiter is unusable, or the options are inconsistent.</exception>
    public CsvCorpusReader(Stream stream, string displayName = "-", CorpusReaderOptions? options = null, char delimiter = ',')
        : this(CorpusInput.FromStream(stream, displayName), options, delimiter)
    {
    }

    private CsvCorpusReader(CorpusInput input, CorpusReaderOptions? options, char delimiter)
    {
        CsvRecordReader.CheckDelimiter(delimiter, nameof(delimiter));
        Options = options ?? CorpusReaderOptions.Default;
        Options.Validate();
        Delimiter = delimiter;
        _input = input;
    }

    /// <inheritdoc/>
    public string Description => _input.Name;

    /// <summary>How far reading has got (bytes read and the file's size).</summary>
    public ReadProgress Progress => _input.Progress;

    /// <summary>The field names and rules.</summary>
    public CorpusReaderOptions Options { get; }

    /// <summary>The field delimiter (<c>,</c> or <c>\t</c>, or another ASCII character).</summary>
    public char Delimiter { get; }

    /// <inheritdoc/>
    /// <exception cref="CorpusException">
    /// The file does not exist (thrown by this call), or, when enumeration starts, the header is missing, malformed or
    /// lacks a required column.
    /// </exception>
    /// <exception cref="InvalidOperationException">The reader is over a stream that has already been read.</exception>
    public IEnumerable<CorpusItem> Read(CancellationToken cancellationToken = default) =>
        _input.Read(stream => ReadRecords(stream, cancellationToken));

    private IEnumerable<CorpusItem> ReadRecords(Stream stream, CancellationToken cancellationToken)
    {
        var lines = new Utf8LineReader(stream, maxLineBytes: Options.MaxRecordBytes, cancellationToken: cancellationToken);
        CompressedInput.Refuse(lines, Description); // standard input or a pipe: a file was refused when it was named
        var records = new CsvRecordReader(lines, Delimiter);
        // An empty file (or one of blank lines) is a corpus without documents, as an empty JSON Lines file is, which
        // --allow-empty accepts; a file with rows needs its header.
        if (CsvHeader.TryRead(records, Description) is not { } header)
        {
            yield break;
        }

        var textColumn = header.Require(Options.TextField, hintFormat: true, hintDelimiter: true);
        var groupColumn = Options.RequireGroupField ? header.Require(Options.GroupField, hintFormat: true, hintDelimiter: true) : -1;
        var idColumn = Options.RequireIdField ? header.Require(Options.IdField, hintFormat: true, hintDelimiter: true) : header.IndexOf(Options.IdField);
        while (records.TryRead(out var record))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return ToItem(record, header, textColumn, groupColumn, idColumn);
        }
    }

    private CorpusItem ToItem(CsvRecord record, CsvHeader header, int textColumn, int groupColumn, int idColumn)
    {
        var source = new DocumentSource(Description, record.Line);
        var error = record.StructuralError(header.Count);
        if (error is null && InvisibleCharacters.OnlyInvisible(record.Fields[textColumn]))
        {
            error = RecordMessages.EmptyText;
        }

        if (error is null && groupColumn >= 0)
        {
            error = RecordMessages.KeyFieldError(record.Fields[groupColumn], Options.GroupField);
        }

        if (error is null && idColumn >= 0)
        {
            error = RecordMessages.KeyFieldError(record.Fields[idColumn], Options.IdField);
        }

        if (error is not null)
        {
            return record.IsTooLong
                ? CorpusItem.Rejected(new Diagnostic(source, error), Options.MaxRecordBytes + 1L)
                : CorpusItem.Rejected(new Diagnostic(source, error));
        }

        var id = idColumn >= 0 ? record.Fields[idColumn] : RecordMessages.LocationId(source);
        return CorpusItem.Accepted(new Document(id, header.ToFields(record, textColumn), record.Fields[textColumn], source));
    }
}
