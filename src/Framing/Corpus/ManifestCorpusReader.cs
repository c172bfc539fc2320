using System.Globalization;
using Framing.Text;

namespace Framing.Corpus;

/// <summary>
/// Reads a corpus described by a CSV manifest: each record names a text file (column <see cref="FileColumn"/>, a path
/// relative to the manifest's folder) and gives its fields in the other columns (for example <c>outlet</c> and
/// <c>date</c>). Records and files are read lazily, one at a time.
/// </summary>
/// <remarks>
/// <para>
/// The manifest follows the same CSV rules as <see cref="CsvCorpusReader"/> (quotes, byte-order mark, <c>\r\n</c>,
/// skipped empty lines, header errors thrown as <see cref="CorpusException"/>). The header must have the
/// <see cref="FileColumn"/> column and, when <see cref="CorpusReaderOptions.RequireGroupField"/> is set, the group
/// column. Every column, including <c>file</c>, becomes a field, except a column named like the text field (the text
/// comes from the file). The id is the id column when there is one, else the file path as written in the manifest.
/// </para>
/// <para>
/// Accepted documents and rejected records are located at their manifest line. Each file is decoded with strict UTF-8
/// after removing a byte-order mark. Only regular files are opened: a row naming a directory, a named pipe or a device
/// (such as <c>/dev/zero</c>) is rejected without opening it (see <see cref="CorpusFile.TryReadAllBytes"/>). Rejection
/// messages: the CSV ones (<c>expected N fields, found M</c>, ...), <c>empty field "file"</c>, <c>empty field
/// "outlet"</c>, <c>empty field "id"</c>, <c>file not found: x.txt</c>, <c>cannot read file x.txt: &lt;reason&gt;</c>
/// (for example <c>cannot read file docs: is a directory</c> or <c>cannot read file /dev/zero: not a regular file (a
/// character device)</c>), <c>invalid UTF-8 in x.txt (line N)</c> and <c>empty text in x.txt</c>.
/// </para>
/// </remarks>
internal sealed class ManifestCorpusReader : ICorpusReader
{
    /// <summary>The manifest column holding each document's file path.</summary>
    public const string FileColumn = "file";

    private readonly string _manifest;

    /// <summary>Creates a reader over a manifest file.</summary>
    /// <param name="manifestPath">The manifest's path; also used as the file name in messages.</param>
    /// <param name="options">Field names and rules; <see cref="CorpusReaderOptions.Default"/> when null.</param>
    /// <param name="delimiter">The manifest's field delimiter (<c>,</c> for CSV, <c>\t</c> for TSV).</param>
    /// <exception cref="ArgumentException">The path is empty, the delimiter is unusable, or the options are inconsistent.</exception>
    public ManifestCorpusReader(string manifestPath, CorpusReaderOptions? options = null, char delimiter = ',')
    {
        ArgumentException.ThrowIfNullOrEmpty(manifestPath);
        CsvRecordReader.CheckDelimiter(delimiter, nameof(delimiter));
        Options = options ?? CorpusReaderOptions.Default;
        Options.Validate();
        Delimiter = delimiter;
        _manifest = manifestPath;
    }

    /// <inheritdoc/>
    public string Description => _manifest;

    /// <summary>The field names and rules.</summary>
    public CorpusReaderOptions Options { get; }

    /// <summary>The manifest's field delimiter.</summary>
    public char Delimiter { get; }

    /// <summary>Called with the path of each document file before it is read: a message it returns stops the read with a
    /// <see cref="CorpusException"/> at the manifest's line (the command line refuses a file an output of the run goes to).</summary>
    internal Func<string, string?>? FileGuard { get; set; }

    /// <inheritdoc/>
    /// <exception cref="CorpusException">
    /// The manifest does not exist (thrown by this call), or, when enumeration starts, its header is missing, malformed
    /// or lacks a required column.
    /// </exception>
    public IEnumerable<CorpusItem> Read(CancellationToken cancellationToken = default)
    {
        CorpusFile.EnsureFile(_manifest);
        return ReadManifest(cancellationToken);
    }

    private IEnumerable<CorpusItem> ReadManifest(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(_manifest)) ?? string.Empty;
        using var stream = CorpusFile.OpenRead(_manifest);
        var lines = new Utf8LineReader(stream, maxLineBytes: Options.MaxRecordBytes, cancellationToken: cancellationToken);
        CompressedInput.Refuse(lines, _manifest); // a pipe: a file was refused when it was named
        var records = new CsvRecordReader(lines, Delimiter);
        // An empty manifest lists no document, as an empty CSV corpus holds none (--allow-empty accepts either).
        if (CsvHeader.TryRead(records, _manifest) is not { } header)
        {
            yield break;
        }

        var columns = new Columns(
            header.Require(FileColumn, hintDelimiter: true),
            header.IndexOf(Options.TextField),
            Options.RequireGroupField ? header.Require(Options.GroupField, hintDelimiter: true) : -1,
            Options.RequireIdField ? header.Require(Options.IdField, hintDelimiter: true) : header.IndexOf(Options.IdField));
        while (records.TryRead(out var record))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return ToItem(record, header, columns, folder);
        }
    }

    private CorpusItem ToItem(CsvRecord record, CsvHeader header, Columns columns, string folder)
    {
        var source = new DocumentSource(_manifest, record.Line);
        var error = record.StructuralError(header.Count);
        var file = error is null ? record.Fields[columns.File] : string.Empty;
        if (error is null && string.IsNullOrWhiteSpace(file))
        {
            error = RecordMessages.EmptyField(FileColumn);
        }

        if (error is null && columns.Group >= 0)
        {
            error = RecordMessages.KeyFieldError(record.Fields[columns.Group], Options.GroupField);
        }

        if (error is null && columns.Id >= 0)
        {
            error = RecordMessages.KeyFieldError(record.Fields[columns.Id], Options.IdField);
        }

        string? text = null;
        if (error is null && FileGuard?.Invoke(Path.Combine(folder, file)) is { } refused)
        {
            throw new CorpusException(new Diagnostic(source, $"{file}: {refused}"));
        }

        if (error is null)
        {
            error = ReadText(Path.Combine(folder, file), file, Options.MaxRecordBytes, out text);
        }

        if (error is not null)
        {
            return record.IsTooLong
                ? CorpusItem.Rejected(new Diagnostic(source, error), Options.MaxRecordBytes + 1L)
                : CorpusItem.Rejected(new Diagnostic(source, error));
        }

        var id = columns.Id >= 0 ? record.Fields[columns.Id] : file;
        return CorpusItem.Accepted(new Document(id, header.ToFields(record, columns.Text), text!, source));
    }

    private static string? ReadText(string path, string written, int maxBytes, out string? text)
    {
        text = null;
        var error = CorpusFile.TryReadAllBytes(path, maxBytes, out var bytes, out var notFound);
        if (error is not null)
        {
            return notFound ? $"file not found: {written}" : $"cannot read file {written}: {error}";
        }

        if (!Utf8Text.TryDecodeFile(bytes, out text, out var reason, out var line, written))
        {
            var at = line.ToString(CultureInfo.InvariantCulture);
            return reason == RecordMessages.InvalidUtf8 ? $"{reason} in {written} (line {at})" : line > 0 ? $"{reason} (line {at})" : reason;
        }

        return InvisibleCharacters.OnlyInvisible(text) ? $"{RecordMessages.EmptyText} in {written}" : null;
    }

    /// <summary>Column positions in the manifest (-1 when absent or not needed).</summary>
    private readonly record struct Columns(int File, int Text, int Group, int Id);
}
