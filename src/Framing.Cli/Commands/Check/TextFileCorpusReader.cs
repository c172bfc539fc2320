using System.Text;
using Framing.Corpus;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// One <c>.txt</c> file given directly to <c>framing check</c>: one document whose text is the whole file (strict
/// UTF-8, byte-order mark removed), whose id is the path as given, and whose group (under the <c>--by</c> field) is the
/// parent folder's name with <c>--by folder</c>, otherwise the path without its extension.
/// </summary>
internal sealed class TextFileCorpusReader(string path, string groupField, bool groupByFolder) : ICorpusReader
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

        byte[] bytes;
        try
        {
            if (new FileInfo(path).Length > RecordLimit.DefaultBytes)
            {
                return [CorpusItem.Rejected(new Diagnostic(source, "cannot read file: " + RecordMessages.FileTooLong(RecordLimit.DefaultBytes)))];
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CorpusException(new Diagnostic(source, SystemReason.OfRead(path, e, "cannot read file")));
        }

        var content = Framing.Text.WideUnicode.ToUtf8(bytes).AsSpan();
        if (content.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            content = content[3..];
        }

        if (content.IndexOf((byte)0) is var nul and >= 0)
        {
            // UTF-16 or UTF-32 without a byte-order mark, as a folder corpus's files.
            return [CorpusItem.Rejected(new Diagnostic(new DocumentSource(path, content[..nul].Count((byte)'\n') + 1), RecordMessages.NulBytes("the file")))];
        }

        string text;
        try
        {
            text = Strict.GetString(content);
        }
        catch (DecoderFallbackException e)
        {
            var line = e.Index >= 0 && e.Index <= content.Length ? content[..e.Index].Count((byte)'\n') + 1 : 1;
            return [CorpusItem.Rejected(new Diagnostic(new DocumentSource(path, line), "invalid UTF-8"))];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return [CorpusItem.Rejected(new Diagnostic(source, "empty text"))];
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal) { [groupField] = GroupOf() };
        return [CorpusItem.Accepted(new Document(path, fields, text, source))];
    }

    private string GroupOf()
    {
        if (groupByFolder)
        {
            var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
            return string.IsNullOrEmpty(folder) ? TextFolderCorpusReader.RootGroup : folder;
        }

        var normalized = path.Replace('\\', '/');
        var dot = normalized.LastIndexOf('.');
        return dot > normalized.LastIndexOf('/') ? normalized[..dot] : normalized;
    }
}
