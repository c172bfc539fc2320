namespace Framing;

/// <summary>
/// The system's reason for a failed file operation, as one line for a message that names the file already: .NET appends
/// the path to some I/O messages (<c>No space left on device : '/dev/full'</c>), which the message would otherwise
/// repeat, and some messages hold line breaks.
/// </summary>
internal static class SystemReason
{
    /// <summary>Why <paramref name="path"/> could not be created or written: <c>no such folder …</c>, <c>is a directory</c>,
    /// or the system's reason (<see cref="Of"/>).</summary>
    /// <param name="path">The file as the user named it.</param>
    /// <param name="exception">The exception.</param>
    /// <returns>The reason.</returns>
    internal static string OfWrite(string path, Exception exception) =>
        Directory.Exists(path) ? "is a directory, not a file"
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
