using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Corpus;
using Framing.Learning;
using Framing.Lexicons;

namespace Framing.Cli.Commands.Learning;

/// <summary><c>framing calibrate</c>: entry weights fitted on outlets of known leaning, as a new lexicon file. A thin
/// shell over <see cref="LexiconCalibrator"/> and <see cref="CalibratedLexiconWriter"/>.</summary>
internal sealed class CalibrateCommand : ICommand
{
    private static readonly string[] Columns =
    [
        "dimension", "kind", "documents_a", "documents_b", "outlets_a", "outlets_b", "folds", "auc_original", "ci_low_original", "ci_high_original",
        "auc_calibrated", "ci_low_calibrated", "ci_high_calibrated", "entries_kept", "entries_to_neutral", "entries_unused",
    ];

    private static readonly string[] EntryColumns =
    [
        "lang", "pattern", "dimension", "pole", "weight", "calibrated_pole", "calibrated_weight", "verdict", "coefficient", "documents_a", "documents_b", "outlets", "line",
    ];

    private readonly Option<double> _minWeight = Option.Double("min-weight", "Entries below this share of their dimension's strongest entry (or pointing to the other camp by it) move to neutral.", "X", 0.05, 0, 0.999);

    // Read as text: an option typed with Framing.Learning's enum would load that assembly at the start of every command.
    private readonly Option<string> _scale = Option.Choice("scale", "One model and weight scale per dimension, or per composite (its dimensions' weights then share one scale).", "SCALE", "dimension", ["dimension", "composite"]);

    private readonly Option<string?> _output = Option.OptionalText("output", "Write the calibrated lexicon to FILE (required).", "FILE", shortName: 'o');

    private readonly FlagOption _perEntry = Option.Flag("per-entry", "Report one row per entry (its evidence and calibrated weight) instead of one per dimension.");

    private readonly Option<string?> _report = Option.OptionalText("report", "Write the report to FILE instead of standard output (needed for parquet).", "FILE");

    public CalibrateCommand()
    {
        Spec = new(
            "calibrate",
            "Fit each lexicon entry's weight on outlets of known leaning and write the calibrated lexicon.",
            "calibrate <corpus> --lexicon ID|FILE --known FILE|--known-field FIELD --side-a LEANINGS --side-b LEANINGS -o calibrated.yaml [--folds K] [--per-entry] [--format table|csv|json|markdown|parquet --report FILE]",
            [("corpus", true, "A .jsonl/.csv/.tsv file, a folder of .txt files, a CSV manifest, a Parquet file, or - for JSON Lines on stdin.")],
            [
                SharedOptions.Lexicon,
                .. KnownSides.Options,
                .. CorpusOptions.SpecsNeeding("documents on both sides"),
                .. KnownSideOptions.CrossValidation,
                _minWeight,
                _scale,
                _output,
                _perEntry,
                SharedOptions.Format with { Help = "Format of the report." },
                _report,
                QuietOption.Spec,
            ],
            [
                ("framing calibrate corpus.jsonl --lexicon my.yaml --known leanings.csv --side-a pro-government --side-b opposition -o calibrated.yaml", "fit the weights; print the cross-validated AUC of the original and calibrated lexicon"),
                ("framing calibrate corpus.jsonl -l syria-conflict --known leanings.csv --side-a pro-damascus --side-b anti-damascus -o cal.yaml --folds 5 --per-entry --format csv --report entries.csv", "five folds of outlets; the evidence per entry as CSV"),
                ("framing score corpus.jsonl -l calibrated.yaml", "the calibrated file is an ordinary lexicon"),
            ],
            """
            Per dimension (--scale composite: per composite, on all its dimensions' entries with their signs), a regularised logistic model (elastic net: --l1, --l2; Microsoft.ML L-BFGS, one thread) of a
            document's side (A = 1) on log(1 + matches) of each of the dimension's pole entries, in the --voice selection.
            An entry's calibrated weight is its coefficient, signed towards its pole, over that of the dimension's strongest
            entry (which weighs 1; with --scale composite, the composite's strongest), in thousandths. Entries below --min-weight of it, or whose coefficient points to the other
            camp by as much, are moved to neutral with a note; entries no document of either side uses keep their weight.
            Side A is pole A's camp, except for a dimension that its composites take with sign -1: as the composite's AUC
            counts it, side A is its pole B's camp, and it is fitted so. A dimension that composites take with opposite
            signs is fitted with pole A as side A's (--scale composite: with the first composite's sign), with a warning.
            The dimension rows' AUCs are, as in 'framing validate', of the pole-A share (below 0.5 for a sign -1 dimension).
            The file is the original with its id suffixed -calibrated (once: calibrated again, it keeps its id and title, and
            each note's earlier finding is replaced), the entries rewritten one per line (the comment lines between them
            kept), a neutral category added where an entry moves to one, and a 'validation' section (not-validated) holding the evidence (sides,
            --voice, --by field, known leanings, folds, AUCs). The lexicon must be block YAML, each top-level key at the
            start of its line: a JSON lexicon is refused (exit 2) before the corpus is read, and the written file is read
            back and checked before it is saved.

            AUCs are document AUCs of the pole-A share (as 'framing validate'), cross-validated by outlet: outlets are dealt
            to --folds folds (0: each outlet is a fold), and each fold's documents are scored with weights fitted on the
            other folds' outlets, so no outlet is ever in both. The original lexicon is not fitted, so its AUC is the plain
            document AUC. Intervals: outlet-cluster bootstrap (--bootstrap, --seed, --confidence).

            Columns: dimension, kind (dimension or composite), documents_a/b, outlets_a/b, folds, auc_original with
            ci_low_original/ci_high_original, auc_calibrated with ci_low_calibrated/ci_high_calibrated, entries_kept,
            entries_to_neutral, entries_unused (of the dimension). --per-entry: lang, pattern, dimension, pole, weight,
            calibrated_pole, calibrated_weight, verdict (kept, zero, contradicts, unused, neutral), coefficient,
            documents_a/b and outlets using it, line in the lexicon file. JSON also gives 'per_fold': each fold (from 1)
            with the outlets of each side it holds out (outlets_a, outlets_b). Output is the same for any --parallel.
            """);
    }

