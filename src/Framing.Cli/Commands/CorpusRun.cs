using Framing.Cli.Arguments;
using Framing.Corpus;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Cli.Commands;

/// <summary>
/// The entry points commands used before the library's <see cref="Framing.Corpus.CorpusRun"/>, kept so that commands
/// written against them (on other branches) still build and behave the same; each delegates to <see cref="CorpusRuns"/>
/// and the library run. New commands call <see cref="CorpusRuns.Open(CliContext, ParsedArguments, string?, CorpusShard?, BadRecords?, Framing.Text.LanguageRegistry?)"/>.
/// </summary>
internal static class CorpusRun
{
    public static Option<int> ParallelSpec => CorpusRuns.ParallelSpec;

    public static int Parallelism(ParsedArguments args) => CorpusRuns.Parallelism(args);

    /// <summary>Scores a corpus as <c>framing score</c> does, and fails on an empty corpus (not on an empty shard).</summary>
    public static CorpusTally Score(
        CliContext context,
        ParsedArguments args,
        ICorpusReader reader,
        CorpusReaderOptions readerOptions,
        CompiledLexicon lexicon,
        BootstrapSettings? bootstrap,
        Action<Document, string, DocumentResult>? onDocument,
        CorpusShard? shard = null)
    {
        using var corpus = CorpusRuns.Open(context, args, reader, readerOptions, shard, languages: lexicon.Languages);
        var tally = corpus.Run.Score(lexicon, null, bootstrap, onDocument);
        corpus.Progress.Dispose();
        EmptyCorpus.Check(args, reader.Description, ShardDocuments.CheckedCount(shard, tally, corpus.Run.Records), tally.RejectedDocuments);
        return tally;
    }

    /// <summary>The bad-record policy of <c>--skip-invalid</c>, as a callback.</summary>
    public static Action<Diagnostic> OnRejected(CliContext context, ParsedArguments args) => CorpusRuns.BadRecordsOf(context, args).Reject;

    public static void Summary(CliContext context, ParsedArguments args, CorpusTally tally, string corpus, CorpusShard? shard) =>
        CorpusRuns.Summary(context, args, tally, corpus, shard);
}
