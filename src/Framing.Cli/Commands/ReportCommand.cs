using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Reports;
using Framing.Statistics.Validation;
using Framing.Cli.Output;

namespace Framing.Cli.Commands;

/// <summary><c>framing report</c>: one self-contained HTML page of a corpus's framing (a thin shell over
/// <see cref="ReportBuilder"/> and <see cref="HtmlReport"/>), or the outlet × dimension chart alone as SVG.</summary>
internal sealed class ReportCommand : ICommand
{
    /// <summary>The values of <c>--format</c>.</summary>
    public static readonly string[] Formats = ["html", "svg"];

    /// <summary>Options that do not change the page (and so are not listed in its provenance).</summary>
    private static readonly string[] NotRecorded = ["parallel", "quiet", "output", "format"];

    private readonly Option<string> _format = Option.Choice("format", "html: the whole page; svg: the outlet x dimension chart alone, for papers.", "FORMAT", "html", Formats, shortName: 'f');

    public ReportCommand()
    {
        Spec = new(
            "report",
            "Write one self-contained HTML page: scores with intervals per outlet, differences, distinctive words, matches in context, coverage, provenance.",
            "report [<corpus>] [--lexicon ID|FILE] [--by FIELD] [--known FILE|--known-field FIELD --side-a LEANINGS --side-b LEANINGS] [--pairs all|vs-rest|A,B] [--seed N] [--format html|svg] [-o FILE]",
            [("corpus", false, "As for 'framing score' (with --known or --known-field, not standard input: the corpus is read twice). Default: the built-in invented sample corpus.")],
            [
                SharedOptions.Lexicon,
                ScopeOption.Spec,
                .. CorpusOptions.Specs,
                .. KnownSides.Options,
                .. BootstrapOptions.Specs,
                SharedOptions.Permutations,
                SharedOptions.Pairs,
                CorpusRuns.ParallelSpec,
                _format,
                SharedOptions.Output,
                QuietOption.Spec,
            ],
            [
                ("framing report -o report.html", "the built-in sample corpus with the starter lexicon"),
                ("framing report corpus.jsonl --lexicon syria-conflict --seed 7 -o report.html", "a corpus; the same seed gives the same bytes"),
                ("framing report corpus.jsonl --known leanings.csv --side-a pro-government --side-b opposition -o report.html", "with the lexicon's validation against outlets of known leaning"),
                ("framing report corpus.jsonl --format svg -o chart.svg", "the outlet x dimension chart alone"),
            ],
            """
            The page is one HTML file with inline CSS and SVG and no script: it fetches nothing, so it opens from a file
            or an e-mail. Sections: scores per outlet (a dot and its bootstrap interval per outlet, dimension and
            composite, outlets ordered by the first composite; the table behind the charts holds the numbers of
            'framing score --format csv'), differences (as 'framing compare': a forest plot per dimension, each pair's
            difference with its interval, a diamond and 'differs' where the adjusted permutation p is below 0.05; its table
            adds Cohen's h), words (each outlet's distinctive words against the others, as 'framing keyness --reference rest',
            marked when the lexicon has them; the entries that count most per pole), in context (the first matches of
            each pole per outlet with voice and status), coverage (the most frequent unmatched words and phrases),
            validation (with --known or --known-field, as 'framing validate'), provenance (lexicon id, version, licence and citation,
            corpus, documents scored and rejected, every option, the Framing version). The same corpus, lexicon and
            options give the same bytes for any --parallel.
            """);
    }

    public CommandSpec Spec { get; }

