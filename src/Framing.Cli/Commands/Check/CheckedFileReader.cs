using Framing.Cli.Arguments;
using Framing.Corpus;

namespace Framing.Cli.Commands.Check;

/// <summary>The documents of a <c>.txt</c> file, folder or manifest input, without the files an earlier input (or an
/// earlier row of a manifest) already held (each one warned of on standard error), renamed by <see cref="FolderNaming"/>
/// when given. A document's file is its source's, or for a manifest's row the file the row names
/// (<paramref name="fileOf"/>).</summary>
internal sealed class CheckedFileReader(ICorpusReader inner, CheckedFiles files, TextWriter error, FolderNaming? naming, Func<Document, string>? fileOf = null) : ICorpusReader
{
    public string Description => inner.Description;

    public ReadProgress? Progress => inner.Progress;

    public int Repeated { get; private set; }

    public IEnumerable<CorpusItem> Read(CancellationToken cancellationToken = default)
    {
        foreach (var item in inner.Read(cancellationToken))
        {
            if (item.Document is not { } document)
            {
                yield return item;
                continue;
            }

            var file = fileOf?.Invoke(document) ?? document.Source.File;
            if (!files.FirstTime(file))
            {
                Repeated++;
                error.WriteLine($"framing: warning: {file}: given twice (as a file, or in a folder or manifest given too); checked once");
                continue;
            }

            yield return naming is null ? item : CorpusItem.Accepted(naming.Rename(document));
        }
    }
}
