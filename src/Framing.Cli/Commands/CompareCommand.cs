using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Statistics.Comparisons;
using Framing.Statistics.MultipleTesting;
using Framing.Verbs;

namespace Framing.Cli.Commands;

/// <summary><c>framing compare</c>: do groups really frame differently, by how much, and how sure can we be.</summary>
internal sealed class CompareCommand : ICommand
{
    private static readonly string[] Columns =
    [
        "dimension", "comparison", "group_1", "group_2", "documents_1", "documents_2", "count_a_1", "count_b_1", "count_a_2", "count_b_2",
        "score_1", "score_2", "difference", "diff_ci_low", "diff_ci_high", "p_permutation", "p_permutation_adj",
        "count_test", "statistic", "df", "p_counts", "p_counts_adj", "cohens_h", "odds_ratio", "or_ci_low", "or_ci_high", "cramers_v", "adjust", "note",
    ];

    private static readonly string[] Compact =
    [
        "dimension", "comparison", "group_1", "group_2", "score_1", "score_2", "difference", "diff_ci_low", "diff_ci_high", "p_permutation_adj", "p_counts_adj", "cohens_h", "cramers_v", "note",
    ];


    public CompareCommand()
    {
        Spec = new(
            "compare",
            "Compare groups on every dimension: differences with intervals, permutation and count tests, effect sizes, adjusted p-values.",
            "compare [<corpus>] [--lexicon ID|FILE] [--by FIELD] [--pairs all|vs-rest|A,B] [--voice all|editorial|attributed|quoted] [--adjust holm|hochberg|bonferroni|BH|BY|none] [--format …]",
            [("corpus", false, "As for 'framing score'. Default: the built-in invented sample corpus.")],
            [
                SharedOptions.Lexicon,
                ScopeOption.Spec,
                .. CorpusOptions.SpecsNeeding("two groups with documents"),
                SharedOptions.Pairs,
                SharedOptions.Voice,
                SharedOptions.Adjust,
                SharedOptions.Permutations,
                .. BootstrapOptions.Specs,
                CorpusRuns.ParallelSpec,
                SharedOptions.Format,
                SharedOptions.Output,
                QuietOption.Spec,
            ],
            [
                ("framing compare", "every pair of outlets in the sample corpus"),
                ("framing compare corpus.jsonl --by outlet --pairs vs-rest --format csv -o compare.csv", "each outlet against all others"),
                ("framing compare manifest.csv --by camp --pairs government,opposition --voice editorial", "two camps, the outlets' own voice only"),
            ],
            """
            Columns (per dimension and composite: one row per comparison, then an omnibus row):
              dimension               dimension or composite index id
              comparison              pair, vs-rest or omnibus
              group_1, group_2        the groups (group_2 = rest for vs-rest; * and empty for omnibus)
              documents_1/2           documents in each group (omnibus: every document in documents_1,
                                      documents_2 empty)
              count_a_1 … count_b_2   pole A and pole B matches in each group (omnibus: every group's in
                                      count_a_1 and count_b_1, count_a_2 and count_b_2 empty)
              score_1, score_2        (wA - wB) / (wA + wB) of each group
              difference              score_1 - score_2
              diff_ci_low/high        percentile interval of the difference from the document bootstrap
                                      (Poisson resampling weights, --bootstrap replicates, --seed, --confidence)
              p_permutation           permutation test of the difference: document labels shuffled --permutations
                                      times; (1 + #{|T*| >= |T|}) / (B + 1); exact (every split enumerated)
                                      when at most 16 documents of the two groups have matches; the
                                      document-level test. Each permutation draws how many documents with
                                      matches land in group_1, then takes those whose rank, drawn from their
                                      group, id and text and --seed (as the bootstrap's weights), is lowest: the
                                      same corpus in any document order and at any --parallel gives the same
                                      value (documents of a group that share an id draw ranks of their own
                                      unless their texts are the same). A split that leaves a group without
                                      matches (its score undefined) counts as at least as extreme as the data,
                                      in both forms: the conservative choice
              p_permutation_adj       adjusted across every comparison of the run (--adjust)
              count_test              test on the 2x2 table of pole counts: "Pearson chi-square with Yates'
                                      continuity correction" ("Pearson chi-square" when the table needs no
                                      correction, |O - E| = 0, as R names it), or "Fisher's exact test" when an
                                      expected count is below 5; omnibus rows: "Pearson chi-square" on the groups x
                                      poles table (with two groups and an expected count below 5, Fisher's, as the
                                      pair row; with more, the note says how many expected counts are below 5).
                                      Count tests treat matches as independent: prefer p_permutation.
              statistic, df           the count test's statistic and degrees of freedom (empty for Fisher)
              p_counts, p_counts_adj  the count test's p-value, and adjusted (pairs across the run; omnibus rows
                                      across dimensions)
              cohens_h                2 asin sqrt(pA_1) - 2 asin sqrt(pA_2), pA = count_a / (count_a + count_b)
              odds_ratio, or_ci_*     conditional maximum-likelihood odds ratio of pole A vs B, group 1 vs 2, with
                                      Fisher's exact interval
              cramers_v               omnibus rows: Cramér's V of the groups x poles table
              adjust                  the adjustment method
              note                    why a figure is missing
            An infinite odds ratio (a zero count off the diagonal; then or_ci_high is infinite too) is written Inf in
            CSV, table and Markdown. JSON has no infinity: there every numeric column holds numbers or null, and each row
            has one more field, odds_ratio_infinite: true when odds_ratio and or_ci_high are infinite (and null), false
            when they are finite, null when there is no odds ratio.
            Cost: --pairs all makes G(G-1)/2 comparisons of G groups (190 for 20 groups, 4,950 for 100), each on every
            dimension and composite with --permutations shuffles of the documents of its two groups; vs-rest makes G
            comparisons, each shuffling the whole corpus. With many groups, prefer vs-rest or one pair, or fewer
            permutations (with 500, a p-value near 0.05 has a Monte Carlo standard error of 0.01).
            """);
    }

