using Framing.Cli.Arguments;
using Framing.Corpus;

namespace Framing.Cli.Commands.Check;

/// <summary>The ids and groups of a folder's documents when check has several inputs (see <see cref="CheckInput.Open"/>).</summary>
internal sealed class FolderNaming(string folder, CorpusReaderOptions options)
{
    private readonly string _name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));

    public Document Rename(Document document)
    {
        var file = PortablePath.Of(document.Source.File);
        var fields = new Dictionary<string, string>(document.Fields, StringComparer.Ordinal);
        if (options.FolderGrouping == FolderGrouping.File)
        {
            fields[options.GroupField] = file.EndsWith(".txt", StringComparison.Ordinal) ? file[..^4] : file;
        }
        else if (fields.TryGetValue(options.GroupField, out var group) && group == TextFolderCorpusReader.RootGroup && _name.Length > 0)
        {
            fields[options.GroupField] = _name;
        }

        return document with { Id = file, Fields = fields };
    }
}
