using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;
using Framing.Statistics.MultipleTesting;
using Framing.Statistics.Terms;
using Framing.Text;
using Framing.Verbs;

namespace Framing.Cli.Commands;

/// <summary><c>framing keyness</c>: the terms that distinguish one group from another, to find vocabulary a lexicon lacks.</summary>
internal sealed class KeynessCommand : ICommand
{
    private static readonly string[] Columns =
    [
        "term", "n", "count_target", "count_reference", "rate_target", "rate_reference", "statistic", "p", "p_adj", "log_ratio", "lexicon", "measure",
    ];

    private readonly Option<string?> _target = Option.OptionalText("target", "The group whose distinctive terms to find.", "GROUP");

    private readonly Option<string> _reference = Option.Text("reference", "The group to compare with, or rest (all other groups pooled; with --target rest, a group named rest is compared with all the others).", "GROUP", "rest");

    private readonly Option<string> _lexicon = Option.Text("lexicon", "Lexicon whose entries are marked in the lexicon column.", "ID|FILE", "starter", shortName: 'l', read: CliLexicons.IdOrPath);

    // --measure and --correction are read as text and mapped by the command: an option typed with an enum of
    // Framing.Statistics would load that assembly at the start of every command, for its help alone.
    private readonly Option<string> _measure = Option.Choice("measure", "Keyness statistic.", "MEASURE", "logodds", ["logodds", "chi2", "g2", "pmi", "fisher", "logratio"]);

    private readonly Option<string> _prior = Option.Choice("prior", "Prior of logodds: uninformative (alpha per term, default 0.01; its V is the number of terms compared, those that pass --min-count, so a term's z depends on that filter) or informative (alpha0 times the pooled share, default alpha0 = 500).", "PRIOR", "uninformative", ["uninformative", "informative"]);

    private readonly Option<double?> _alpha = new("alpha", "alpha per term (uninformative prior) or alpha0 (informative prior).", "X", null, text => NumberText.TryReal(text, out var a) && a > 0 && a <= MaxAlpha ? a : throw new UsageException($"--alpha must be a positive number of at most 1e12, not '{text}'"));

    // A pseudo-count far above any corpus's counts already gives the prior all the weight; larger ones overflow once
    // multiplied by the vocabulary.
    private const double MaxAlpha = 1e12;

    private readonly Option<string> _variance = Option.Choice("variance", "Variance of logodds's log-odds ratio: two-term (Monroe, Colaresi and Quinn's approximation, which drops the terms of all other words: right for large groups, too small, so p too small, when a term is a large share of a group's terms) or four-term (the full delta-method variance, as scattertext; prefer it for small corpora).", "VARIANCE", "two-term", ["two-term", "four-term"]);

    private readonly Option<string> _correction = Option.Choice("correction", "Correction of chi2 and g2, as quanteda: default and yates (the same rule), williams or none.", "CORRECTION", "default", ["default", "yates", "williams", "none"]);

    private readonly Option<(int Min, int Max)> _ngrams = NgramsOption("n-gram orders: N or MIN..MAX (at most 5).", (1, 1));

    private readonly Option<int> _minCount = Option.Int("min-count", "Only terms seen at least this often in the two groups together are tested.", "N", 3, 1, int.MaxValue);

    private readonly Option<int> _top = Option.Int("top", "Rows to show (the most distinctive of the target).", "N", 30, 1, int.MaxValue);

