namespace Framing;

/// <summary>
/// Why a file named by the user could not be read or written, worded the same everywhere, as one line for a message that
/// names the file already: a folder given where a file belongs is <see cref="NotAFile"/> (the system says "Access to the
/// path … is denied", which sends users looking at permissions); .NET appends the path to some I/O messages
/// (<c>No space left on device : '/dev/full'</c>), which the message would otherwise repeat; and some messages hold line
/// breaks.
/// </summary>
internal static class SystemReason
{
    /// <summary>The reason for a folder where a file belongs.</summary>
    internal const string NotAFile = "is a directory, not a file";

    /// <summary>Why <paramref name="path"/> could not be read: <see cref="NotAFile"/>, <c>no such file</c>, or
    /// <paramref name="cannotRead"/> and the system's reason (<see cref="Of"/>).</summary>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="exception">What reading it threw (an <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>).</param>
    /// <param name="cannotRead">The words before the system's reason when the file exists but cannot be read.</param>
    /// <returns>The reason.</returns>
    internal static string OfRead(string path, Exception exception, string cannotRead = "cannot read") =>
        Directory.Exists(path) ? NotAFile
        : exception is FileNotFoundException or DirectoryNotFoundException ? (path == "-" ? NotStandardInput : "no such file")
        : cannotRead + ": " + Of(exception);

    /// <summary>The reason for <c>-</c> where standard input is not read (only a corpus and a state may come from it).</summary>
    internal const string NotStandardInput = "standard input ('-') is not read here, only for a corpus or a state: give a file";

    /// <summary>Why <paramref name="path"/> could not be created or written: <see cref="NotAFile"/>, <c>no such folder …</c>,
    /// or the system's reason (<see cref="Of"/>).</summary>
    /// <param name="path">The file as the user named it.</param>
    /// <param name="exception">The exception.</param>
    /// <returns>The reason.</returns>
    internal static string OfWrite(string path, Exception exception) =>
        Directory.Exists(path) ? NotAFile
        : exception is DirectoryNotFoundException ? "no such folder " + (Path.GetDirectoryName(Path.GetFullPath(path)) ?? path)
        : Of(exception);

    /// <summary>The exception's message on one line, without a trailing <c> : 'path'</c>.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>The reason.</returns>
    internal static string Of(Exception exception)
    {
        var message = exception.Message.ReplaceLineEndings(" ").Trim();
        var path = message.LastIndexOf(" : '", StringComparison.Ordinal);
        return path > 0 && message.EndsWith('\'') ? message[..path].TrimEnd() : message;
    }
}
