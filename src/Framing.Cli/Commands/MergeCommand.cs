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
    private readonly Option<string?> _lexicon = Option.OptionalText("lexicon", "The lexicon the states were scored with (default: the one they name); it must be the same.", "ID|FILE", shortName: 'l', read: CliLexicons.IdOrPath);

    private readonly FlagOption _allowPartial = Option.Flag("allow-partial", "Merge even when some shards of the corpus are missing.");

    private readonly FlagOption _allowOverlap = Option.Flag("allow-overlap", "Merge even when states share documents (counted more than once).");

    private readonly Option<string?> _saveState = Option.OptionalText("save-state", "Also save the merged state to FILE.", "FILE");

    // The same flag as EmptyCorpus.Spec, which EmptyCorpus.Check reads, with help that speaks of states.
    private readonly FlagOption _allowEmpty = EmptyCorpus.Spec with { Help = "Accept states that together scored no document (empty results, exit 0) instead of failing with 'no documents in <corpus>' (exit 2), as one run over the whole corpus would." };

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
                ScopeOption.Spec,
                BootstrapOptions.ConfidenceSpec,
                BootstrapOptions.MinDocuments,
                _allowPartial,
                _allowOverlap,
                _allowEmpty,
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
            scored twice); states of different corpora, such as the files of one collection, merge. States that
            share documents (a corpus and a part of it, two corpora with the same articles, a state merged again
            inside another) are refused unless --allow-overlap is given: each state keeps a sample of 256 of its
            documents (known by group, id and text; an id that is only a line number is left out), which tells
            exactly what states of at most 256 documents each share (however many they hold together), and what
            larger ones share with near certainty when a few percent of their documents are shared (a smaller share
            may pass). Shards of one split are never compared. The output is exactly
            what 'framing score' prints for the whole corpus with the same options, intervals included, and the
            same for any order of the states (the merged state lists rejections shard by shard); like it, merge
            fails (exit 2) when no document was scored, unless --allow-empty.
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

        if (args.Get(_saveState) == "-")
        {
            StateFiles.RefuseScoreOptionsWithStateOnStandardOutput(args, "the merged state", "the merge that prints the scores");
        }

        if (args.Get(SharedOptions.Output) is { } outputPath)
        {
            context.NoteOutput(outputPath, "the output (-o)");
        }

        // One state at a time: the states of a job with thousands of partitions do not fit in memory together.
        // The merged state describes the state first in the merge's order (shard 1), whatever the order given.
        var (merged, leadingName, count, warnings, notes) = StateMerge.Fold(StateFiles.Read(args.Positionals, context, args.IsSet(_allowEmpty)), args.IsSet(_allowPartial), args.IsSet(_allowOverlap));
        if (args.Get(_lexicon) is null && !File.Exists(merged.LexiconSource) && !Lexicon.BuiltInIds.Contains(merged.LexiconSource, StringComparer.Ordinal))
        {
            // The path is the state's, relative to where it was scored: say so, not only that no such file is here.
            throw new InputException($"{leadingName} was scored with lexicon {merged.LexiconSource}, not found from here; give it with --lexicon");
        }

        var lexicon = ScopeOption.Apply(args, CliLexicons.Load(context, args.Get(_lexicon) ?? merged.LexiconSource));
        if (!string.Equals(lexicon.Fingerprint, merged.LexiconFingerprint, StringComparison.Ordinal))
        {
            // The same lexicon, scored with its scope set aside (or kept) where this merge keeps it (or sets it aside).
            var scopeless = lexicon.HasScope && string.Equals(lexicon.WithoutScope().Fingerprint, merged.LexiconFingerprint, StringComparison.Ordinal);
            if (scopeless || lexicon.ScopeIgnored)
            {
                if (scopeless || string.Equals(CliLexicons.Load(context, args.Get(_lexicon) ?? merged.LexiconSource).Fingerprint, merged.LexiconFingerprint, StringComparison.Ordinal))
                {
                    throw new InputException(scopeless
                        ? $"{leadingName}: scored with --scope ignore (lexicon {merged.LexiconId} without its scope words); merge it with --scope ignore"
                        : $"{leadingName}: scored with the lexicon's scope (lexicon {merged.LexiconId}); merge it without --scope ignore");
                }
            }

            throw new InputException($"{leadingName}: scored with lexicon {merged.LexiconId} {merged.LexiconVersion} ({merged.LexiconSource}), which differs from the lexicon '{args.Get(_lexicon) ?? merged.LexiconSource}' loaded now (fingerprints {Short(merged.LexiconFingerprint)} and {Short(lexicon.Fingerprint)}); give the same lexicon with --lexicon");
        }

        var tally = merged.Tally;
        if (tally.DimensionCount != lexicon.Dimensions.Count)
        {
            throw new InputException(string.Create(CultureInfo.InvariantCulture, $"{leadingName}: not a valid framing state file: \"dimensions\" is {tally.DimensionCount}, but its lexicon {merged.LexiconId} has {lexicon.Dimensions.Count}"));
        }

        var corpus = merged.Corpus;

        // What one run over the whole corpus does: no document scored (every record rejected, or none at all) is an
        // input error unless --allow-empty, so that a sharded job over a wrong or all-invalid corpus does not go green.
        EmptyCorpus.Check(args, corpus, tally.ScoredDocuments, tally.RejectedDocuments);
        if (args.Get(SharedOptions.Output) is { } output)
        {
            context.RedirectOutput(output);
        }

        // Only now, every input checked and the output opened: a merge that stops with an error prints its error alone
        // (a warning that shards are missing, then that the state does not fit its lexicon, read as two problems).
        foreach (var warning in warnings)
        {
            // Warnings, not the summary: -q does not hide that the scores cover part of a corpus, or more than one, or
            // count documents twice.
            context.Error.WriteLine("framing: warning: " + warning);
        }

        if (!QuietOption.IsSet(args))
        {
            foreach (var note in notes)
            {
                context.Error.WriteLine("framing: note: " + note);
            }
        }

        if (args.Get(_saveState) is { } path)
        {
            StateFiles.Save(path, merged, context);
        }

        if (args.Get(_saveState) == "-")
        {
            Summary(args, context, count, tally);
            return ExitCodes.Ok;
        }

        var format = args.Get(SharedOptions.Format);
        var voices = args.Get(SharedOptions.Voice);
        GroupScoreReport.Write(context, format, tally, lexicon, voices, corpus, BootstrapOptions.Confidence(args), BootstrapOptions.MinimumDocuments(args));
        Summary(args, context, count, tally);
        return ExitCodes.Ok;
    }

    private static void Summary(ParsedArguments args, CliContext context, int count, CorpusTally tally)
    {
        if (!QuietOption.IsSet(args))
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: merged {Counted.Of(count, "state")}: {Counted.Of(tally.ScoredDocuments, "document")}{CorpusRuns.OutOfScope(tally)}{ScopeOption.Note(args)} in {Counted.Of(tally.Groups.Count, "group")}; rejected {tally.RejectedDocuments}"));
        }
    }

    private static string Short(string fingerprint) => fingerprint[..Math.Min(12, fingerprint.Length)];
}
