using Framing.Cli.Arguments;
using Framing.Corpus;

namespace Framing.Cli.Commands.Check;

/// <summary>The real paths of the <c>.txt</c> files read so far by the inputs of one check.</summary>
internal sealed class CheckedFiles
{
    private readonly HashSet<string> _seen = new(OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

    /// <summary>Whether <paramref name="path"/> is read for the first time (by its canonical path: symbolic links followed,
    /// the file's own and its folders'; standard input, -, once).</summary>
    public bool FirstTime(string path) => _seen.Add(path == "-" ? "-" : Canonical(path));

    private static string Canonical(string path)
    {
        try
        {
            return RealPath.Of(path);
        }
        catch (IOException)
        {
            return Path.GetFullPath(path);
        }
    }
}
