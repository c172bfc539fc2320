using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Corpus;
using Framing.Learning;
using Framing.Lexicons;

namespace Framing.Cli.Commands.Learning;

/// <summary><c>framing learn</c>: the classifier baseline beside the lexicon, and the discriminative n-grams it finds. A
/// thin shell over <see cref="SideClassifier"/> and <see cref="CandidateEntriesWriter"/>.</summary>
internal sealed class LearnCommand : ICommand
{
    private static readonly string[] SummaryColumns =
    [
        "model", "axis", "kind", "documents_a", "documents_b", "outlets_a", "outlets_b", "folds", "auc", "ci_low", "ci_high", "captured", "features",
    ];

    private static readonly string[] TermColumns =
    [
        "side", "rank", "term", "coefficient", "mark", "lexicon", "inside_entries", "documents_a", "documents_b", "outlets", "top_outlet", "top_outlet_share", "top_outlet_coverage",
    ];

    private readonly Option<(int Min, int Max)> _ngrams = KeynessCommand.NgramsOption("n-gram orders of the features: N or MIN..MAX (at most 5).", (1, 2));

    private readonly Option<int> _minDf = Option.Int("min-df", "Fewest documents (of either side) an n-gram must be in to be a feature.", "N", 5, 1, int.MaxValue);

    private readonly Option<double> _maxDf = Option.Double("max-df", "Largest share of the documents an n-gram may be in to be a feature.", "SHARE", 0.5, 0.001, 1);

    private readonly Option<int> _maxFeatures = Option.Int("max-features", "Most features: the n-grams in most documents.", "N", 20_000, 1, 10_000_000);

    private readonly Option<int> _maxCandidates = Option.Int("max-candidates", "Most distinct n-grams counted in one reading of the corpus (bounds the memory; with more, the corpus is read again in parts).", "N", 500_000, 2, 100_000_000);

    private readonly Option<int> _top = Option.Int("top", "Most discriminative n-grams to list per side (those with a non-zero coefficient: with the L1 penalty, --l1, often fewer).", "N", 100, 1, int.MaxValue);

    private readonly Option<string?> _suggest = Option.OptionalText("suggest", "Write the top not-in-lexicon n-grams (neither inside entries' matches nor outlet-specific) to FILE as a YAML fragment of candidate entries (with three lines of context each).", "FILE");

    private readonly FlagOption _summary = Option.Flag("summary", "Write the AUC table instead of the n-grams (csv, json, parquet; table and markdown show both).");

    public LearnCommand()
    {
        Spec = new(
            "learn",
            "A bag-of-n-grams classifier of the sides, cross-validated by outlet, beside the lexicon; and the n-grams it learns from.",
            "learn <corpus> --known FILE|--known-field FIELD --side-a LEANINGS --side-b LEANINGS [--lexicon ID|FILE] [--ngrams 1..2] [--top 100] [--suggest FILE] [--format table|csv|json|markdown|parquet]",
            [("corpus", true, "A .jsonl/.csv/.tsv file, a folder of .txt files, a CSV manifest or a Parquet file (read two or three times: not standard input).")],
            [
                SharedOptions.Lexicon,
                .. KnownSides.Options,
                .. CorpusOptions.SpecsNeeding("documents on both sides"),
                _ngrams,
                _minDf,
                _maxDf,
                _maxFeatures,
                _maxCandidates,
                _top,
                _suggest,
                _summary,
                .. KnownSideOptions.CrossValidation,
                SharedOptions.Format,
                SharedOptions.Output,
                QuietOption.Spec,
            ],
            [
                ("framing learn corpus.jsonl -l my.yaml --known leanings.csv --side-a pro-government --side-b opposition", "classifier vs lexicon AUC, and the top n-grams of each side"),
                ("framing learn corpus.jsonl -l my.yaml --known leanings.csv --side-a pro --side-b anti --suggest candidates.yaml --top 50", "candidate entries for a human to review"),
                ("framing learn corpus.jsonl --known leanings.csv --side-a pro --side-b anti --summary --format csv -o auc.csv", "only the AUC table, as CSV"),
            ],
            """
            A logistic model (elastic net: --l1, --l2; Microsoft.ML L-BFGS on one thread) of a document's side on its
            n-grams: the library's own terms (the tokens of 'framing score', normalized, Arabic without an article chain,
            n-grams within a sentence, as 'framing keyness' counts them), each log(1 + count), L2-normalised per document.
            Features: n-grams in at least --min-df documents and at most --max-df of them, the --max-features most frequent.
            The AUC is cross-validated by outlet (--folds; 0: each outlet is a fold; no outlet is ever in training and test),
            pooled over the folds, with an outlet-cluster bootstrap interval; each lexicon dimension and composite gets its
            document AUC on the same documents, and 'captured' = (lexicon AUC - 0.5) / (classifier AUC - 0.5): the share of
            what the words can tell that the lexicon captures (for a dimension a composite takes with sign -1, whose AUC, of
            its pole-A share, is below 0.5 when it separates the camps as the composite means: (0.5 - AUC) / (classifier AUC
            - 0.5)).

            Summary columns: model (classifier or lexicon), axis (dimension or composite id), kind, documents_a/b,
            outlets_a/b, folds, auc, ci_low, ci_high, captured, features. JSON also gives 'per_fold': each fold (from 1)
            with the outlets of each side it holds out (outlets_a, outlets_b) and the classifier's AUC within it (auc; null
            for a fold of one side).
            n-gram columns: side (a or b: the side its coefficient points to), rank, term, coefficient (model fitted on every
            document), mark (in-lexicon: an entry matches the whole n-gram as written; inside-entries: no entry matches it alone, but
            at least 90% of its uses are inside matches of entries, such as "barrel" inside "barrel bombs"; outlet-specific:
            at least 90% of its documents are one outlet's, or it is in at least 75% of one outlet's documents and at most a
            quarter as common in the other outlets of its side, in their documents with letters of its script (Arabic or
            other): names, bylines, page furniture, not framing; not-in-lexicon: a candidate), lexicon (the matching entries'
            dimension/pole; "with ال: " before it when they match an Arabic n-gram only with the article, "partial: " when
            they match a part of it), inside_entries (the share of its uses inside matches of entries, counted, negated, off
            target or neutral), documents_a/b, outlets, top_outlet with its share of the n-gram's documents and the share of
            its own documents that use it.

            Memory: a reading of the corpus counts at most --max-candidates distinct n-grams (with more, the corpus is read
            again for each part of them, split by a stable hash, and the run says how many readings it took: the counts stay
            exact); the model at most --max-features; per document of either side, its distinct kept n-grams (sparse) and a
            few numbers, never its text. Output is the same for any --parallel and any order of the documents.
            """);
    }