    public CommandSpec Spec { get; }

    public int Run(ParsedArguments args, CliContext context)
    {
        var lexicon = ScopeOption.Apply(args, CliLexicons.Load(context, args.Get(SharedOptions.Lexicon)));
        var format = args.Get(SharedOptions.Format);
        var voices = args.Get(SharedOptions.Voice);
        var adjustment = SharedOptions.ParseAdjust(args.Get(SharedOptions.Adjust));

        var options = new ComparisonOptions
        {
            Voices = voices,
            Adjustment = adjustment,
            Permutations = args.Get(SharedOptions.Permutations),
            Seed = BootstrapOptions.Seed(args),
            ConfidenceLevel = BootstrapOptions.Confidence(args),
            MinimumDocuments = BootstrapOptions.MinimumDocuments(args),
            MaxDegreeOfParallelism = CorpusRuns.Parallelism(args),
            Intervals = args.Get(BootstrapOptions.Bootstrap) > 0, // --bootstrap 0: no intervals, as for score
        };
        options = WithPairs(options, args.Get(SharedOptions.Pairs));
        using var corpus = CorpusRuns.Open(context, args, args.Positional(0), languages: lexicon.Languages);
        var reader = corpus.Reader;
        if (args.Get(SharedOptions.Output) is { } output)
        {
            context.RedirectOutput(output);
        }

        Comparison comparison;
        try
        {
            comparison = FramingVerbs.Compare(corpus.Run, lexicon, options, BootstrapOptions.Settings(args));
        }
        catch (InsufficientGroupsException e)
        {
            corpus.CheckNotEmpty(args, corpus.Run.DocumentCount);
            throw new InputException(e.Message + " (check --by)");
        }
        catch (ArgumentException e) when (options.Pairs == ComparisonPairs.One)
        {
            throw new UsageException("--pairs: " + e.Message);
        }

        corpus.Progress.Dispose();
        var (tally, rows) = (comparison.Tally, comparison.Rows);
        corpus.CheckNotEmpty(args, tally.ScoredDocuments);

        // JSON has no infinity: there an infinite odds ratio is null, flagged in one more column (see JsonInfinityColumn).
        var json = format == OutputFormat.Json;
        var data = new TabularData(json ? [.. Columns, JsonInfinityColumn] : Columns);
        GroupScoreReport.AddMetadata(data, lexicon, reader.Description, voices, tally);
        data.Metadata.Add(new("adjust", PValues.Name(adjustment)));
        data.Metadata.Add(new("permutations", (long)options.Permutations));
        data.Metadata.Add(new("seed", options.Seed.ToString(CultureInfo.InvariantCulture)));
        data.Metadata.Add(new("confidence", options.ConfidenceLevel));
        // What the difference intervals need to be reproduced, as score's metadata gives them.
        data.Metadata.Add(new("replicates", (long)args.Get(BootstrapOptions.Bootstrap)));
        data.Metadata.Add(new("min_documents", (long)options.MinimumDocuments));
        if (format is OutputFormat.Csv or OutputFormat.Json)
        {
            // Written row by row: with --pairs all over many groups the formatted cells would cost about three times
            // the comparison rows themselves (boxed numbers, an array per row).
            using var streamed = new StreamedTable(context, format, data.Columns, data.Metadata);
            foreach (var r in rows)
            {
                streamed.Add(Cells(r, adjustment, json));
            }

            streamed.Finish();
        }
        else
        {
            // Table and Markdown need every row for their widths, Parquet for its schema: held, as before.
            foreach (var r in rows)
            {
                data.Add(Cells(r, adjustment, json));
            }

            OutputWriter.Write(context, format, format is OutputFormat.Table or OutputFormat.Markdown ? data.Select(Compact) : data);
        }

        if (PermutationFloors.Smallest(rows, adjustment) is { } floors && floors.Bound >= 0.05)
        {
            // Shown with -q too: a table without a single small adjusted p-value reads as "no difference".
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: warning: no p_permutation_adj can fall below 0.05 here, whatever the data: the smallest permutation p-value any of the {floors.Tests} comparisons can give is {CellFormat.FormatDouble(floors.Floor)} (1 / (--permutations + 1), or an exact test's rarest split), and adjusted ({PValues.Name(adjustment)}) across them it is at least {CellFormat.FormatDouble(floors.Bound)}; give more --permutations or compare fewer pairs"));
        }

        if (!QuietOption.IsSet(args))
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: compared {Counted.Of(tally.Groups.Count, "group")} ({Counted.Of(tally.ScoredDocuments, "document")}, rejected {tally.RejectedDocuments}); p-values adjusted with {PValues.Name(adjustment)}"));
        }

        return ExitCodes.Ok;
    }

