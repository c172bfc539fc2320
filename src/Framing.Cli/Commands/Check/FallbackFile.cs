using Framing.Corpus;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// The file at whose first line SARIF places a finding that has no file of its own (a group range given as an option):
/// GitHub code scanning refuses a whole log in which a result has no location with a file, so such a finding is placed
/// at a file the run read: the configuration file, else the first input that is a file, else the first file read from
/// a folder. A folder itself or standard input is no file. A run that read no file at all has none (see
/// <see cref="SarifWriter"/>).
/// </summary>
internal sealed class FallbackFile
{
    private readonly string? _given;
    private string? _firstRead;

    /// <summary>The configuration file, else the first of <paramref name="inputs"/> that is a file.</summary>
    /// <param name="configPath">The configuration file, or null.</param>
    /// <param name="inputs">The inputs as given.</param>
    public FallbackFile(string? configPath, IEnumerable<string> inputs)
    {
        _given = configPath ?? inputs.FirstOrDefault(IsFile);
    }

    /// <summary>The file, or null while the run has read none.</summary>
    public string? File => _given ?? _firstRead;

    /// <summary>Notes a file a document was read from (kept when it is the first and no file was given).</summary>
    /// <param name="file">The document's file, <c>-</c> for standard input.</param>
    public void NoteRead(string file)
    {
        if (_given is null && _firstRead is null && !ArtifactPaths.IsStandardInput(file))
        {
            _firstRead = file;
        }
    }

    private static bool IsFile(string path) =>
        !ArtifactPaths.IsStandardInput(path) && System.IO.File.Exists(path) && FileKinds.Of(path) is FileKind.Regular or FileKind.Unknown;
}