    public CommandSpec Spec { get; }

    public int Run(ParsedArguments args, CliContext context)
    {
        var lexiconArg = args.Get(SharedOptions.Lexicon);
        var lexicon = CliLexicons.Load(context, lexiconArg);
        var format = args.Get(SharedOptions.Format);
        var target = args.Get(_output) ?? throw new UsageException("'framing calibrate' needs -o FILE: where to write the calibrated lexicon");
        if (target == "-")
        {
            throw new UsageException("the calibrated lexicon is written to a file: '-' (standard output, where the report goes) is not accepted for it");
        }

        if (format == OutputFormat.Parquet && args.Get(_report) is null)
        {
            throw new UsageException("--format parquet writes a binary file: name it with --report FILE (e.g. 'framing calibrate … -o cal.yaml --format parquet --report report.parquet')");
        }

        if (args.Get(_scale) == "composite" && lexicon.Composites.Count == 0)
        {
            throw new UsageException($"--scale composite: lexicon '{lexicon.Id}' has no composite, so every dimension would be fitted on its own scale: use --scale dimension");
        }

        // A lexicon whose text the writer cannot rewrite is refused before the corpus is read.
        var lexiconText = LexiconText.Read(lexiconArg, lexicon);
        Rewritable(lexiconArg, () => CalibratedLexiconWriter.CheckLayout(lexiconText));
        context.NoteOutput(target, "the calibrated lexicon (-o)");
        if (args.Get(_report) is { } reportFile)
        {
            context.NoteOutput(reportFile, "the report (--report)");
        }

        var sides = KnownSides.Parse(args, "calibrate");
        var options = new CalibrationOptions
        {
            Learning = KnownSideOptions.Learning(args),
            MinimumWeight = args.Get(_minWeight),
            Scale = args.Get(_scale) == "composite" ? CalibrationScale.Composite : CalibrationScale.Dimension,
        };
        var corpus = args.Positional(0)!;
        var (reader, readerOptions) = CorpusOptions.Open(args, corpus, context);
        var leanings = KnownSides.Leanings(context, args, "calibrate", corpus, readerOptions.GroupField, sides);
        var calibrator = new LexiconCalibrator(lexicon.Compile(), leanings, sides, options);
        // EmptyCorpus.Check and the sides' checks run in LearningRun; bad records go to the run's policy.
        var report = LearningRun.Run(
            args,
            context,
            reader,
            readerOptions,
            leanings,
            sides,
            run => calibrator.Calibrate(run.Items(), run.GroupOf, run.LanguageOf, run.Reject),
            r => r.Documents,
            lexicon.Languages);
        var usage = report.Documents;
        var yaml = string.Empty;
        Rewritable(lexiconArg, () => yaml = CalibratedLexiconWriter.Write(report, lexiconText, CorpusFileName.Of(reader.Description), readerOptions.GroupField));
        context.WriteOnSuccess(target, "the calibrated lexicon", stream => stream.Write(new System.Text.UTF8Encoding(false).GetBytes(yaml)));

        if (args.Get(_report) is { } reportPath)
        {
            context.RedirectOutput(reportPath, "the report (--report)");
        }

        var table = args.IsSet(_perEntry) ? Entries(report) : Axes(report);
        if (format is OutputFormat.Json or OutputFormat.Parquet)
        {
            table.Metadata.Add(new("lexicon", lexicon.Id));
            table.Metadata.Add(new("calibrated", target));
            table.Metadata.Add(new("corpus", reader.Description));
            table.Metadata.Add(new("folds", (long)report.Folds.Count));
            table.Metadata.Add(new("leave_one_outlet_out", report.Folds.IsLeaveOneOutletOut));
            table.Metadata.Add(new("seed", report.Options.Learning.Seed.ToString(CultureInfo.InvariantCulture)));
            if (format == OutputFormat.Json)
            {
                table.Metadata.Add(new(FoldTable.Key, FoldTable.Of(report.Folds, report.Documents, null)));
            }
        }

        OutputWriter.Write(context, format, table);
        foreach (var warning in report.Warnings)
        {
            // Shown even with -q: a dimension whose orientation is ambiguous may have had sound entries moved to neutral.
            context.Error.WriteLine("framing: warning: " + warning);
        }

        if (!QuietOption.IsSet(args))
        {
            context.Error.WriteLine("framing: calibrated " + lexicon.Id + ": " + KnownSideOptions.Usage(usage, report.Sides, reader.Description));
            var moved = report.Entries.Count(e => e.MovedToNeutral);
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: wrote {target}: {Output.Counted.Of(report.Entries.Count(e => e.Verdict == CalibrationVerdict.Kept), "entry", "entries")} reweighted, {moved} moved to neutral, {report.Entries.Count(e => e.Verdict == CalibrationVerdict.Unused)} unused (unchanged); {report.Folds.Count} folds of outlets"));
        }

        return ExitCodes.Ok;
    }

