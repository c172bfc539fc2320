using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Scoring.State;
using Framing.Verbs;

namespace Framing.Cli.Commands;

/// <summary><c>framing merge</c>: combines the saved states of shards into exactly what one run over the whole corpus prints.</summary>
internal sealed class MergeCommand : ICommand
{
    private readonly Option<string?> _lexicon = Option.OptionalText("lexicon", "The lexicon the states were scored with (default: the one they name); it must be the same.", "ID|FILE", shortName: 'l');

    private readonly FlagOption _allowPartial = Option.Flag("allow-partial", "Merge even when some shards of the corpus are missing.");

    private readonly Option<string?> _saveState = Option.OptionalText("save-state", "Also save the merged state to FILE.", "FILE");

    public MergeCommand()
    {
        Spec = new(
            "merge",
            "Merge saved scoring states (from 'framing score --save-state') into the scores of the whole corpus.",
            "merge <state>... [--format table|csv|json|markdown|parquet] [--voice …] [--confidence …] [--min-documents …] [--save-state FILE]",
            [("state", true, "State files written by 'framing score --shard I/N --save-state FILE', or - for states on standard input, one JSON line each.")],
            [
                _lexicon,
                SharedOptions.Format,
                SharedOptions.Voice,
                BootstrapOptions.ConfidenceSpec,
                BootstrapOptions.MinDocuments,
                _allowPartial,
                _saveState,
                SharedOptions.Output,
                QuietOption.Spec,
            ],
            [
                ("framing merge part1.json part2.json part3.json part4.json --format csv -o scores.csv", "the four shards of a corpus"),
                ("framing merge parts/*.json --voice editorial", "the outlets' own voice only"),
                ("cat states.jsonl | framing merge - --format csv", "states written with --save-state - (Hadoop Streaming, Spark pipe)"),
            ],
            """
            The states must come from the same lexicon (same fingerprint), grouping field and bootstrap settings, and
            every shard I/N of the corpus must be given exactly once (unless --allow-partial). No state may be given
            twice: neither the same file twice nor two states of the same corpus with the same figures (a corpus
            scored twice); states of different corpora, such as the files of one collection, merge. The output is
            exactly what 'framing score' prints for the whole corpus with the same options, intervals included.
            """,
            Variadic: true);
    }

    public CommandSpec Spec { get; }

