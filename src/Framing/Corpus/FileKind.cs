namespace Framing.Corpus;

/// <summary>What a path names, following symbolic links (see <see cref="FileKinds.Of"/>).</summary>
internal enum FileKind
{
    /// <summary>Not known: the path could not be examined (it may not exist), or not on this operating system.</summary>
    Unknown,

    /// <summary>A regular file: bytes on disk, with a known length.</summary>
    Regular,

    /// <summary>A directory (folder).</summary>
    Directory,

    /// <summary>A named pipe (FIFO): reading waits for a writer and lasts as long as the writer writes.</summary>
    NamedPipe,

    /// <summary>A character device, such as <c>/dev/zero</c> or a terminal: reading may never end or may wait for input.</summary>
    CharacterDevice,

    /// <summary>A block device, such as a disk.</summary>
    BlockDevice,

    /// <summary>A Unix domain socket, which cannot be opened as a file.</summary>
    Socket,
}