    /// <summary>Runs a step of the writer; a text it cannot rewrite, or a calibrated text that does not read back as
    /// calibrated, is an input error naming the lexicon (exit 2), and nothing is written.</summary>
    private static void Rewritable(string lexiconArg, Action step)
    {
        try
        {
            step();
        }
        catch (CalibratedLexiconException e)
        {
            throw new InputException($"{lexiconArg}: {e.Message}");
        }
    }

    private static TabularData Axes(CalibrationReport report)
    {
        var data = new TabularData(Columns);
        var d = report.Documents;
        foreach (var axis in report.Axes)
        {
            var ofAxis = report.Entries.Where(e => axis.IsComposite ? report.Lexicon.Composites.Single(c => c.Id == axis.Id).Components.Any(k => k.DimensionId == e.Entry.DimensionId) : e.Entry.DimensionId == axis.Id).ToList();
            data.Add(
                axis.Id, axis.IsComposite ? "composite" : "dimension", d.SideA, d.SideB, (long)d.OutletsA.Count, (long)d.OutletsB.Count, (long)report.Folds.Count,
                axis.Original.Auc, axis.Original.Low, axis.Original.High, axis.Calibrated.Auc, axis.Calibrated.Low, axis.Calibrated.High,
                (long)ofAxis.Count(e => e.Verdict == CalibrationVerdict.Kept), (long)ofAxis.Count(e => e.MovedToNeutral), (long)ofAxis.Count(e => e.Verdict == CalibrationVerdict.Unused));
        }

        return data;
    }

    private static TabularData Entries(CalibrationReport report)
    {
        var data = new TabularData(EntryColumns);
        foreach (var c in report.Entries)
        {
            var e = c.Entry;
            var dimension = report.Lexicon.FindDimension(e.DimensionId)!;
            var pole = dimension.GetPole(e.Side)?.Id ?? "neutral";
            var kept = c.Verdict == CalibrationVerdict.Kept;
            data.Add(
                e.Language, e.Pattern, e.DimensionId, pole, e.Weight, c.MovedToNeutral ? "neutral" : pole,
                kept ? c.CalibratedWeightMilli / 1000.0 : c.MovedToNeutral ? null : e.Weight,
                c.Verdict.ToString().ToLowerInvariant(), c.Coefficient, (long)c.DocumentsA, (long)c.DocumentsB, (long)c.Outlets, (long)e.Location.Line);
        }

        return data;
    }
}
