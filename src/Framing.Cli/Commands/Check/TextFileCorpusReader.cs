using Framing.Corpus;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// One <c>.txt</c> file given directly to <c>framing check</c>: one document whose text is the whole file (read as a
/// folder corpus reads its files: <see cref="Utf8Text.TryDecodeFile"/>), whose id is the path as given, and whose group (under the <c>--by</c> field) is the
/// parent folder's name with <c>--by folder</c>, otherwise the path without its extension.
/// </summary>
internal sealed class TextFileCorpusReader(string path, string groupField, bool groupByFolder) : ICorpusReader
{
    public string Description => path;

    public static bool Handles(string path) =>
        path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && File.Exists(path);

    public IEnumerable<CorpusItem> Read(CancellationToken cancellationToken = default)
    {
        var source = new DocumentSource(path, 0);

        // As a folder corpus's files: a named pipe or a device is not opened (it may wait for a writer for ever, or
        // never end), and a file longer than a record may be is not read; either is a bad record.
        var kind = FileKinds.Of(path);
        if (kind is not (FileKind.Regular or FileKind.Unknown))
        {
            return [CorpusItem.Rejected(new Diagnostic(source, "cannot read file: " + RecordMessages.NotARegularFile(kind)))];
        }

        byte[]? bytes;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            bytes = CorpusFile.ReadUtf8(stream, RecordLimit.DefaultBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CorpusException(new Diagnostic(source, SystemReason.OfRead(path, e, "cannot read file")));
        }

        if (bytes is null)
        {
            return [CorpusItem.Rejected(new Diagnostic(source, "cannot read file: " + RecordMessages.FileTooLong(RecordLimit.DefaultBytes)))];
        }

        if (!Utf8Text.TryDecodeFile(bytes, out var text, out var reason, out var line))
        {
            return [CorpusItem.Rejected(new Diagnostic(new DocumentSource(path, line), reason))];
        }

        if (Framing.Text.InvisibleCharacters.OnlyInvisible(text))
        {
            return [CorpusItem.Rejected(new Diagnostic(source, RecordMessages.EmptyText))];
        }

        var group = GroupOf();
        if (RecordMessages.PathGroupError(group, groupByFolder) is { } groupError)
        {
            // As a folder corpus's files: a folder " " or U+200B is no group.
            return [CorpusItem.Rejected(new Diagnostic(source, groupError))];
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { [groupField] = group };
        return [CorpusItem.Accepted(new Document(path, fields, text, source))];
    }

    private string GroupOf()
    {
        if (groupByFolder)
        {
            var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
            return string.IsNullOrEmpty(folder) ? TextFolderCorpusReader.RootGroup : folder;
        }

        var normalized = PortablePath.Of(path);
        var dot = normalized.LastIndexOf('.');
        return dot > normalized.LastIndexOf('/') ? normalized[..dot] : normalized;
    }
}
