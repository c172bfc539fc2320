namespace Framing.Cli.Output;

/// <summary>
/// Creates (or truncates) a file that a command writes its output to. Unlike <see cref="File.Create(string)"/>, which
/// takes an exclusive lock, it lets others read the file and other writers open it too: on Unix an exclusive lock
/// on a shared target such as <c>/dev/null</c> made a second <c>framing … -o /dev/null</c> running at the same time fail.
/// </summary>
internal static class OutputFile
{
    /// <summary>Opens <paramref name="path"/> for writing from its start, creating it or emptying it.</summary>
    /// <param name="path">The file's path.</param>
    public static FileStream Create(string path) => new(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
}
