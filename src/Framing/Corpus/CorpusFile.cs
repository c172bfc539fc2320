namespace Framing.Corpus;

/// <summary>File-system helpers shared by the readers: existence checks and opening files with corpus errors.</summary>
internal static class CorpusFile
{
    /// <summary>Throws a <see cref="CorpusException"/> unless <paramref name="path"/> is an existing file.</summary>
    /// <param name="path">The path as the user gave it.</param>
    internal static void EnsureFile(string path)
    {
        if (File.Exists(path))
        {
            return;
        }

        throw new CorpusException(new Diagnostic(
            new DocumentSource(path, 0),
            Directory.Exists(path) ? "is a directory, not a file" : RecordMessages.NoSuchFile));
    }

    /// <summary>Throws a <see cref="CorpusException"/> unless <paramref name="path"/> is an existing folder.</summary>
    /// <param name="path">The path as the user gave it.</param>
    internal static void EnsureFolder(string path)
    {
        if (Directory.Exists(path))
        {
            return;
        }

        throw new CorpusException(new Diagnostic(
            new DocumentSource(path, 0),
            File.Exists(path) ? "is a file, not a folder" : RecordMessages.NoSuchFile));
    }

    /// <summary>Opens a file for sequential reading, turning I/O failures into a <see cref="CorpusException"/>.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The stream (unbuffered: the readers buffer themselves).</returns>
    internal static FileStream OpenRead(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CorpusException(new Diagnostic(new DocumentSource(path, 0), RecordMessages.NoSuchFile));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CorpusException(new Diagnostic(new DocumentSource(path, 0), "cannot open: " + RecordMessages.OneLine(ex.Message)));
        }
    }

    /// <summary>
    /// Reads a whole file (one document), or returns the one-line reason it cannot be read. Only a regular file is
    /// opened: a directory is <see cref="RecordMessages.IsADirectory"/>, and a named pipe or a device (which could wait
    /// for a writer forever, or never end) is <see cref="RecordMessages.NotARegularFile"/> (told apart on Linux, see
    /// <see cref="FileKinds"/>).
    /// </summary>
    /// <param name="path">The path.</param>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="notFound">Whether the failure is a missing file.</param>
    /// <returns>Null on success, else the reason.</returns>
    internal static string? TryReadAllBytes(string path, out byte[] bytes, out bool notFound)
    {
        notFound = false;
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Directory || (kind == FileKind.Unknown && Directory.Exists(path)))
        {
            bytes = [];
            return RecordMessages.IsADirectory;
        }

        if (kind is not (FileKind.Regular or FileKind.Unknown))
        {
            bytes = [];
            return RecordMessages.NotARegularFile(kind);
        }

        try
        {
            bytes = File.ReadAllBytes(path);
            return null;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            bytes = [];
            notFound = true;
            return RecordMessages.NoSuchFile;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // ArgumentException: a path no file can have (a NUL character, written in a manifest).
            bytes = [];
            return RecordMessages.OneLine(ex.Message);
        }
    }
}
