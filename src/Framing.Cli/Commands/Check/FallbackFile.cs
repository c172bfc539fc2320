using Framing.Corpus;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// The file at whose first line SARIF places a finding that has no file of its own (a group range given as an option,
/// a record of standard input): GitHub code scanning refuses a whole log in which a result has no location with a file,
/// so such a finding is placed at a file the run reads: the configuration file, else the first input that is a file,
/// else the first <c>.txt</c> file of the first folder that has one (in the order the folder is read). A folder itself
/// or standard input is no file. It does not depend on what has been read, so a finding of standard input given before
/// a folder has it too. A run that reads no file at all has none (see <see cref="SarifWriter"/>).
/// </summary>
internal sealed class FallbackFile
{
    private readonly string? _configPath;
    private readonly IReadOnlyList<string> _inputs;
    private string? _file;
    private bool _found;

    /// <summary>Where to look for the file, when a finding first needs it.</summary>
    /// <param name="configPath">The configuration file, or null.</param>
    /// <param name="inputs">The inputs as given.</param>
    public FallbackFile(string? configPath, IReadOnlyList<string> inputs)
    {
        _configPath = configPath;
        _inputs = inputs;
    }

    /// <summary>The file, or null when the run reads none (found when first asked: only SARIF asks, and only for a
    /// finding without a file).</summary>
    public string? File
    {
        get
        {
            if (!_found)
            {
                _file = _configPath ?? _inputs.FirstOrDefault(IsFile) ?? _inputs.Select(FirstFileIn).FirstOrDefault(f => f is not null);
                _found = true;
            }

            return _file;
        }
    }

    private static bool IsFile(string path) =>
        !ArtifactPaths.IsStandardInput(path) && System.IO.File.Exists(path) && FileKinds.Of(path) is FileKind.Regular or FileKind.Unknown;

    /// <summary>The first <c>.txt</c> file of a folder, as its corpus reads them (only as far down as that file), or
    /// null. A folder that cannot be walked has none here; reading it reports why.</summary>
    private static string? FirstFileIn(string path)
    {
        if (ArtifactPaths.IsStandardInput(path) || !Directory.Exists(path))
        {
            return null;
        }

        try
        {
            foreach (var entry in FolderWalk.Find(path, CancellationToken.None))
            {
                if (entry.Problem is null)
                {
                    return entry.FullPath;
                }
            }
        }
        catch (Exception e) when (e is CorpusException or IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return null;
    }
}
