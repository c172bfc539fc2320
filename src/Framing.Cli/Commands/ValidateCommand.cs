using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Statistics.Validation;

namespace Framing.Cli.Commands;

/// <summary><c>framing validate</c>: does a lexicon separate outlets of known leaning? A thin shell over <see cref="LexiconValidator"/>.</summary>
internal sealed class ValidateCommand : ICommand
{
    private static readonly string[] BootstrapOptionNames = ["bootstrap", "seed", "confidence"];

    private readonly FlagOption _entries = Option.Flag("entries", "One row per lexicon entry: use by each side, log-odds ratio with interval, verdict.");

    private readonly Option<string?> _cv = new("cv", "Leave-one-outlet-out: one row per dimension and outlet.", "outlets", null, text => text, allowed: ["outlets"]);

    private readonly RepeatedOption _failUnder = Option.Repeated("fail-under", "Exit 1 when a composite's document AUC is below X (ID=X: one dimension or composite); repeatable.", "X|ID=X");

    public ValidateCommand()
    {
        Spec = new(
            "validate",
            "Check a lexicon against outlets of known leaning: document AUC, outlet ordering, evidence per entry.",
            "validate <corpus> --lexicon ID|FILE --known FILE|--known-field FIELD --side-a LEANINGS --side-b LEANINGS [--by FIELD] [--entries|--cv outlets] [--fail-under X] [--format table|csv|json|markdown|parquet]",
            [("corpus", true, "A .jsonl (.ndjson, .json: JSON Lines too)/.csv/.tsv/.parquet file, a folder of .txt files, a CSV manifest, or - for JSON Lines on stdin.")],
            [
                SharedOptions.Lexicon,
                ScopeOption.Spec,
                .. KnownSides.Options,
                .. CorpusOptions.SpecsNeeding("documents on both sides"),
                SharedOptions.Voice,
                _entries,
                _cv,
                _failUnder,
                SharedOptions.Format,
                .. BootstrapOptions.Specs.Where(o => BootstrapOptionNames.Contains(o.Name)),
                CorpusRuns.ParallelSpec,
                SharedOptions.Output,
                QuietOption.Spec,
            ],
            [
                ("framing validate corpus.jsonl --lexicon my.yaml --known leanings.csv --side-a pro-government --side-b opposition", "how well a lexicon separates the two camps, per dimension and composite"),
                ("framing validate corpus.jsonl --lexicon my.yaml --known leanings.csv --side-a pro-government --side-b opposition --entries --format csv -o entries.csv", "the evidence for every entry"),
                ("framing validate corpus.jsonl --lexicon my.yaml --known-field leaning --side-a pro --side-b anti --cv outlets", "leave-one-outlet-out, leanings read from the documents"),
                ("framing validate corpus.jsonl --lexicon my.yaml --known leanings.csv --side-a pro --side-b anti --fail-under 0.9 -q", "a CI check: exit 1 when a composite's AUC is below 0.9"),
            ],
            ValidateColumns.Help,
            FailureMeaning: "a document AUC below --fail-under");
    }

    public CommandSpec Spec { get; }

    public int Run(ParsedArguments args, CliContext context)
    {
        var lexicon = ScopeOption.Apply(args, CliLexicons.Load(context, args.Get(SharedOptions.Lexicon)));
        var format = args.Get(SharedOptions.Format);
        var sides = KnownSides.Parse(args, "validate");
        var table = args.IsSet(_entries) ? "entries" : args.IsGiven(_cv) ? "outlets" : "summary";
        if (args.IsSet(_entries) && args.IsGiven(_cv))
        {
            throw new UsageException("--entries and --cv each choose the table to write: give one of them");
        }

        var thresholds = FailUnder.Parse(args.GetAll(_failUnder), lexicon);
        var corpus = args.Positional(0)!;
        using var opened = CorpusRuns.Open(context, args, corpus, languages: lexicon.Languages);
        var (reader, readerOptions, run) = (opened.Reader, opened.ReaderOptions, opened.Run);
        var leanings = KnownSides.Leanings(context, args, "validate", corpus, readerOptions.GroupField, sides);
        var options = new ValidationOptions
        {
            Voices = args.Get(SharedOptions.Voice),
            Replicates = args.Get(BootstrapOptions.Bootstrap),
            Seed = BootstrapOptions.Seed(args),
            ConfidenceLevel = BootstrapOptions.Confidence(args),
            Entries = table == "entries",
            MaxDegreeOfParallelism = CorpusRuns.Parallelism(args),
        };
        if (args.Get(SharedOptions.Output) is { } output)
        {
            context.RedirectOutput(output);
        }

        var report = new LexiconValidator(lexicon.Compile(), leanings, sides, options).Validate(run.Items(), run.GroupOf, run.LanguageOf, run.Reject);
        opened.Progress.Dispose();

        EmptyCorpus.Check(args, reader.Description, report.Documents.Scored, report.Documents.Rejected);
        CheckSides(report, reader.Description);
        Write(context, format, table, report, reader.Description);
        if (!QuietOption.IsSet(args))
        {
            Summary(context, report, reader.Description);
        }

        KnownSides.NoteGroupsNotInCorpus(args, context, report.Leanings, report.Documents.KnownGroupsNotInCorpus, reader.Description);

        var failures = FailUnder.Failures(thresholds, report);
        foreach (var failure in failures)
        {
            context.Error.WriteLine("framing: validate: " + failure);
        }

        return failures.Count > 0 ? ExitCodes.CheckFailed : ExitCodes.Ok;
    }

