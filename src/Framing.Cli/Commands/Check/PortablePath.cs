namespace Framing.Cli.Commands.Check;

/// <summary>
/// A path as findings name it: folders separated by <c>/</c> whatever the system. On Windows its <c>\</c> separators
/// become <c>/</c>; on Unix a <c>\</c> is a character a file name may hold (<c>a\b.txt</c> is one file), so it is kept, and
/// a SARIF URI percent-encodes it.
/// </summary>
internal static class PortablePath
{
    /// <summary>The path with <c>/</c> between folders.</summary>
    /// <param name="path">A path as the system writes it.</param>
    /// <returns>The path.</returns>
    public static string Of(string path) => Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;
}
