namespace Framing.Cli.Output;

/// <summary>
/// An output file (<c>-o</c>) that is written whole or not at all: the command writes into a temporary file next to it,
/// which replaces the file only when the command succeeds (<see cref="Commit"/>); a command that fails leaves an
/// existing file as it was and no partial file behind (<see cref="Abandon"/>). Targets that cannot be replaced by
/// renaming are written in place, as before: devices (<c>/dev/null</c>, <c>/dev/stdout</c>), named pipes and sockets
/// (where the system cannot say what a file is, as on macOS, any existing empty file too, since it cannot be told from
/// them without opening it), files under <c>/proc</c> and <c>/sys</c>, and any file on Windows. A symbolic link is followed: the file it leads to is replaced, the link kept.
/// </summary>
internal sealed class ReplacedFile
{
    private readonly string _target;
    private readonly string? _temporary;
    private bool _done;

    private ReplacedFile(string target, string? temporary, FileStream stream)
    {
        _target = target;
        _temporary = temporary;
        Stream = stream;
    }

    /// <summary>The stream to write the output to.</summary>
    public FileStream Stream { get; }

    /// <summary>The file the output replaces (symbolic links followed).</summary>
    public string Target => _target;

    /// <summary>Opens the output for <paramref name="path"/>.</summary>
    /// <param name="path">The path as given.</param>
    /// <returns>The output.</returns>
    /// <exception cref="IOException">The file cannot be created.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be created.</exception>
    public static ReplacedFile Open(string path)
    {
        var target = FinalTarget(path);
        if (!CanReplace(target))
        {
            return new ReplacedFile(target, null, OutputFile.Create(path));
        }

        var directory = Path.GetDirectoryName(target) ?? ".";
        var temporary = Path.Combine(directory, $".{Path.GetFileName(target)}.{Environment.ProcessId}.framing-tmp");
        FileStream stream;
        try
        {
            stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder we may not create files in (but whose file we may overwrite): write in place.
            return new ReplacedFile(target, null, OutputFile.Create(path));
        }

        if (File.Exists(target) && !OperatingSystem.IsWindows())
        {
            try
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The replaced file's permissions are kept where they can be; the output is what matters.
            }
        }

        return new ReplacedFile(target, temporary, stream);
    }

    /// <summary>The path <paramref name="path"/> finally leads to, through symbolic links, as a full path (for comparing
    /// an output with the inputs, too).</summary>
    /// <param name="path">A path.</param>
    /// <returns>The full path of the file it names.</returns>
    public static string FinalTarget(string path)
    {
        try
        {
            // From the full path: a relative link given by a relative path resolves against the root otherwise.
            var full = Path.GetFullPath(path);
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return Path.GetFullPath(path);
        }
    }

    /// <summary>Closes the output and, when it went to a temporary file, puts that file in the target's place.</summary>
    /// <exception cref="IOException">The output cannot be flushed or moved into place.</exception>
    /// <exception cref="UnauthorizedAccessException">The target cannot be replaced.</exception>
    public void Commit()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        Stream.Dispose();
        if (_temporary is not null)
        {
            File.Move(_temporary, _target, overwrite: true);
        }
    }

    /// <summary>Closes the output and deletes its temporary file (the target is left as it was); never throws.</summary>
    public void Abandon()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        try
        {
            Stream.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Closing failed (a full disk): the temporary file is deleted below all the same.
        }

        if (_temporary is not null)
        {
            try
            {
                File.Delete(_temporary);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Nothing more can be done; the error that abandoned the output is what the user sees.
            }
        }
    }

    /// <summary>Whether <paramref name="target"/> can be replaced by renaming: a regular file, or nothing yet.</summary>
    private static bool CanReplace(string target)
    {
        if (OperatingSystem.IsWindows() || Directory.Exists(target))
        {
            return false; // a folder gives its own error when opened
        }

        if (!File.Exists(target))
        {
            return true;
        }

        switch (Framing.Corpus.FileKinds.Of(target))
        {
            case Framing.Corpus.FileKind.Regular:
                return !IsUnderSpecialFolder(target); // /proc and /sys files are regular but cannot be replaced
            case Framing.Corpus.FileKind.Unknown:
                // No file type from the system (not Linux): a named pipe or socket has no size and cannot be told from
                // an empty file without opening it (which a pipe's reader would take for the end of our output), so
                // both are written in place; an empty file has nothing to lose.
                return !IsUnderSpecialFolder(target) && new FileInfo(target).Length > 0;
            default:
                return false; // a named pipe, socket or device: written in place
        }
    }

    private static bool IsUnderSpecialFolder(string target)
    {
        foreach (var special in (ReadOnlySpan<string>)["/dev/", "/proc/", "/sys/"])
        {
            if (target.StartsWith(special, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