    public KeynessCommand()
    {
        Spec = new(
            "keyness",
            "Find the terms that distinguish one group from another (and mark those the lexicon already has).",
            "keyness [<corpus>] --target GROUP [--reference GROUP|rest] [--by FIELD] [--measure logodds|chi2|g2|pmi|fisher|logratio] [--ngrams 1..3] [--top N]",
            [("corpus", false, "As for 'framing score'. Default: the built-in invented sample corpus.")],
            [
                _target,
                _reference,
                _lexicon,
                .. CorpusOptions.SpecsNeeding("documents with at least one term (of --ngrams) in --target and in its reference"),
                _measure,
                _prior,
                _alpha,
                _variance,
                _correction,
                _ngrams,
                _minCount,
                _top,
                SharedOptions.Adjust,
                SharedOptions.Format,
                SharedOptions.Output,
                CorpusRuns.ParallelSpec,
                QuietOption.Spec,
            ],
            [
                ("framing keyness --target al-minbar", "what the sample's al-minbar says more than the other outlets"),
                ("framing keyness corpus.jsonl --target outlet-a --reference outlet-b --ngrams 1..2 --format csv", "unigrams and bigrams, one outlet against another"),
                ("framing keyness corpus.jsonl --target outlet-a --measure chi2 --correction williams --top 100", "quanteda-style chi-square"),
            ],
            """
            Terms are normalized tokens (and n-grams of them within a sentence); Arabic tokens lose a proclitic chain
            that ends in the article (ال، وال، بال، لل …). Columns: term; n (its order); count_target, count_reference;
            rate_target, rate_reference (per 1,000 terms of the same group); statistic (the --measure: logodds is the
            z-score of the log-odds ratio with a Dirichlet prior, Monroe, Colaresi and Quinn 2008; chi2, g2 and pmi
            exactly as quanteda.textstats' textstat_keyness computes them, see below; fisher: the conditional odds
            ratio, Inf when the reference lacks the term, written as compare writes infinity; logratio: Hardie's log2
            ratio of relative frequencies); p (two-sided; empty for pmi and logratio); p_adj (adjusted across every
            tested term, --adjust); log_ratio (always given, as an effect size); lexicon (the dimension/pole of a
            lexicon entry that matches the whole term; for an Arabic term, which pools the forms with and without
            the article, "with ال:" when an entry matches only the form with it; "partial:" when an entry matches
            part of the term); measure.

            chi2, g2 and pmi follow quanteda's code (src/keyness.cpp) step by step, so they equal R's values: signed
            + when the target count a is above its expected count E, - otherwise (a term exactly as frequent as
            expected gets chi2 0, quanteda's -0, and a tiny negative g2); g2 and pmi add 1e-9 inside every logarithm, so pmi of a term
            absent from the target is log(1e-9) = -20.7233; --correction default and yates are the same rule (0.5 when
            |ad - bc| >= N/2 and an expected count is below 5, else none); williams multiplies chi2 and divides g2 by
            Williams' q, which is 1 when a cell is zero; none corrects nothing. Differences from quanteda, in p only:
            p of chi2 and g2 is the chi-square(1) upper tail computed directly (quanteda's 1 - pchisq is 0 below
            1e-16), and pmi has no p (quanteda's 1 - pchisq(|pmi|, 1) is not a p-value).
            """);
    }

    public CommandSpec Spec { get; }

