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
    private readonly ICorpusReader _source;

    private CheckInput(string path, ICorpusReader source, ICorpusReader reader, CorpusReaderOptions options)
    {
        _path = path;
        _source = source;
        Reader = reader;
        Options = options;
    }

    public ICorpusReader Reader { get; }

    public CorpusReaderOptions Options { get; }

    /// <summary>How many documents of this input were left out because an earlier input held the same file.</summary>
    public int Repeated => (Reader as CheckedFileReader)?.Repeated ?? 0;

    /// <summary>Opens <paramref name="path"/>. A <c>.txt</c> file, or a folder's file, that an earlier input already
    /// held (the same file given twice, or a folder and a file in it) is checked once: <paramref name="files"/> holds the
    /// real paths read so far. Given <paramref name="several"/> inputs, a folder's documents are named as files given
    /// one by one are: their ids are the folder as given joined with the relative path, and a file directly in the
    /// folder is in the group of the folder's name (not <c>(root)</c>), so two folders' documents never share an id or
    /// a group by accident. A record corpus (JSON Lines, CSV, TSV, Parquet or a manifest) given a second time, by the
    /// same or another path to the same file, is warned of and left out (null), so its documents are not counted
    /// twice.</summary>
    public static CheckInput? Open(string path, ParsedArguments args, CliContext context, CheckedFiles files, bool several)
    {
        if (TextFileCorpusReader.Handles(path) && args.Get(CorpusOptions.CorpusFormat) == CorpusReaderFactory.AutoFormat)
        {
            var by = args.Get(CorpusOptions.By);
            if (by.Length == 0)
            {
                throw new UsageException("--by must not be empty");
            }

            var file = new TextFileCorpusReader(path, by, by == "folder");
            return new CheckInput(path, file, new CheckedFileReader(file, files, context.Error, null), new CorpusReaderOptions { GroupField = by });
        }

        if (args.Get(CorpusOptions.CorpusFormat) == CorpusReaderFactory.AutoFormat && path != "-" && File.Exists(path) && !CorpusFormats.Factory.DetectsByName(path))
        {
            // check reads .txt files too, and no --corpus-format reads one file as plain text (a.md, README).
            var formats = string.Join("|", CorpusFormats.Factory.FormatNames.Where(f => f is not (CorpusReaderFactory.AutoFormat or "folder")));
            throw CorpusFormats.Factory.UndetectedFormat(path, [".txt"], $"to check a plain text file, name it .txt; a corpus, name its format (--corpus-format {formats})");
        }

        if ((path == "-" || File.Exists(path)) && !files.FirstTime(path))
        {
            context.Error.WriteLine(path == "-" ? "framing: warning: - (standard input): given twice; read once" : $"framing: warning: {path}: given twice; checked once");
            return null;
        }

        var (reader, options) = CorpusOptions.Open(args, path, context);
        if (reader is TextFolderCorpusReader)
        {
            var naming = several ? new FolderNaming(path, options) : null;
            return new CheckInput(path, reader, new CheckedFileReader(reader, files, context.Error, naming), options);
        }

        if (reader is ManifestCorpusReader)
        {
            return new CheckInput(path, reader, new CheckedFileReader(reader, files, context.Error, null, d => ManifestFile(path, d) ?? string.Empty), options);
        }

        return new CheckInput(path, reader, reader, options);
    }

    /// <summary>How to place the matches of <paramref name="document"/> in its file.</summary>
    public DocumentLocator Locate(Document document) => _source switch
    {
        TextFileCorpusReader => DocumentLocator.WholeFile(_path, document.Text),
        TextFolderCorpusReader => DocumentLocator.WholeFile(document.Source.File, document.Text),
        ManifestCorpusReader when ManifestFile(_path, document) is { } file => DocumentLocator.WholeFile(file, document.Text),
        _ => DocumentLocator.Record(document.Source),
    };

    /// <summary>The text file a manifest's row names, as a path from the working folder (the manifest's folder joined
    /// with the row's <c>file</c>, as the manifest reader reads it); null when the row names none.</summary>
    private static string? ManifestFile(string manifest, Document document) =>
        document.GetField(ManifestCorpusReader.FileColumn) is { } file ? Path.Combine(Path.GetDirectoryName(manifest) ?? string.Empty, file) : null;
}