    /// <summary>
    /// The column that JSON output adds: true when odds_ratio (and so or_ci_high) is infinite and written as null, false
    /// when it is finite, null when there is no odds ratio (see <see cref="InfiniteValues"/>).
    /// </summary>
    public const string JsonInfinityColumn = "odds_ratio" + InfiniteValues.FlagSuffix;

    private static object?[] Cells(ComparisonRow r, PValueAdjustment adjustment, bool json)
    {
        object?[] cells =
        [
            r.Dimension, r.Comparison, r.Group1, r.Group2, r.Documents1, r.Documents2, r.CountA1, r.CountB1, r.CountA2, r.CountB2,
            r.Score1, r.Score2, r.Difference, r.DifferenceLower, r.DifferenceUpper, r.PPermutation, r.PPermutationAdjusted,
            r.CountTest, r.Statistic, r.DegreesOfFreedom, r.PCounts, r.PCountsAdjusted, r.CohensH,
            InfiniteValues.Cell(r.OddsRatio, json), InfiniteValues.Cell(r.OddsRatioLower, json), InfiniteValues.Cell(r.OddsRatioUpper, json), r.CramersV,
            PValues.Name(adjustment), r.Note,
        ];
        return json ? [.. cells, InfiniteValues.Flag(r.OddsRatio)] : cells;
    }

    private static ComparisonOptions WithPairs(ComparisonOptions options, string pairs)
    {
        var (which, pair) = SharedOptions.ParsePairs(pairs);
        return options with { Pairs = which, Pair = pair };
    }
}
