using System.Globalization;
using System.Text.Json;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Scoring.State;

namespace Framing.Cli.Commands;

/// <summary><c>framing score</c>: per-group (or per-document) framing scores.</summary>
internal sealed class ScoreCommand : ICommand
{
    private readonly FlagOption _perDocument = Option.Flag("per-document", "One row per document and dimension instead of per group (CSV, JSON and Parquet stream as documents are scored).");

    private readonly Option<string?> _shard = Option.OptionalText("shard", "Score only shard I of N (1-based): the records at positions I-1 modulo N.", "I/N");

    private readonly Option<string?> _saveState = Option.OptionalText("save-state", "Also save the mergeable state (group sums and bootstrap replicates) to FILE for 'framing merge'; '-' writes it to standard output as one JSON line instead of the scores.", "FILE");

    public ScoreCommand()
    {
        Spec = new(
            "score",
            "Score each group (outlet) of a corpus on each framing dimension.",
            "score [<corpus>] [--lexicon ID|FILE] [--by FIELD] [--format table|csv|json|markdown|parquet] [--per-document] [--voice all|editorial|attributed|quoted]",
            [("corpus", false, "A .jsonl (.ndjson, .json: JSON Lines too)/.csv/.tsv/.parquet file, a folder of .txt files, a CSV manifest, or - for JSON Lines on stdin. Default: the built-in invented sample corpus.")],
            [
                SharedOptions.Lexicon,
                ScopeOption.Spec,
                .. CorpusOptions.Specs,
                SharedOptions.Format,
                _perDocument,
                SharedOptions.Voice,
                .. BootstrapOptions.Specs,
                CorpusRuns.ParallelSpec,
                _shard,
                _saveState,
                SharedOptions.Output,
                QuietOption.Spec,
            ],
            [
                ("framing score", "the built-in sample corpus with the starter lexicon"),
                ("framing score corpus.jsonl --lexicon starter --by outlet --format csv -o scores.csv", "a JSON Lines corpus, as CSV for R or pandas"),
                ("framing score articles/ --by folder", "a folder of .txt files, one sub-folder per outlet"),
                ("framing score corpus.csv --per-document --voice editorial --format csv", "per document, the outlets' own voice only"),
                ("cat corpus.jsonl | framing score - --format json", "JSON Lines from standard input"),
                ("framing score corpus.jsonl --shard 2/4 --save-state part2.json -q > /dev/null", "one of four shards, to merge later with 'framing merge part*.json'"),
            ],
            ScoreColumns.Help + IncompleteOutput.Note("with --per-document, CSV and JSON rows", "JSON"));
    }

    public CommandSpec Spec { get; }

    public int Run(ParsedArguments args, CliContext context)
    {
        var lexiconSource = args.Get(SharedOptions.Lexicon);
        var lexicon = ScopeOption.Apply(args, CliLexicons.Load(context, lexiconSource));
        var compiled = lexicon.Compile();
        context.Timings?.Mark("lexicon");
        var format = args.Get(SharedOptions.Format);
        var voices = args.Get(SharedOptions.Voice);
        CorpusShard? shard = null;
        if (args.Get(_shard) is { } shardText && !CorpusShard.TryParse(shardText, out shard))
        {
            throw new UsageException($"--shard must be I/N with 1 <= I <= N (e.g. 2/4), not '{shardText}'");
        }

        var perDocument = args.IsSet(_perDocument);
        var saveState = args.Get(_saveState);
        if (perDocument && saveState is not null)
        {
            throw new UsageException("--save-state saves group sums; it cannot be combined with --per-document");
        }

        if (perDocument)
        {
            // Per-document rows have no intervals: options that set them would be accepted and do nothing.
            var intervalOption = Array.Find(
                [BootstrapOptions.SeedSpec, BootstrapOptions.ConfidenceSpec, BootstrapOptions.MinDocuments],
                (OptionSpec option) => args.IsGiven(option));
            if (intervalOption is not null || args.Get(BootstrapOptions.Bootstrap) != 0 && args.IsGiven(BootstrapOptions.Bootstrap))
            {
                throw new UsageException($"--{(intervalOption ?? BootstrapOptions.Bootstrap).Name} sets the intervals of group rows; --per-document rows have none (leave it out, or score per group)");
            }
        }

        if (saveState == "-")
        {
            StateFiles.RefuseScoreOptionsWithStateOnStandardOutput(args, "the state", "'framing merge'");
        }

        if (saveState is not null)
        {
            context.NoteOutput(saveState, "the state (--save-state)");
        }

        using var corpus = CorpusRuns.Open(context, args, args.Positional(0), shard, languages: lexicon.Languages);
        var (reader, readerOptions) = (corpus.Reader, corpus.ReaderOptions);
        // A saved state keeps each voice's replicate sums (merge can select any voice); otherwise only the selected
        // voices are resampled, pooled, which gives the same intervals for a third of the work.
        var bootstrap = BootstrapOptions.Settings(args);
        if (bootstrap is not null && saveState is null)
        {
            bootstrap = bootstrap with { PooledVoices = voices };
        }
        var confidence = BootstrapOptions.Confidence(args);
        var minimumDocuments = BootstrapOptions.MinimumDocuments(args);
        if (args.Get(SharedOptions.Output) is { } output)
        {
            context.RedirectOutput(output);
        }

        using var documentRows = perDocument ? new DocumentRowWriter(context, format, lexicon, reader.Description, voices) : null;
        var tally = corpus.Run.Score(compiled, null, perDocument ? null : bootstrap, documentRows is null ? null : (_, group, result) => documentRows.Add(group, result));
        corpus.Progress.Dispose();
        context.Timings?.Mark("scoring");

        EmptyCorpus.Check(args, reader.Description, ShardDocuments.CheckedCount(shard, tally, corpus.Run.Records), tally.RejectedDocuments);

        if (saveState is not null)
        {
            StateFiles.Save(saveState, new TallyState
            {
                LexiconId = lexicon.Id,
                LexiconVersion = lexicon.Metadata.Version,
                LexiconSource = lexiconSource,
                LexiconFingerprint = lexicon.Fingerprint,
                Corpus = reader.Description,
                GroupField = readerOptions.GroupField,
                TextField = readerOptions.TextField,
                IdField = readerOptions.IdField,
                LanguageField = args.Get(CorpusOptions.LanguageField),
                Language = args.Get(CorpusOptions.Language) ?? "auto",
                Shard = shard,
                Tally = tally,
            }, context);
        }

        if (saveState == "-")
        {
            // The state is the output (one JSON line, for Hadoop Streaming or Spark's pipe).
        }
        else if (documentRows is not null)
        {
            documentRows.Finish(tally);
        }
        else
        {
            GroupScoreReport.Write(context, format, tally, lexicon, voices, reader.Description, confidence, minimumDocuments);
        }

        context.Timings?.Mark("output");
        CorpusRuns.Summary(context, args, tally, reader.Description, shard);
        return ExitCodes.Ok;
    }
}