    public int Run(ParsedArguments args, CliContext context)
    {
        var target = args.Get(_target) ?? throw new UsageException("'framing keyness' needs --target GROUP");
        var reference = args.Get(_reference);
        // A group named "rest" compared with the rest: the keyword cannot mean the target itself, so it means the others.
        if (reference == target && target != "rest")
        {
            throw new UsageException("--reference must differ from --target");
        }

        var (minN, maxN) = args.Get(_ngrams);
        var measure = ParseMeasure(args.Get(_measure));
        var adjustment = SharedOptions.ParseAdjust(args.Get(SharedOptions.Adjust));

        RefuseOptionsOfOtherMeasures(args, measure);
        var options = KeynessOptionsFrom(args);
        var minCount = args.Get(_minCount);
        var top = args.Get(_top);
        var lexicon = CliLexicons.Load(context, args.Get(_lexicon));
        using var corpus = CorpusRuns.Open(context, args, args.Positional(0), languages: lexicon.Languages);
        if (args.Get(SharedOptions.Output) is { } output)
        {
            context.RedirectOutput(output);
        }

        var request = new KeynessRequest(target)
        {
            Reference = reference == "rest" ? null : reference,
            MinimumN = minN,
            MaximumN = maxN,
            MinimumCount = minCount,
            Measure = measure,
            Options = options,
            Lexicon = lexicon,
        };
        KeynessResult result;
        try
        {
            result = FramingVerbs.Keyness(corpus.Run, request);
        }
        catch (EmptyGroupException e)
        {
            corpus.CheckNotEmpty(args, corpus.Run.DocumentCount);
            throw new InputException(e.Message);
        }

        corpus.Progress.Dispose();
        corpus.CheckNotEmpty(args, corpus.Run.DocumentCount);
        var (table, targetTotal, referenceTotal) = (result.Table, result.TargetTerms, result.ReferenceTerms);
        var (targetDocuments, referenceDocuments, rejected) = (result.TargetDocuments, result.ReferenceDocuments, corpus.Run.Rejected);
        var adjusted = PValues.Adjust(table.Rows.Select(r => r.PValue).ToArray(), adjustment);
        var marker = new LexiconTermMarker(lexicon.Compile());
        var format = args.Get(SharedOptions.Format);
        var json = format == OutputFormat.Json;
        var data = new TabularData(json ? [.. Columns, StatisticInfinityColumn] : Columns);
        data.Metadata.Add(new("lexicon", GroupScoreReport.LexiconObject(lexicon)));
        data.Metadata.Add(new("corpus", corpus.Run.Description));
        data.Metadata.Add(new("documents_scored", corpus.Run.DocumentCount));
        data.Metadata.Add(new("documents_rejected", rejected));
        data.Metadata.Add(new("target", target));
        data.Metadata.Add(new("reference", reference));
        data.Metadata.Add(new("documents_target", targetDocuments));
        data.Metadata.Add(new("documents_reference", referenceDocuments));
        data.Metadata.Add(new("terms_target", targetTotal));
        data.Metadata.Add(new("terms_reference", referenceTotal));
        data.Metadata.Add(new("terms_tested", (long)table.Rows.Count));
        data.Metadata.Add(new("adjust", PValues.Name(adjustment)));
        if (measure == KeynessMeasure.LogOdds)
        {
            data.Metadata.Add(new("variance", args.Get(_variance)));
        }

        var measureName = args.Get(_measure);
        for (var i = 0; i < table.Rows.Count && i < top; i++)
        {
            var r = table.Rows[i];
            object?[] cells =
            [
                r.Term,
                (long)(r.Term.Count(c => c == ' ') + 1),
                r.TargetCount,
                r.ReferenceCount,
                r.TargetCount * 1000.0 / targetTotal,
                r.ReferenceCount * 1000.0 / referenceTotal,
                InfiniteValues.Cell(r.Statistic, json),
                NullIfNaN(r.PValue),
                NullIfNaN(adjusted[i]),
                r.LogRatio,
                marker.Label(r.Term),
                measureName,
            ];
            data.Add(json ? [.. cells, InfiniteValues.Flag(r.Statistic)] : cells);
        }

        OutputWriter.Write(context, format, data);
        if (measure == KeynessMeasure.LogOdds && options.LogOddsVariance == LogOddsVariance.TwoTerm && DominantTerm(table, targetTotal, referenceTotal) is { } dominant)
        {
            // The two-term variance drops the terms of all other words, which are then not small: its p is far too small.
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: warning: \"{Output.TerminalText.Flatten(dominant.Term)}\" is {dominant.Share * 100:0}% of its group's terms: the two-term variance of logodds understates the variance there, so its p is too small; use --variance four-term"));
        }

        if (!QuietOption.IsSet(args))
        {
            // Documents of groups that are neither the target nor the reference were read too: say how many, so that none
            // goes unaccounted for.
            var others = corpus.Run.DocumentCount - targetDocuments - referenceDocuments;
            var notCompared = others > 0 ? string.Create(CultureInfo.InvariantCulture, $"; not compared: {others} of other groups") : string.Empty;
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"framing: {targetDocuments} target and {referenceDocuments} reference documents{notCompared}; {Counted.Of(table.Rows.Count, "term")} tested; rejected {rejected}"));
        }

        return ExitCodes.Ok;
    }

    /// <summary>The column JSON output adds: true when statistic is infinite (fisher's odds ratio) and written as null.</summary>
    public const string StatisticInfinityColumn = "statistic" + InfiniteValues.FlagSuffix;

    /// <summary>The tested term that is the largest share of its group's terms, when one is at least a tenth: the share
    /// below which the two-term variance of the log-odds ratio is close to the full one.</summary>
    private static (string Term, double Share)? DominantTerm(KeynessTable table, long targetTotal, long referenceTotal)
    {
        (string Term, double Share)? largest = null;
        foreach (var row in table.Rows)
        {
            var share = Math.Max(targetTotal == 0 ? 0 : row.TargetCount / (double)targetTotal, referenceTotal == 0 ? 0 : row.ReferenceCount / (double)referenceTotal);
            if (share >= 0.1 && (largest is null || share > largest.Value.Share))
            {
                largest = (row.Term, share);
            }
        }

        return largest;
    }

    private static double? NullIfNaN(double value) => double.IsNaN(value) ? null : value;

    // An option of another measure than --measure would be accepted and change nothing, and a user comparing runs would
    // believe it had (as score refuses interval options with --per-document).
    private void RefuseOptionsOfOtherMeasures(ParsedArguments args, KeynessMeasure measure)
    {
        if (measure != KeynessMeasure.LogOdds && (args.IsGiven(_prior) || args.IsGiven(_alpha)))
        {
            throw new UsageException($"--{(args.IsGiven(_prior) ? "prior" : "alpha")} sets the prior of --measure logodds, and --measure is {args.Get(_measure)}");
        }

        if (measure != KeynessMeasure.LogOdds && args.IsGiven(_variance))
        {
            throw new UsageException($"--variance sets the variance of --measure logodds, and --measure is {args.Get(_measure)}");
        }

        if (measure is not (KeynessMeasure.Chi2 or KeynessMeasure.G2) && args.IsGiven(_correction))
        {
            throw new UsageException($"--correction corrects --measure chi2 and g2, and --measure is {args.Get(_measure)}");
        }
    }

    private KeynessOptions KeynessOptionsFrom(ParsedArguments args)
    {
        var alpha = args.Get(_alpha);
        var prior = args.Get(_prior) == "informative"
            ? LogOddsPrior.Informative(alpha ?? 500)
            : LogOddsPrior.Uninformative(alpha ?? 0.01);
        var correction = args.Get(_correction) switch
        {
            "yates" => KeynessCorrection.Yates,
            "williams" => KeynessCorrection.Williams,
            "none" => KeynessCorrection.None,
            _ => KeynessCorrection.Default,
        };
        var variance = args.Get(_variance) == "four-term" ? LogOddsVariance.FourTerm : LogOddsVariance.TwoTerm;
        return new KeynessOptions { LogOddsPrior = prior, Correction = correction, LogOddsVariance = variance };
    }

    private static KeynessMeasure ParseMeasure(string text) => text switch
    {
        "chi2" => KeynessMeasure.Chi2,
        "g2" => KeynessMeasure.G2,
        "pmi" => KeynessMeasure.Pmi,
        "fisher" => KeynessMeasure.Fisher,
        "logratio" => KeynessMeasure.LogRatio,
        _ => KeynessMeasure.LogOdds,
    };

    /// <summary><c>--ngrams N|MIN..MAX</c> (1 to 5), with <paramref name="defaultValue"/> shown as N or MIN..MAX.</summary>
    internal static Option<(int Min, int Max)> NgramsOption(string help, (int Min, int Max) defaultValue) =>
        new("ngrams", help, "N", defaultValue, ParseNgrams, format: n => n.Min == n.Max ? n.Min.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{n.Min}..{n.Max}"));

    internal static (int Min, int Max) ParseNgrams(string text)
    {
        var parts = text.Split("..");
        if (parts.Length is 1 or 2
            && NumberText.TryWhole(parts[0], out int min)
            && NumberText.TryWhole(parts[^1], out int max)
            && min >= 1 && max >= min && max <= 5)
        {
            return (min, max);
        }

        throw new UsageException($"--ngrams must be N or MIN..MAX with 1 <= MIN <= MAX <= 5, not '{text}'");
    }
}
