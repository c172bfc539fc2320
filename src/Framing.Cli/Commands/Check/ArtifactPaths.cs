namespace Framing.Cli.Commands.Check;

/// <summary>
/// Paths of reported files as SARIF and GitHub want them: relative to the source root (<c>--source-root</c>, by default
/// the working directory, which in a CI job is the repository), with <c>/</c> separators. A file outside the root keeps
/// its path (SARIF gets an absolute <c>file:</c> URI).
/// </summary>
internal sealed class ArtifactPaths(string root)
{
    private readonly string _root = Path.GetFullPath(root);

    /// <summary>The root as an absolute <c>file:</c> URI ending in <c>/</c> (SARIF <c>originalUriBaseIds</c>).</summary>
    public string RootUri => new Uri(Path.EndsInDirectorySeparator(_root) ? _root : _root + Path.DirectorySeparatorChar).AbsoluteUri;

    /// <summary>The path relative to the root, or null when the file is outside it.</summary>
    public string? Relative(string file)
    {
        if (file == "-")
        {
            return null;
        }

        var relative = Path.GetRelativePath(_root, Path.GetFullPath(file));
        return relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(relative)
            ? null
            : relative.Replace('\\', '/');
    }

    /// <summary>The path for a GitHub annotation: relative to the root when inside it, else as given.</summary>
    public string ForGithub(string file) => Relative(file) ?? file.Replace('\\', '/');

    /// <summary>The SARIF URI: a relative reference (each segment percent-encoded) when inside the root, else an absolute file URI.</summary>
    public (string Uri, bool Relative) ForSarif(string file)
    {
        if (Relative(file) is { } relative)
        {
            return (string.Join('/', relative.Split('/').Select(Uri.EscapeDataString)), true);
        }

        return file == "-" ? ("stdin", true) : (new Uri(Path.GetFullPath(file)).AbsoluteUri, false);
    }
}
