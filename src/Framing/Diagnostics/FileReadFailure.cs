namespace Framing;

/// <summary>
/// Why a file named by the user could not be read, worded the same by every reader: <c>is a directory, not a file</c>,
/// <c>no such file</c>, or <c>cannot read: </c> and the system's reason on one line. Before, a directory given where a
/// file belongs read "Access to the path … is denied", which sent users looking at permissions.
/// </summary>
internal static class FileReadFailure
{
    /// <summary>The reason, without the path.</summary>
    /// <param name="path">The path as the user gave it.</param>
    /// <param name="exception">What reading it threw (an <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/>).</param>
    /// <param name="cannotRead">The words before the system's reason when the file exists but cannot be read.</param>
    /// <returns>The reason.</returns>
    internal static string Reason(string path, Exception exception, string cannotRead = "cannot read") =>
        Directory.Exists(path) ? "is a directory, not a file"
        : exception is FileNotFoundException or DirectoryNotFoundException ? "no such file"
        : cannotRead + ": " + SystemReason.Of(exception);
}