    public CommandSpec Spec { get; }

    public int Run(ParsedArguments args, CliContext context)
    {
        var lexicon = CliLexicons.Load(context, args.Get(SharedOptions.Lexicon));
        var format = args.Get(SharedOptions.Format);
        var (minN, maxN) = args.Get(_ngrams);
        var sides = KnownSides.Parse(args, "learn");
        var corpus = args.Positional(0)!;
        if (CorpusOptions.ReadsOnlyOnce(corpus))
        {
            throw new UsageException("'framing learn' reads the corpus twice (once to count the n-grams, once to build the model's vectors): give a file, not standard input or a pipe");
        }

        var suggest = args.Get(_suggest);
        if (suggest is not null)
        {
            context.NoteOutput(suggest, "the candidate entries (--suggest)");
        }

        if (args.Get(SharedOptions.Output) is { } outputFile)
        {
            context.NoteOutput(outputFile, "the output (-o)");
        }

        var options = new ClassifierOptions
        {
            Learning = KnownSideOptions.Learning(args),
            MinimumN = minN,
            MaximumN = maxN,
            MinimumDocuments = args.Get(_minDf),
            MaximumDocumentShare = args.Get(_maxDf),
            MaximumFeatures = args.Get(_maxFeatures),
            MaximumCandidates = args.Get(_maxCandidates),
            Top = args.Get(_top),
            ContextLines = suggest is null ? 0 : 3,
        };
        var (reader, readerOptions) = CorpusOptions.Open(args, corpus, context);
        var leanings = KnownSides.Leanings(context, args, "learn", corpus, readerOptions.GroupField, sides);
        var classifier = new SideClassifier(lexicon.Compile(), leanings, sides, options);
        var first = true;
        // EmptyCorpus.Check and the sides' checks run in LearningRun; bad records of the first pass go to the run's policy.
        var report = LearningRun.Run(
            args,
            context,
            reader,
            readerOptions,
            leanings,
            sides,
            run => classifier.Learn(
                () =>
                {
                    if (first)
                    {
                        first = false;
                        return run.Items();
                    }

                    return CorpusOptions.Open(args, corpus, context).Reader.Read();
                },
                run.GroupOf,
                run.LanguageOf,
                run.Reject),
            r => r.Documents,
            lexicon.Languages);
        if (suggest is not null)
        {
            var yaml = CandidateEntriesWriter.Write(report, CorpusFileName.Of(reader.Description));
            context.WriteOnSuccess(suggest, "the candidate entries", stream => stream.Write(new System.Text.UTF8Encoding(false).GetBytes(yaml)));
        }

        if (args.Get(SharedOptions.Output) is { } output)
        {
            context.RedirectOutput(output);
        }

        Write(context, format, report, args.IsSet(_summary), reader.Description);
        if (report.Features == 0)
        {
            // A warning, shown even with -q: the classifier's AUC of 0.5 is then no evidence of anything.
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: warning: no n-gram is in at least {Counted.Of(report.Options.MinimumDocuments, "document")} (--min-df) and at most {report.Options.MaximumDocumentShare:0.###} of them (--max-df): the classifier has no feature, and its AUC of 0.5 says nothing; lower --min-df or raise --max-df"));
        }

        if (report.CountingPasses > 1 && !QuietOption.IsSet(args))
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: note: more than {report.Options.MaximumCandidates} distinct n-grams (--max-candidates): they were counted in {report.CountingPasses} readings of the corpus, each of a part of them; a larger --max-candidates needs fewer readings and more memory"));
        }

        if (!QuietOption.IsSet(args))
        {
            Notes(context, report, reader.Description, suggest);
        }

        return ExitCodes.Ok;
    }