    public int Run(ParsedArguments args, CliContext context)
    {
        var lexicon = ScopeOption.Apply(args, CliLexicons.Load(context, args.Get(SharedOptions.Lexicon)));
        var svg = args.Get(_format) == "svg";
        var corpus = args.Positional(0);
        SideSelection? sides = null;
        if (KnownSides.AnyGiven(args))
        {
            if (CorpusOptions.ReadsOnlyOnce(corpus))
            {
                throw new UsageException("with --known or --known-field the corpus is read twice, so it cannot be standard input (-) or a pipe");
            }

            sides = KnownSides.Parse(args, "report");
        }

        var (pairs, pair) = SharedOptions.ParsePairs(args.Get(SharedOptions.Pairs));
        var options = new ReportOptions
        {
            Pairs = pairs,
            Pair = pair,
            Replicates = args.Get(BootstrapOptions.Bootstrap),
            Permutations = args.Get(SharedOptions.Permutations),
            Seed = BootstrapOptions.Seed(args),
            ConfidenceLevel = BootstrapOptions.Confidence(args),
            MinimumDocuments = BootstrapOptions.MinimumDocuments(args),
            MaxDegreeOfParallelism = CorpusRuns.Parallelism(args),
        };
        var (reader, readerOptions) = CorpusOptions.Open(args, corpus, context);
        var leanings = sides is null ? null : KnownSides.Leanings(context, args, "report", reader.Description, readerOptions.GroupField, sides);
        if (args.Get(SharedOptions.Output) is { } output)
        {
            context.RedirectOutput(output);
        }

        var builder = new ReportBuilder(lexicon, options);
        ReportModel model;
        Framing.Corpus.CorpusRun run;
        using (var opened = CorpusRuns.Open(context, args, reader, readerOptions, languages: lexicon.Languages))
        {
            run = opened.Run;
            try
            {
                model = builder.Build(run.Items(), run.GroupOf, reader.Description, FramingApp.Version, run.LanguageOf, run.Reject);
            }
            catch (Framing.Verbs.EmptyGroupException e) when (pairs == Framing.Statistics.Comparisons.ComparisonPairs.One)
            {
                throw new UsageException("--pairs: " + e.Message);
            }
        }

        EmptyCorpus.Check(args, reader.Description, model.DocumentsScored, model.DocumentsRejected);
        model = model with { Settings = Settings(args) };
        if (leanings is not null && sides is not null)
        {
            // The second pass sees the same records; its bad records were reported by the first.
            var (again, _) = CorpusOptions.Open(args, corpus, context);
            var (report, summary) = builder.Validate(again.Read(), run.GroupOf, leanings, sides, run.LanguageOf, _ => { });
            // As validate: a side without documents is an input error that names the leanings the documents have.
            KnownSides.CheckSidesSeen([.. report.Documents.ByLeaning.Select(p => p.Key)], report.Documents.SideA, report.Documents.SideB, leanings, sides, reader.Description);

            KnownSides.NoteGroupsNotInCorpus(args, context, leanings, report.Documents.KnownGroupsNotInCorpus, reader.Description);
            model = model with { Validation = summary };
        }

        context.Out.Write(svg ? OutletChart.Standalone(model, CliWording.Report) : HtmlReport.Render(model, CliWording.Report));
        // Written before the summary line, so that an output that cannot be written is reported instead of a success.
        context.Out.Flush();
        context.OutStream.Flush();
        if (!QuietOption.IsSet(args))
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: reported {Counted.Of(model.DocumentsScored, "document")} in {Counted.Of(model.Groups.Count, "group")} from {reader.Description}; rejected {model.DocumentsRejected}"));
        }

        return ExitCodes.Ok;
    }

    /// <summary>Every option that shapes the page, with its value (given, or the default), in the help's order.</summary>
    private static List<KeyValuePair<string, string>> Settings(ParsedArguments args)
    {
        var list = new List<KeyValuePair<string, string>>();
        foreach (var option in args.Spec.Options)
        {
            if (NotRecorded.Contains(option.Name))
            {
                continue;
            }

            if (option.ValueName is null)
            {
                list.Add(new("--" + option.Name, args.IsGiven(option) ? "yes" : "no"));
            }
            else if (args.Text(option) is { } value)
            {
                list.Add(new("--" + option.Name, value));
            }
            else if (option.Default is { } fallback)
            {
                list.Add(new("--" + option.Name, fallback + " (default)"));
            }
        }

        list.Add(new("adjust", "holm"));
        list.Add(new("--parallel", "not recorded: the page is the same for every value"));
        return list;
    }
}
