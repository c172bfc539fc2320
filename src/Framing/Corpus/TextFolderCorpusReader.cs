using Framing.Text;

namespace Framing.Corpus;

/// <summary>
/// Reads a folder of <c>.txt</c> files, one document per file, read lazily one file at a time.
/// </summary>
/// <remarks>
/// <para>
/// Files are found recursively (the extension is matched case-insensitively; hidden and system files and folders are
/// skipped, as <see cref="EnumerationOptions"/> does by default) and read in the ordinal order of their paths relative
/// to the root, written with <c>/</c> on every operating system, so the order is the same everywhere. The relative
/// path (for example <c>aljazeera/2024/a.txt</c>) is the document's id. The file in its <see cref="Document.Source"/>
/// (with line 0), and in every rejected record's, is the folder as it was given joined with that relative path (for
/// example <c>corpus/aljazeera/2024/a.txt</c>, with the platform's separator), so that a message names a file the user
/// can open from where the folder was named.
/// </para>
/// <para>
/// Symbolic links to files are read like files. A symbolic link to a folder is followed (its files have the link's
/// path, and its first folder's group) unless the folder it leads to encloses the link, that is, is the folder the link
/// is in or one of its ancestors, up to the root and above: such a link would make the walk go round forever (listing
/// the same files under ever longer paths), so it is not followed and is a rejected record of its own, located at the
/// link's path, with the message <c>symbolic link to a folder that encloses it (a loop), not followed</c>. Every file
/// is therefore read at most once per path, and a walk always ends. A sub-folder that cannot be listed is a rejected
/// record too (<c>cannot read folder: &lt;reason&gt;</c>), so that no file is left out silently.
/// </para>
/// <para>
/// The only field is the group, stored under <see cref="CorpusReaderOptions.GroupField"/> and derived from the path as
/// <see cref="CorpusReaderOptions.FolderGrouping"/> says: the first sub-folder (<see cref="RootGroup"/> for files
/// directly in the root), or the relative path without a final <c>.txt</c> as written (<c>.TXT</c> is kept, so that
/// <c>x.txt</c> and <c>x.TXT</c> are two groups).
/// </para>
/// <para>
/// A file is decoded with strict UTF-8 after removing a byte-order mark. Only regular files are opened: a
/// <c>.txt</c> that is a named pipe or a device is rejected without being opened (see
/// <see cref="CorpusFile.TryReadAllBytes"/>). Rejection messages: <c>invalid UTF-8</c> (located at the line of the
/// first invalid byte), <c>empty text</c> (an empty file, or one of only white space and invisible characters), <c>cannot read file: &lt;reason&gt;</c>
/// (for example <c>cannot read file: not a regular file (a named pipe)</c>), <c>its folder's name, its group, is blank (" ")</c> (or holds only
/// invisible characters, or begins or ends with one: the rule of a group field, <see cref="RecordMessages.PathGroupError"/>),
/// besides the two above for folders.
/// </para>
/// </remarks>
internal sealed class TextFolderCorpusReader : ICorpusReader
{
    /// <summary>The group of files that lie directly in the root folder when grouping by folder.</summary>
    public const string RootGroup = "(root)";

    private readonly string _root;

    /// <summary>Creates a reader over a folder.</summary>
    /// <param name="folder">The root folder.</param>
    /// <param name="options">Field names and grouping; <see cref="CorpusReaderOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentException">The path is empty or the options are inconsistent.</exception>
    public TextFolderCorpusReader(string folder, CorpusReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        Options = options ?? CorpusReaderOptions.Default;
        Options.Validate();
        _root = folder;
    }

    /// <inheritdoc/>
    public string Description => _root;

    /// <summary>The field names and grouping.</summary>
    public CorpusReaderOptions Options { get; }

    /// <inheritdoc/>
    /// <exception cref="CorpusException">The folder does not exist (thrown by this call, before enumeration), or it
    /// cannot be listed (thrown when enumeration starts).</exception>
    public IEnumerable<CorpusItem> Read(CancellationToken cancellationToken = default)
    {
        CorpusFile.EnsureFolder(_root);
        return ReadFiles(cancellationToken);
    }

    /// <summary>The group of a file, given its path relative to the root with <c>/</c> separators.</summary>
    /// <param name="relativePath">The relative path.</param>
    /// <param name="grouping">The grouping mode.</param>
    /// <returns>The group.</returns>
    internal static string GroupOf(string relativePath, FolderGrouping grouping)
    {
        if (grouping == FolderGrouping.File)
        {
            // Only ".txt" as written: files are found by a .txt of any case, and x.txt and x.TXT are two groups.
            return relativePath.EndsWith(".txt", StringComparison.Ordinal) && relativePath.LastIndexOf('/') < relativePath.Length - 5
                ? relativePath[..^4]
                : relativePath;
        }

        var first = relativePath.IndexOf('/', StringComparison.Ordinal);
        return first < 0 ? RootGroup : relativePath[..first];
    }

    private IEnumerable<CorpusItem> ReadFiles(CancellationToken cancellationToken)
    {
        foreach (var entry in FolderWalk.Find(_root, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return entry.Problem is { } problem
                ? CorpusItem.Rejected(new Diagnostic(new DocumentSource(PathOf(entry.Relative), 0), problem))
                : ReadFile(entry.Relative, entry.FullPath);
        }
    }

    private string PathOf(string relative) => Path.Join(_root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Called with the path of each document file before it is read: a message it returns stops the read with a
    /// <see cref="CorpusException"/> at that file (the command line refuses a file an output of the run goes to).</summary>
    internal Func<string, string?>? FileGuard { get; set; }

    private CorpusItem ReadFile(string relative, string full)
    {
        var file = PathOf(relative);
        if (FileGuard?.Invoke(full) is { } refused)
        {
            throw new CorpusException(new Diagnostic(new DocumentSource(file, 0), refused));
        }

        var group = GroupOf(relative, Options.FolderGrouping);
        if (RecordMessages.PathGroupError(group, Options.FolderGrouping != FolderGrouping.File) is { } groupError)
        {
            // The rule of a group field in every record reader (a folder " " or U+200B was a group no table could show,
            // and a state holding it could not be merged).
            return CorpusItem.Rejected(new Diagnostic(new DocumentSource(file, 0), groupError));
        }

        var error = CorpusFile.TryReadAllBytes(full, Options.MaxRecordBytes, out var bytes, out _);
        if (error is not null)
        {
            // A name whose bytes are not UTF-8 is listed with U+FFFD in their place, under which it cannot be opened: say
            // so, rather than that a file just listed does not exist.
            if (error == RecordMessages.NoSuchFile && relative.Contains('\uFFFD', StringComparison.Ordinal))
            {
                error = RecordMessages.NameNotUtf8;
            }

            return CorpusItem.Rejected(new Diagnostic(new DocumentSource(file, 0), "cannot read file: " + error));
        }

        if (!Utf8Text.TryDecodeFile(bytes, out var text, out var reason, out var line))
        {
            return CorpusItem.Rejected(new Diagnostic(new DocumentSource(file, line), reason));
        }

        var source = new DocumentSource(file, 0);
        if (InvisibleCharacters.OnlyInvisible(text))
        {
            return CorpusItem.Rejected(new Diagnostic(source, RecordMessages.EmptyText));
        }

        var fields = new Dictionary<string, string>(1, StringComparer.Ordinal)
        {
            [Options.GroupField] = group,
        };
        return CorpusItem.Accepted(new Document(relative, fields, text, source));
    }
}
