namespace Framing.Corpus;

/// <summary>
/// Finds the files of a folder corpus: the <c>.txt</c> files under a root folder, recursively, in the ordinal order of
/// their paths relative to the root (written with <c>/</c>), together with what could not be walked.
/// </summary>
/// <remarks>
/// <para>
/// Hidden and system files and folders are skipped (as <see cref="EnumerationOptions"/> does by default). A symbolic
/// link to a folder is followed, and its files are found under the link's path, unless the folder it leads to encloses
/// a folder being walked (the folder the link is in, or one of its ancestors, the root's included): following it would
/// walk the same files again and again, so it is an entry of its own with <see cref="RecordMessages.FolderLinkLoop"/>.
/// Folders are compared by their canonical paths (<see cref="RealPath"/>), so any number of links on the way make no
/// difference. A sub-folder that cannot be listed is an entry with the reason; a root folder that cannot be listed
/// throws.
/// </para>
/// <para>
/// The walk is lazy and depth first: a folder is listed when the walk reaches it, so what is held at any time is the
/// listing of each folder on the way down to the current one, never every path of the corpus. Sorting each folder's
/// children by their name, with <c>/</c> after a sub-folder's, gives exactly the ordinal order of the whole relative
/// paths, since every path under a sub-folder <c>d</c> starts with <c>d/</c>. An entry for a sub-folder itself (one
/// that cannot be listed, or a looping link) sorts by its name without the <c>/</c>; a sub-folder that a sibling's name
/// sorts between (<c>d.txt</c> between <c>d</c> and <c>d/</c>) is therefore listed before that sibling is given out.
/// </para>
/// </remarks>
internal static class FolderWalk
{
    private static readonly EnumerationOptions ListOptions = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
    };

    /// <summary>The entries under <paramref name="root"/>, in the ordinal order of <see cref="Entry.Relative"/>, found
    /// as they are enumerated.</summary>
    /// <param name="root">The root folder, which exists.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    /// <returns>The entries.</returns>
    /// <exception cref="CorpusException">The root folder cannot be listed (thrown when enumeration starts).</exception>
    internal static IEnumerable<Entry> Find(string root, CancellationToken cancellationToken)
    {
        var canonical = CanonicalRoot(root);
        var children = TryList(root, out var reason)
            ?? throw new CorpusException(new Diagnostic(new DocumentSource(root, 0), reason!));
        return Walk(string.Empty, [canonical], children, cancellationToken);
    }

    // The canonical path of the root folder.
    private static string CanonicalRoot(string root)
    {
        try
        {
            return RealPath.Of(root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CorpusException(new Diagnostic(new DocumentSource(root, 0), "cannot read folder: " + RecordMessages.OneLine(ex.Message)));
        }
    }

    // The listing of `folder`, or null with the reason when it cannot be listed.
    private static List<FileSystemInfo>? TryList(string folder, out string? reason)
    {
        reason = null;
        try
        {
            return [.. new DirectoryInfo(folder).EnumerateFileSystemInfos("*", ListOptions)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            reason = "cannot read folder: " + RecordMessages.OneLine(ex.Message);
            return null;
        }
    }

    // The entries of a folder whose relative path, with a trailing '/', is `prefix` and whose listing is `children`;
    // `walking` holds the canonical paths of the folders being walked, from the root to this folder.
    private static IEnumerable<Entry> Walk(string prefix, List<string> walking, List<FileSystemInfo> children, CancellationToken cancellationToken)
    {
        var items = Items(prefix, walking, children, cancellationToken);
        children.Clear();
        foreach (var item in items)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var folder = item.Folder;
            if (folder is null)
            {
                yield return item.Entry;
                continue;
            }

            string? reason = null;
            var listing = item.Listing ?? TryList(folder.FullName, out reason);
            if (listing is null)
            {
                // Listed only now, with no sibling between its name and its name with '/': it is in its place.
                yield return new Entry(prefix + folder.Name, folder.FullName, reason);
                continue;
            }

            walking.Add(item.Canonical!);
            foreach (var entry in Walk(prefix + folder.Name + "/", walking, listing, cancellationToken))
            {
                yield return entry;
            }

            walking.RemoveAt(walking.Count - 1);
        }
    }

    // A folder's children as entries and sub-folders to walk, in the order of their keys (see the remarks).
    private static List<Item> Items(string prefix, List<string> walking, List<FileSystemInfo> children, CancellationToken cancellationToken)
    {
        var items = new List<Item>(children.Count);
        foreach (var child in children)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var relative = prefix + child.Name;
            var folder = child as DirectoryInfo;
            if (folder is null)
            {
                if (child.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                {
                    items.Add(new Item(child.Name, new Entry(relative, child.FullName, null), null, null, null));
                }

                continue;
            }

            var canonical = CanonicalOf(folder, walking, out var problem);
            items.Add(canonical is null
                ? new Item(child.Name, new Entry(relative, child.FullName, problem), null, null, null)
                : new Item(child.Name + "/", default, folder, canonical, null));
        }

        items.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));

        // A sub-folder `d` right after a sibling whose name starts with `d` (`d.txt`, `d-2`: every name between `d` and
        // `d/` does) is listed now: when it cannot be, its entry sorts by `d`, before that sibling.
        var moved = false;
        for (var i = 1; i < items.Count; i++)
        {
            var folder = items[i].Folder;
            if (folder is not null && items[i - 1].Key.StartsWith(folder.Name, StringComparison.Ordinal))
            {
                var listing = TryList(folder.FullName, out var reason);
                items[i] = listing is null
                    ? new Item(folder.Name, new Entry(prefix + folder.Name, folder.FullName, reason), null, null, null)
                    : items[i] with { Listing = listing };
                moved |= listing is null;
            }
        }

        if (moved)
        {
            items.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        }

        return items;
    }

    // The canonical path of sub-folder `folder` of the last folder of `walking`: that folder's joined with its name,
    // unless it is a link, which is followed. Null, with the problem, for a link that cannot be followed or that leads
    // to a folder enclosing one being walked.
    private static string? CanonicalOf(DirectoryInfo folder, List<string> walking, out string? problem)
    {
        problem = null;
        if (!folder.Attributes.HasFlag(FileAttributes.ReparsePoint))
        {
            return Path.Join(walking[^1], folder.Name);
        }

        var canonical = Follow(folder.FullName, out problem);
        if (canonical is not null && EnclosesAny(canonical, walking))
        {
            problem = RecordMessages.FolderLinkLoop;
            return null;
        }

        return canonical;
    }

    // The canonical path of the folder `link` leads to, or null with the reason when it cannot be followed.
    private static string? Follow(string link, out string? problem)
    {
        problem = null;
        try
        {
            return RealPath.Of(link);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = "cannot follow the link: " + RecordMessages.OneLine(ex.Message);
            return null;
        }
    }

    // Whether the folder at `canonical` encloses one of the folders being walked.
    private static bool EnclosesAny(string canonical, List<string> walking) =>
        walking.Exists(walked => RealPath.Encloses(canonical, walked));

    /// <summary>A file to read, or something found that cannot be read (then <see cref="Problem"/> says why).</summary>
    /// <param name="Relative">The path relative to the root, with <c>/</c> separators: the document's id.</param>
    /// <param name="FullPath">The full path, to open.</param>
    /// <param name="Problem">Why the entry is not a readable file (a looping link, a folder that cannot be listed), or null.</param>
    internal readonly record struct Entry(string Relative, string FullPath, string? Problem);

    // A child of a folder: an entry, or a sub-folder to walk (with its canonical path, and its listing when it was
    // listed early), sorted by `Key`.
    private readonly record struct Item(string Key, Entry Entry, DirectoryInfo? Folder, string? Canonical, List<FileSystemInfo>? Listing);
}