    private static void CheckSides(ValidationReport report, string corpus) =>
        KnownSides.CheckSidesSeen(report.Documents.ByLeaning.Select(p => p.Key).ToArray(), report.Documents.SideA, report.Documents.SideB, report.Leanings, report.Sides, corpus);

    private static void Write(CliContext context, OutputFormat format, string table, ValidationReport report, string corpus)
    {
        var summary = ValidateTables.Summary(report);
        var (selected, compact) = table switch
        {
            "entries" => (ValidateTables.Entries(report), ValidateColumns.EntriesCompact),
            "outlets" => (ValidateTables.Outlets(report), ValidateColumns.OutletsCompact),
            _ => (summary, ValidateColumns.SummaryCompact),
        };
        switch (format)
        {
            case OutputFormat.Json:
                ValidateTables.AddMetadata(selected, report, corpus);
                if (!ReferenceEquals(selected, summary))
                {
                    selected.Metadata.Add(new("summary", summary));
                }

                OutputWriter.Write(context, format, selected);
                break;
            case OutputFormat.Table or OutputFormat.Markdown:
                if (!ReferenceEquals(selected, summary))
                {
                    OutputWriter.Write(context, format, summary.Select(ValidateColumns.SummaryCompact));
                    context.Out.WriteLine();
                }

                OutputWriter.Write(context, format, selected.Select(compact));
                break;
            default:
                if (format == OutputFormat.Parquet)
                {
                    ValidateTables.AddMetadata(selected, report, corpus);
                }

                OutputWriter.Write(context, format, selected);
                break;
        }
    }

    private static void Summary(CliContext context, ValidationReport report, string corpus)
    {
        var d = report.Documents;
        int outletsA = report.Axes.Count > 0 ? report.Axes[0].OutletsA : 0, outletsB = report.Axes.Count > 0 ? report.Axes[0].OutletsB : 0;
        var other = d.ByLeaning.Where(p => report.Sides.SideOf(p.Key) is null).Select(p => string.Create(CultureInfo.InvariantCulture, $"{RecordMessages.NameOnOneLine(p.Key)} {p.Value}"));
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"framing: validated {report.Lexicon.Id} on {corpus}: {Counted.Of(d.Scored, "document")} scored{(report.Lexicon.ScopeIgnored ? " (the lexicon's scope ignored: every document in scope)" : string.Empty)}; side A {d.SideA} in {Counted.Of(outletsA, "outlet")}, side B {d.SideB} in {Counted.Of(outletsB, "outlet")}; not compared: {d.OtherLeaning} of other leanings");
        line += d.OtherLeaning > 0 ? " (" + string.Join(", ", other) + ")" : string.Empty;
        line += string.Create(CultureInfo.InvariantCulture, $", {d.WithoutLeaning} without a known leaning");
        line += d.WithoutLeaning > 0 ? " (groups " + string.Join(", ", d.GroupsWithoutLeaning.Take(10).Select(RecordMessages.NameOnOneLine)) + (d.GroupsWithoutLeaning.Count > 10 ? ", …" : string.Empty) + ")" : string.Empty;
        line += string.Create(CultureInfo.InvariantCulture, $"; rejected {d.Rejected}");
        context.Error.WriteLine(line);
        foreach (var a in report.Axes.Where(a => a.IsComposite))
        {
            var interval = a.AucInterval.HasInterval
                ? string.Create(CultureInfo.InvariantCulture, $" ({report.Options.ConfidenceLevel:0.##%} interval {CellFormat.FormatDouble(a.AucInterval.Lower!.Value)} to {CellFormat.FormatDouble(a.AucInterval.Upper!.Value)})")
                : " (no interval: " + a.AucInterval.Note + ")";
            var ordered = a.OutletsOrdered is true ? "every side-A outlet above every side-B outlet" : $"outlets not ordered ({RecordMessages.NameOnOneLine(a.LowestOutletA ?? string.Empty)} below {RecordMessages.NameOnOneLine(a.HighestOutletB ?? string.Empty)})";
            context.Error.WriteLine($"framing: {a.Axis}: document AUC {CellFormat.Format(a.Auc)}{interval}; {ordered}, margin {CellFormat.Format(a.Margin)}");
        }
    }
}
