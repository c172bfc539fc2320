namespace Framing.Corpus;

/// <summary>
/// The canonical path of a folder or file: absolute, with every symbolic link along it resolved and no <c>.</c> or <c>..</c>
/// left (what POSIX <c>realpath</c> gives), so that two paths to the same folder compare equal.
/// </summary>
internal static class RealPath
{
    // As Linux's limit on the symbolic links followed in one path lookup (ELOOP).
    private const int MaxLinks = 40;

    /// <summary>Paths are compared case-sensitively on Linux, case-insensitively where file systems usually are not.</summary>
    internal static StringComparison Comparison { get; } = OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The canonical path of <paramref name="path"/>, resolving one component at a time.</summary>
    /// <param name="path">An existing folder or file (absolute or relative to the working folder).</param>
    /// <returns>The canonical path.</returns>
    /// <exception cref="IOException">More than 40 symbolic links on the way (a loop of links).</exception>
    internal static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full) ?? string.Empty;
        var pending = new Stack<string>();
        Push(pending, full[current.Length..]);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                // The current path is already canonical, so its parent is the folder ".." names.
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"too many levels of symbolic links in {path}");
            }

            if (Path.GetPathRoot(target) is { Length: > 0 } root)
            {
                // An absolute target starts again from its root (its components are resolved like the rest).
                current = root;
                target = target[root.Length..];
            }

            Push(pending, target);
        }

        return current;
    }

    /// <summary>Whether <paramref name="folder"/> is <paramref name="other"/> or one of its ancestors (both canonical).</summary>
    /// <param name="folder">A canonical folder path.</param>
    /// <param name="other">Another canonical folder path.</param>
    /// <returns>True when <paramref name="other"/> lies in <paramref name="folder"/> or is it.</returns>
    internal static bool Encloses(string folder, string other)
    {
        if (!other.StartsWith(folder, Comparison))
        {
            return false;
        }

        return other.Length == folder.Length
            || Path.EndsInDirectorySeparator(folder)
            || other[folder.Length] == Path.DirectorySeparatorChar;
    }

    // Pushes the components of a relative path so that the first is popped first.
    private static void Push(Stack<string> pending, string relative)
    {
        var parts = relative.Split(
            OperatingSystem.IsWindows() ? ['\\', '/'] : ['/'],
            StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }
}
