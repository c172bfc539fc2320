using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Corpus;
using Framing.Scoring;
using Framing.Text;

namespace Framing.Cli.Commands;

/// <summary>
/// Opens the library's <see cref="Framing.Corpus.CorpusRun"/> the way every corpus-reading command does: the corpus options, the
/// bad-record policy of <c>--skip-invalid</c> (warnings on standard error), <c>--parallel</c>, a shard, and the
/// progress display. The run owns the loop; commands only read its results.
/// </summary>
internal static class CorpusRuns
{
    /// <summary>The hint the CLI adds to a bad record that stopped a run.</summary>
    public const string SkipInvalidHint = " (use --skip-invalid to skip bad records)";

    public static Option<int> ParallelSpec { get; } = Option.Int("parallel", "Worker threads; output is byte-identical for every value.", "N", Environment.ProcessorCount, 1, 1024, defaultHelp: "the processor count");

    public static int Parallelism(ParsedArguments args) => args.Get(ParallelSpec);

    /// <summary>Opens the corpus named by <paramref name="corpus"/> (null: the built-in sample) as a run.</summary>
    /// <param name="context">The invocation.</param>
    /// <param name="args">The parsed arguments.</param>
    /// <param name="corpus">The corpus argument.</param>
    /// <param name="shard">Only this shard, or null.</param>
    /// <param name="badRecords">The bad-record policy, or null for <see cref="BadRecordsOf"/>.</param>
    /// <param name="languages">The languages a language field or <c>--language</c> may name: the lexicon's (with those its
    /// <c>analysis</c> declares), or null for the built-in ones.</param>
    public static Opened Open(CliContext context, ParsedArguments args, string? corpus, CorpusShard? shard = null, BadRecords? badRecords = null, LanguageRegistry? languages = null)
    {
        languages ??= LanguageRegistry.Default;
        CorpusOptions.CheckLanguage(args.Get(CorpusOptions.Language), languages);
        var (reader, readerOptions) = CorpusOptions.Open(args, corpus, context);
        return Open(context, args, reader, readerOptions, shard, badRecords, languages: languages);
    }

    /// <summary>A run over an opened reader.</summary>
    /// <param name="context">The invocation.</param>
    /// <param name="args">The parsed arguments.</param>
    /// <param name="reader">The opened reader.</param>
    /// <param name="readerOptions">Its options.</param>
    /// <param name="shard">Only this shard, or null.</param>
    /// <param name="badRecords">The bad-record policy, or null for <see cref="BadRecordsOf"/>.</param>
    /// <param name="missingGroup">The group of a document without the group field, or null when that is an error.</param>
    /// <param name="languages">The languages a language field or <c>--language</c> may name: the lexicon's (with those its
    /// <c>analysis</c> declares), or null for the built-in ones.</param>
    public static Opened Open(CliContext context, ParsedArguments args, ICorpusReader reader, CorpusReaderOptions readerOptions, CorpusShard? shard = null, BadRecords? badRecords = null, string? missingGroup = null, LanguageRegistry? languages = null)
    {
        languages ??= LanguageRegistry.Default;
        CorpusOptions.CheckLanguage(args.Get(CorpusOptions.Language), languages);
        var progress = ProgressDisplay.For(context, reader, QuietOption.IsSet(args));

        var run = new Framing.Corpus.CorpusRun(reader, new CorpusRunOptions
        {
            GroupField = readerOptions.GroupField,
            GroupOf = document => CorpusOptions.GroupOf(document, readerOptions),
            GroupOfReadsNoText = true,
            MissingGroup = missingGroup,
            LanguageField = args.Get(CorpusOptions.LanguageField),
            Language = args.Get(CorpusOptions.Language),
            Languages = languages,
            Parallelism = Parallelism(args),
            BadRecords = badRecords ?? BadRecordsOf(context, args),
            Shard = shard,
            Progress = progress,
        });
        return new Opened(run, reader, readerOptions, progress);
    }

    /// <summary>What every corpus command does with a bad record: stop (exit 2), or with --skip-invalid report the
    /// first <see cref="BadRecords.ReportedRecords"/> on standard error and count them all.</summary>
    public static BadRecords BadRecordsOf(CliContext context, ParsedArguments args) =>
        args.IsSet(CorpusOptions.SkipInvalid) ? BadRecords.Skip(message => context.Error.WriteLine("framing: warning: " + message)) : BadRecords.Stop();

    public static void Summary(CliContext context, ParsedArguments args, CorpusTally tally, string corpus, CorpusShard? shard)
    {
        if (!QuietOption.IsSet(args))
        {
            var part = shard is null ? string.Empty : $" (shard {shard})";
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: scored {Counted.Of(tally.ScoredDocuments, "document")}{OutOfScope(tally)}{ScopeOption.Note(args)} in {Counted.Of(tally.Groups.Count, "group")} from {corpus}{part}; rejected {tally.RejectedDocuments}"));
        }
    }

    /// <summary>What a summary line says after the documents: how many are out of the lexicon's scope (scored, but none
    /// of their matches counts), or nothing when none is.</summary>
    public static string OutOfScope(CorpusTally tally) => tally.OutOfScopeDocuments is var n and > 0
        ? string.Create(CultureInfo.InvariantCulture, $" ({n} out of the lexicon's scope: none of their matches counts)")
        : string.Empty;

    /// <summary>An opened run with its reader and progress display (dispose to clear the display).</summary>
    internal sealed record Opened(Framing.Corpus.CorpusRun Run, ICorpusReader Reader, CorpusReaderOptions ReaderOptions, ProgressDisplay Progress) : IDisposable
    {
        /// <summary>Fails with 'no documents in …' (exit 2) unless --allow-empty, when the run had no documents.</summary>
        public void CheckNotEmpty(ParsedArguments args, long documents) => EmptyCorpus.Check(args, Run.Description, documents, Run.Rejected);

        public void Dispose() => Progress.Dispose();
    }
}