    public int Run(ParsedArguments args, CliContext context)
    {
        foreach (var statePath in args.Positionals)
        {
            context.NoteInput(statePath, "a state being merged");
        }

        if (args.Get(_saveState) is { } saveState)
        {
            context.NoteOutput(saveState, "the merged state (--save-state)");
        }

        if (args.Get(SharedOptions.Output) is { } outputPath)
        {
            context.NoteOutput(outputPath, "the output (-o)");
        }

        var loaded = StateFiles.LoadAll(args.Positionals, context);
        var states = loaded.Select(x => x.State).ToList();
        var names = loaded.Select(x => x.Name).ToList();
        var first = states[0];
        for (var i = 1; i < states.Count; i++)
        {
            Check(states[i], first, names[i], names[0]);
        }

        CheckShards(states, names, args.IsSet(_allowPartial));
        MergeDuplicates.Check(args.Positionals, loaded);
        var lexicon = CliLexicons.Load(context, args.Get(_lexicon) ?? first.LexiconSource);
        if (!string.Equals(lexicon.Fingerprint, first.LexiconFingerprint, StringComparison.Ordinal))
        {
            throw new InputException($"{names[0]}: scored with lexicon {first.LexiconId} {first.LexiconVersion} ({first.LexiconSource}), which differs from the lexicon '{args.Get(_lexicon) ?? first.LexiconSource}' loaded now (fingerprints {Short(first.LexiconFingerprint)} and {Short(lexicon.Fingerprint)}); give the same lexicon with --lexicon");
        }

        if (first.Tally.DimensionCount != lexicon.Dimensions.Count)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{names[0]}: not a valid framing state file: \"dimensions\" is {first.Tally.DimensionCount}, but its lexicon {first.LexiconId} has {lexicon.Dimensions.Count}"));
        }

        var tally = FramingVerbs.Merge(states.Select(s => s.Tally));

        var corpora = states.Select(s => s.Corpus).Distinct(StringComparer.Ordinal).ToList();
        var corpus = string.Join(" + ", corpora);
        if (args.Get(SharedOptions.Output) is { } output)
        {
            context.RedirectOutput(output);
        }

        if (args.Get(_saveState) is { } path)
        {
            StateFiles.Save(path, first with { Corpus = corpus, Shard = null, Tally = tally }, context);
        }

        var format = args.Get(SharedOptions.Format);
        var voices = args.Get(SharedOptions.Voice);
        GroupScoreReport.Write(context, format, tally, lexicon, voices, corpus, BootstrapOptions.Confidence(args), BootstrapOptions.MinimumDocuments(args));
        if (!QuietOption.IsSet(args))
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: merged {Counted.Of(states.Count, "state")}: {Counted.Of(tally.ScoredDocuments, "document")} in {Counted.Of(tally.Groups.Count, "group")}; rejected {tally.RejectedDocuments}"));
        }

        return ExitCodes.Ok;
    }

    private static string Short(string fingerprint) => fingerprint[..Math.Min(12, fingerprint.Length)];

    private static void Check(TallyState state, TallyState first, string path, string firstPath)
    {
        if (!string.Equals(state.LexiconFingerprint, first.LexiconFingerprint, StringComparison.Ordinal))
        {
            throw new InputException($"{path}: scored with lexicon {state.LexiconId} {state.LexiconVersion}, but {firstPath} with {first.LexiconId} {first.LexiconVersion} (different fingerprints); states must come from the same lexicon");
        }

        if (!string.Equals(state.GroupField, first.GroupField, StringComparison.Ordinal))
        {
            throw new InputException($"{path}: grouped by '{state.GroupField}', but {firstPath} by '{first.GroupField}'");
        }

        if (state.Tally.DimensionCount != first.Tally.DimensionCount)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{path}: not a valid framing state file: \"dimensions\" is {state.Tally.DimensionCount}, but {firstPath}, of the same lexicon, has {first.Tally.DimensionCount}"));
        }

        if (state.Tally.Bootstrap != first.Tally.Bootstrap)
        {
            throw new InputException($"{path}: bootstrap settings ({Describe(state.Tally.Bootstrap)}) differ from {firstPath} ({Describe(first.Tally.Bootstrap)}); score every shard with the same --bootstrap and --seed");
        }
    }

    private static string Describe(BootstrapSettings? settings) =>
        settings is null ? "none" : string.Create(CultureInfo.InvariantCulture, $"{settings.Replicates} replicates, seed {settings.Seed}");

    private static void CheckShards(List<TallyState> states, List<string> paths, bool allowPartial)
    {
        var sharded = states.Select((s, i) => (s.Shard, Path: paths[i])).Where(x => x.Shard is not null).ToList();
        if (sharded.Count == 0)
        {
            return;
        }

        if (sharded.Count != states.Count)
        {
            throw new InputException($"{paths[states.FindIndex(s => s.Shard is null)]}: a whole-corpus state cannot be merged with shards of it");
        }

        var count = sharded[0].Shard!.Count;
        var seen = new Dictionary<int, string>();
        foreach (var (shard, path) in sharded)
        {
            if (shard!.Count != count)
            {
                throw new InputException($"{path}: shard {shard} does not belong to the same split as {sharded[0].Path} (shard {sharded[0].Shard})");
            }

            if (!seen.TryAdd(shard.Index, path))
            {
                throw new InputException($"{path}: shard {shard} is also in {seen[shard.Index]}; each shard must be merged once");
            }
        }

        var missing = Enumerable.Range(1, count).Where(i => !seen.ContainsKey(i)).ToList();
        if (missing.Count > 0 && !allowPartial)
        {
            throw new InputException($"{paths[0]}: shards {string.Join(", ", missing.Select(i => string.Create(CultureInfo.InvariantCulture, $"{i}/{count}")))} are missing (use --allow-partial to merge anyway)");
        }
    }
}
