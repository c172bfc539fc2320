using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Corpus;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Cli.Commands;

/// <summary>Runs a corpus through the scorer the way every scoring command does: shards, parallelism, bad records, progress.</summary>
internal static class CorpusRun
{
    public static OptionSpec ParallelSpec { get; } = new("parallel", "Worker threads; output is byte-identical for every value.", "N", "the processor count");

    public static int Parallelism(ParsedArguments args) => args.IntValue("parallel", Environment.ProcessorCount, 1, 1024);

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
        using var progress = ProgressDisplay.For(context, reader, QuietOption.IsSet(args));
        var records = new RecordCount();
        var items = records.Count(progress.Track(reader.Read()));
        if (shard is not null)
        {
            items = shard.Select(items);
        }

        var tally = new CorpusScorer(lexicon, null, bootstrap, Parallelism(args)).Score(
            items,
            document => CorpusOptions.GroupOf(document, readerOptions),
            document => CorpusOptions.LanguageOf(document, args),
            onDocument,
            OnRejected(context, args));

        // A shard of a corpus with fewer records than shards may be empty; the corpus itself may not.
        EmptyCorpus.Check(args, reader.Description, shard is null ? tally.ScoredDocuments : records.Value, tally.RejectedDocuments);
        return tally;
    }

    /// <summary>Counts the records of the corpus as they are read, before a shard selects its own.</summary>
    private sealed class RecordCount
    {
        public long Value { get; private set; }

        public IEnumerable<CorpusItem> Count(IEnumerable<CorpusItem> items)
        {
            foreach (var item in items)
            {
                Value++;
                yield return item;
            }
        }
    }

    /// <summary>What every scoring command does with a bad record: stop (exit 2), or with --skip-invalid report the first
    /// 20 on standard error and count them all.</summary>
    public static Action<CorpusError> OnRejected(CliContext context, ParsedArguments args)
    {
        var skipInvalid = args.Flag("skip-invalid");
        var reported = 0;
        return error =>
        {
            if (!skipInvalid)
            {
                throw new InputException(error + " (use --skip-invalid to skip bad records)");
            }

            if (reported++ < 20)
            {
                context.Error.WriteLine("framing: warning: skipped " + error);
            }
            else if (reported == 21)
            {
                context.Error.WriteLine("framing: warning: more bad records skipped; the summary line counts them all");
            }
        };
    }

    public static void Summary(CliContext context, ParsedArguments args, CorpusTally tally, string corpus, CorpusShard? shard)
    {
        if (!QuietOption.IsSet(args))
        {
            var part = shard is null ? string.Empty : $" (shard {shard})";
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: scored {tally.ScoredDocuments} documents in {tally.Groups.Count} groups from {corpus}{part}; rejected {tally.RejectedDocuments}"));
        }
    }
}
