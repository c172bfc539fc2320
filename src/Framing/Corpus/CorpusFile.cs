using Framing.Text;

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
            Directory.Exists(path) ? SystemReason.NotAFile : path == "-" ? SystemReason.NotStandardInput : RecordMessages.NoSuchFile));
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
    /// <see cref="FileKinds"/>). A file whose text is longer than <paramref name="maxBytes"/> (see
    /// <see cref="ReadUtf8"/>) is <see cref="RecordMessages.FileTooLong"/>.
    /// </summary>
    /// <param name="path">The path.</param>
    /// <param name="maxBytes">The longest text read, in UTF-8 bytes (see <see cref="RecordLimit"/>).</param>
    /// <param name="bytes">The file's text as UTF-8 (see <see cref="ReadUtf8"/>).</param>
    /// <param name="notFound">Whether the failure is a missing file.</param>
    /// <returns>Null on success, else the reason.</returns>
    internal static string? TryReadAllBytes(string path, int maxBytes, out byte[] bytes, out bool notFound)
    {
        notFound = false;
        bytes = [];
        var kind = FileKinds.Of(path);
        if (kind == FileKind.Directory || (kind == FileKind.Unknown && Directory.Exists(path)))
        {
            return RecordMessages.IsADirectory;
        }

        if (kind is not (FileKind.Regular or FileKind.Unknown))
        {
            return RecordMessages.NotARegularFile(kind);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            var read = ReadUtf8(stream, maxBytes);
            if (read is null)
            {
                return RecordMessages.FileTooLong(maxBytes);
            }

            bytes = read;
            return null;
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            notFound = true;
            return RecordMessages.NoSuchFile;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // ArgumentException: a path no file can have (a NUL character, written in a manifest).
            return RecordMessages.OneLine(ex.Message);
        }
    }

    /// <summary>
    /// Reads a whole text file as UTF-8, unless its text is longer than <paramref name="maxBytes"/> in UTF-8 (the unit of
    /// <see cref="RecordLimit"/>, as for a line): a UTF-8 file's bytes as they are (a byte-order mark kept, but not
    /// counted), found too long from its length and its first 4 bytes; a UTF-16 or UTF-32 file's (with a byte-order mark)
    /// re-encoded as UTF-8 without its mark (<see cref="Utf8ViewStream"/>), found too long once that many bytes have been
    /// converted, as is a file whose length is not known.
    /// </summary>
    /// <param name="stream">The file, at its start.</param>
    /// <param name="maxBytes">The longest text, in UTF-8 bytes.</param>
    /// <returns>The bytes, or null when the text is longer.</returns>
    internal static byte[]? ReadUtf8(FileStream stream, int maxBytes)
    {
        var markLength = Utf8Text.ByteOrderMark.Length;
        var length = stream.CanSeek ? stream.Length : 0;
        if (length > 0)
        {
            Span<byte> head = stackalloc byte[WideUnicode.LongestMark];
            head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
            stream.Position = 0;
            if (WideUnicode.Detect(head, out _) is null)
            {
                var limit = maxBytes + (head.StartsWith(Utf8Text.ByteOrderMark) ? markLength : 0L);
                return length > limit ? null : ReadKnownLength(stream, (int)length);
            }
        }

        using var text = new Utf8ViewStream(stream);
        var bytes = ReadUpTo(text, maxBytes + markLength);
        return bytes is null || Utf8Text.StripBom(bytes).Length > maxBytes ? null : bytes;
    }

    // The bytes of a file of the given length (fewer if it shrank while being read, as File.ReadAllBytes does).
    private static byte[] ReadKnownLength(FileStream stream, int length)
    {
        var bytes = GC.AllocateUninitializedArray<byte>(length);
        var filled = stream.ReadAtLeast(bytes, length, throwOnEndOfStream: false);
        return filled == length ? bytes : bytes[..filled];
    }

    // The bytes of a stream whose length is not known (a file of /proc, say, or a file re-encoded as UTF-8), or null
    // when it has more than maxBytes.
    private static byte[]? ReadUpTo(Stream stream, int maxBytes)
    {
        var buffer = new byte[Math.Min(4096, maxBytes + 1)];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                if (filled > maxBytes)
                {
                    return null;
                }

                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, maxBytes + 1L));
            }

            var read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                return buffer[..filled];
            }

            filled += read;
        }
    }
}