    private static void Write(CliContext context, OutputFormat format, ClassifierReport report, bool summaryOnly, string corpus)
    {
        var summary = Summary(report);
        var terms = Terms(report);
        switch (format)
        {
            case OutputFormat.Table or OutputFormat.Markdown:
                OutputWriter.Write(context, format, summary);
                if (!summaryOnly)
                {
                    context.Out.WriteLine();
                    OutputWriter.Write(context, format, terms);
                }

                break;
            default:
                var selected = summaryOnly ? summary : terms;
                if (format is OutputFormat.Json or OutputFormat.Parquet)
                {
                    selected.Metadata.Add(new("lexicon", report.Lexicon.Id));
                    selected.Metadata.Add(new("corpus", corpus));
                    selected.Metadata.Add(new("features", (long)report.Features));
                    selected.Metadata.Add(new("folds", (long)report.Folds.Count));
                    selected.Metadata.Add(new("leave_one_outlet_out", report.Folds.IsLeaveOneOutletOut));
                    selected.Metadata.Add(new("counting_passes", (long)report.CountingPasses));
                    if (format == OutputFormat.Json)
                    {
                        selected.Metadata.Add(new(FoldTable.Key, FoldTable.Of(report.Folds, report.Documents, report.FoldAucs)));
                    }

                    if (format == OutputFormat.Json && !summaryOnly)
                    {
                        selected.Metadata.Add(new("summary", summary));
                    }
                }

                OutputWriter.Write(context, format, selected);
                break;
        }
    }

    private static TabularData Summary(ClassifierReport report)
    {
        var data = new TabularData(SummaryColumns);
        var d = report.Documents;
        long a = d.SideA, b = d.SideB, oa = d.OutletsA.Count, ob = d.OutletsB.Count, folds = report.Folds.Count;
        var c = report.Classifier;
        data.Add("classifier", string.Empty, string.Empty, a, b, oa, ob, folds, c.Auc, c.Low, c.High, null, (long)report.Features);
        foreach (var x in report.Comparisons)
        {
            data.Add("lexicon", x.Id, x.IsComposite ? "composite" : "dimension", a, b, oa, ob, folds, x.Lexicon.Auc, x.Lexicon.Low, x.Lexicon.High, x.Captured, null);
        }

        return data;
    }

    private static TabularData Terms(ClassifierReport report)
    {
        var data = new TabularData(TermColumns);
        long rankA = 0, rankB = 0;
        foreach (var t in report.Terms)
        {
            var mark = t.Mark switch
            {
                TermMark.InLexicon => "in-lexicon",
                TermMark.InsideEntries => "inside-entries",
                TermMark.OutletSpecific => "outlet-specific",
                _ => "not-in-lexicon",
            };
            data.Add(
                t.IsSideA ? "a" : "b", t.IsSideA ? ++rankA : ++rankB, t.Term, t.Coefficient, mark, t.Lexicon, t.InsideEntries,
                (long)t.DocumentsA, (long)t.DocumentsB, (long)t.Outlets, t.TopOutlet, t.TopOutletShare, t.TopOutletCoverage);
        }

        return data;
    }

    private static void Notes(CliContext context, ClassifierReport report, string corpus, string? suggest)
    {
        var error = context.Error;
        error.WriteLine("framing: learned: " + KnownSideOptions.Usage(report.Documents, report.Sides, corpus));

        var c = report.Classifier;
        var interval = c.Low is { } low && c.High is { } high
            ? $" ({report.Options.Learning.ConfidenceLevel.ToString("0.##%", CultureInfo.InvariantCulture)} interval {CellFormat.FormatDouble(low)} to {CellFormat.FormatDouble(high)})"
            : string.Empty;
        error.WriteLine($"framing: classifier ({report.Features} n-grams): grouped-CV document AUC {CellFormat.FormatDouble(c.Auc)}{interval}, {report.Folds.Count} folds of outlets");
        var shown = report.Comparisons.Where(x => x.IsComposite).ToList();
        if (shown.Count == 0 && report.Comparisons.Count > 0)
        {
            shown.Add(report.Comparisons[0]);
        }

        foreach (var x in shown)
        {
            var captured = CapturedWording.Describe(x.Captured);
            error.WriteLine($"framing: lexicon {report.Lexicon.Id}, {x.Id}: document AUC {CellFormat.FormatDouble(x.Lexicon.Auc)}; {captured}");
        }

        if (suggest is not null)
        {
            error.WriteLine($"framing: wrote {report.Terms.Count(t => t.Mark == TermMark.NotInLexicon)} candidate entries to {suggest}");
        }
    }
}
