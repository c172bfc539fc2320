using Framing.Cli.Arguments;
using Framing.Corpus;

namespace Framing.Cli.Commands.Check;

/// <summary>The documents of a <c>.txt</c> file or folder input, without the files an earlier input already held (each
/// one warned of on standard error), renamed by <see cref="FolderNaming"/> when given.</summary>
internal sealed class CheckedFileReader(ICorpusReader inner, CheckedFiles files, TextWriter error, FolderNaming? naming) : ICorpusReader
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

            if (!files.FirstTime(document.Source.File))
            {
                Repeated++;
                error.WriteLine($"framing: warning: {document.Source.File}: given twice (as a file, or in a folder given too); checked once");
                continue;
            }

            yield return naming is null ? item : CorpusItem.Accepted(naming.Rename(document));
        }
    }
}
