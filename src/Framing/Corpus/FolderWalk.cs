namespace Framing.Corpus;

/// <summary>
/// Finds the files of a folder corpus: the <c>.txt</c> files under a root folder, recursively, in the ordinal order of
/// their paths relative to the root (written with <c>/</c>), together with what could not be walked.
/// </summary>
/// <remarks>
/// Hidden and system files and folders are skipped (as <see cref="EnumerationOptions"/> does by default). A symbolic
/// link to a folder is followed, and its files are found under the link's path, unless the folder it leads to encloses
/// a folder being walked (the folder the link is in, or one of its ancestors, the root's included): following it would
/// walk the same files again and again, so it is an entry of its own with <see cref="RecordMessages.FolderLinkLoop"/>.
/// Folders are compared by their canonical paths (<see cref="RealPath"/>), so any number of links on the way make no
/// difference. A sub-folder that cannot be listed is an entry with the reason; a root folder that cannot be listed
/// throws.
/// </remarks>
internal static class FolderWalk
{
    private static readonly EnumerationOptions ListOptions = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    /// <summary>The entries under <paramref name="root"/>, sorted by <see cref="Entry.Relative"/> (ordinal).</summary>
    /// <param name="root">The root folder, which exists.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The entries.</returns>
    /// <exception cref="CorpusException">The root folder cannot be listed.</exception>
    internal static List<Entry> Find(string root, CancellationToken cancellationToken)
    {
        var entries = new List<Entry>();
        string canonical;
        try
        {
            canonical = RealPath.Of(root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CorpusException(new Diagnostic(new DocumentSource(root, 0), "cannot read folder: " + RecordMessages.OneLine(ex.Message)));
        }

        Walk(root, string.Empty, [canonical], entries, cancellationToken);
        entries.Sort(static (a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return entries;
    }

    // Adds the entries of `folder` (whose relative path, with a trailing '/', is `prefix`); `walking` holds the
    // canonical paths of the folders being walked, from the root to `folder`.
    private static void Walk(string folder, string prefix, List<string> walking, List<Entry> entries, CancellationToken cancellationToken)
    {
        List<FileSystemInfo> children;
        try
        {
            children = [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", ListOptions)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var reason = "cannot read folder: " + RecordMessages.OneLine(ex.Message);
            if (prefix.Length == 0)
            {
                throw new CorpusException(new Diagnostic(new DocumentSource(folder, 0), reason));
            }

            entries.Add(new Entry(prefix[..^1], folder, reason));
            return;
        }

        foreach (var child in children)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = prefix + child.Name;
            if (child is not DirectoryInfo)
            {
                if (child.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                {
                    entries.Add(new Entry(relative, child.FullName, null));
                }

                continue;
            }

            string canonical;
            if (!child.Attributes.HasFlag(FileAttributes.ReparsePoint))
            {
                canonical = Path.Join(walking[^1], child.Name);
            }
            else
            {
                try
                {
                    canonical = RealPath.Of(child.FullName);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    entries.Add(new Entry(relative, child.FullName, "cannot follow the link: " + RecordMessages.OneLine(ex.Message)));
                    continue;
                }

                if (walking.Exists(walked => RealPath.Encloses(canonical, walked)))
                {
                    entries.Add(new Entry(relative, child.FullName, RecordMessages.FolderLinkLoop));
                    continue;
                }
            }

            walking.Add(canonical);
            Walk(child.FullName, relative + "/", walking, entries, cancellationToken);
            walking.RemoveAt(walking.Count - 1);
        }
    }

    /// <summary>A file to read, or something found that cannot be read (then <see cref="Problem"/> says why).</summary>
    /// <param name="Relative">The path relative to the root, with <c>/</c> separators: the document's id.</param>
    /// <param name="FullPath">The full path, to open.</param>
    /// <param name="Problem">Why the entry is not a readable file (a looping link, a folder that cannot be listed), or null.</param>
    internal readonly record struct Entry(string Relative, string FullPath, string? Problem);
}
