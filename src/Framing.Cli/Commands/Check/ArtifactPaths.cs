namespace Framing.Cli.Commands.Check;

/// <summary>
/// Paths of reported files as SARIF and GitHub want them: relative to the source root (<c>--source-root</c>, by default
/// the working directory, which in a CI job is the repository), with <c>/</c> separators. A file outside the root keeps
/// its path (SARIF gets an absolute <c>file:</c> URI). Every segment of a URI is percent-encoded as written, so a
/// <c>%</c> in a file or folder name (<c>a%41.txt</c>) stays a <c>%</c> (<c>a%2541.txt</c>), never an escape.
/// </summary>
internal sealed class ArtifactPaths(string root)
{
    /// <summary>The name of standard input among the inputs and in a finding's place.</summary>
    public const string StandardInput = "-";

    private readonly string _root = Path.GetFullPath(root);

    /// <summary>Whether <paramref name="file"/> is standard input (<c>-</c>), which is no file.</summary>
    public static bool IsStandardInput(string file) => file == StandardInput;

    /// <summary>The root as an absolute <c>file:</c> URI ending in <c>/</c> (SARIF <c>originalUriBaseIds</c>).</summary>
    public string RootUri => FileUri(Path.EndsInDirectorySeparator(_root) ? _root : _root + Path.DirectorySeparatorChar);

    /// <summary>The path relative to the root, or null when the file is outside it.</summary>
    public string? Relative(string file)
    {
        if (IsStandardInput(file))
        {
            return null;
        }

        var relative = Path.GetRelativePath(_root, Path.GetFullPath(file));
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? null
            : PortablePath.Of(relative);
    }

    /// <summary>The path for a GitHub annotation: relative to the root when inside it, else as given.</summary>
    public string ForGithub(string file) => Relative(file) ?? PortablePath.Of(file);

    /// <summary>The SARIF URI: a relative reference (each segment percent-encoded) when inside the root, else an absolute
    /// file URI. Standard input is no file: its findings are placed elsewhere (see <see cref="SarifWriter"/>).</summary>
    public (string Uri, bool Relative) ForSarif(string file)
    {
        if (Relative(file) is { } relative)
        {
            return (string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)), true);
        }

        return (FileUri(Path.GetFullPath(file)), false);
    }

    /// <summary>
    /// The <c>file:</c> URI of an absolute path, each segment percent-encoded (<see cref="Uri.EscapeDataString(string)"/>):
    /// <c>/a b/c</c> gives <c>file:///a%20b/c</c>; on Windows <c>C:\a</c> gives <c>file:///C:/a</c> and
    /// <c>\\server\share\a</c> gives <c>file://server/share/a</c>. <see cref="Uri"/> itself would read a <c>%41</c>
    /// in a name as the escape of <c>A</c> and name another file.
    /// </summary>
    /// <param name="fullPath">An absolute path.</param>
    /// <returns>The URI.</returns>
    public static string FileUri(string fullPath)
    {
        var path = fullPath;
        var authority = "file://";
        if (Path.DirectorySeparatorChar == '\\')
        {
            path = path.Replace('\\', '/');
            if (path.StartsWith("//", StringComparison.Ordinal))
            {
                var end = path.IndexOf('/', 2);
                authority += Uri.EscapeDataString(end < 0 ? path[2..] : path[2..end]);
                path = end < 0 ? "/" : path[end..];
            }
            else if (path.Length >= 2 && path[1] == ':' && char.IsAsciiLetter(path[0]))
            {
                authority += "/" + path[..2];
                path = path[2..];
            }
        }

        return authority + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
    }
}
