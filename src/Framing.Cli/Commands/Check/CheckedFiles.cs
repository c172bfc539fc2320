using Framing.Cli.Arguments;
using Framing.Corpus;

namespace Framing.Cli.Commands.Check;

/// <summary>The real paths of the <c>.txt</c> files read so far by the inputs of one check.</summary>
internal sealed class CheckedFiles
{
    private readonly HashSet<string> _seen = new(OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    /// <summary>Whether <paramref name="path"/> is read for the first time (by its full path, symbolic links followed).</summary>
    public bool FirstTime(string path) => _seen.Add(RealPath(path));

    private static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            return new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }
}
