using Framing.Cli.Arguments;
using Framing.Corpus;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// One input of <c>framing check</c> (a <c>.txt</c> file, a folder of them, a JSON Lines or CSV corpus, a manifest, or
/// <c>-</c>), with the way its documents are placed in their files.
/// </summary>
internal sealed class CheckInput
{
    private readonly string _path;

    private CheckInput(string path, ICorpusReader reader, CorpusReaderOptions options)
    {
        _path = path;
        Reader = reader;
        Options = options;
    }

    public ICorpusReader Reader { get; }

    public CorpusReaderOptions Options { get; }

    public static CheckInput Open(string path, ParsedArguments args, CliContext context)
    {
        if (TextFileCorpusReader.Handles(path) && args.Get(CorpusOptions.CorpusFormat) == CorpusReaderFactory.AutoFormat)
        {
            var by = args.Get(CorpusOptions.By);
            if (by.Length == 0)
            {
                throw new UsageException("--by must not be empty");
            }

            return new CheckInput(path, new TextFileCorpusReader(path, by, by == "folder"), new CorpusReaderOptions { GroupField = by });
        }

        var (reader, options) = CorpusOptions.Open(args, path, context);
        return new CheckInput(path, reader, options);
    }

    /// <summary>How to place the matches of <paramref name="document"/> in its file.</summary>
    public DocumentLocator Locate(Document document) => Reader switch
    {
        TextFileCorpusReader => DocumentLocator.WholeFile(_path, document.Text),
        TextFolderCorpusReader => DocumentLocator.WholeFile(document.Source.File, document.Text),
        ManifestCorpusReader when document.GetField(ManifestCorpusReader.FileColumn) is { } file =>
            DocumentLocator.WholeFile(Path.Combine(Path.GetDirectoryName(_path) ?? string.Empty, file), document.Text),
        _ => DocumentLocator.Record(document.Source),
    };
}
