using Framing.Cli.Arguments;
using Framing.Corpus;
using Framing.Learning;

namespace Framing.Cli.Commands.Learning;

/// <summary>
/// Runs a learning verb over a corpus as a library <see cref="Framing.Corpus.CorpusRun"/> (bad records, groups, languages
/// and progress as every corpus command has them), then applies the commands' checks on how the documents were used: no
/// documents is an input error (unless --allow-empty), and so is a side without documents or with fewer than two outlets
/// (exit 2 with one line naming the corpus). A command with a lexicon (calibrate, learn) gives its languages, so that a
/// language field or <c>--language</c> may name a language the lexicon declares in its <c>analysis</c>.
/// </summary>
internal static class LearningRun
{
    public static TReport Run<TReport>(
        ParsedArguments args,
        CliContext context,
        ICorpusReader reader,
        CorpusReaderOptions readerOptions,
        KnownLeanings leanings,
        SideSelection sides,
        Func<Framing.Corpus.CorpusRun, TReport> run,
        Func<TReport, LearningDocuments> usage,
        Framing.Text.LanguageRegistry? languages = null)
        where TReport : class
    {
        TReport? report = null;
        LearningDocuments documents;
        using (var opened = CorpusRuns.Open(context, args, reader, readerOptions, languages: languages))
        {
            try
            {
                report = run(opened.Run);
                documents = usage(report);
            }
            catch (LearningInputException e)
            {
                documents = e.Documents;
            }
        }

        EmptyCorpus.Check(args, reader.Description, documents.Scored, documents.Rejected);
        KnownSideOptions.Check(documents, leanings, sides, reader.Description);
        KnownSides.NoteGroupsNotInCorpus(args, context, leanings, documents.KnownGroupsNotInCorpus, reader.Description);
        return report ?? throw new InputException($"{reader.Description}: the documents cannot be learned from");
    }
}
