using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Corpus;
using Framing.Learning;
using Framing.Cli.Output;

namespace Framing.Cli.Commands.Learning;

/// <summary>
/// The options of the learning commands that say which outlets are on which side, worded and checked as in
/// <c>framing validate</c> (<see cref="ValidateCommand"/>), and the options of their cross-validation.
/// </summary>
internal static class KnownSideOptions
{
    private static readonly string[] BootstrapOptionNames = ["bootstrap", "seed", "confidence"];

    /// <summary><c>--folds</c>: cross-validation folds of outlets (0: leave one outlet out).</summary>
    public static Option<int> Folds { get; } = Option.Int("folds", "Cross-validation folds of outlets (0: leave one outlet out).", "K", 0, 0, 10_000);

    /// <summary><c>--l1</c> regularisation.</summary>
    public static Option<double> L1 { get; } = Option.Double("l1", "L1 regularisation of the logistic model (on the summed loss).", "X", 1, 0, 1e6);

    /// <summary><c>--l2</c> regularisation.</summary>
    public static Option<double> L2 { get; } = Option.Double("l2", "L2 regularisation of the logistic model.", "X", 0.1, 0, 1e6);

    public static OptionSpec[] CrossValidation { get; } =
    [
        Folds,
        L1,
        L2,
        SharedOptions.Voice,
        .. BootstrapOptions.Specs.Where(o => BootstrapOptionNames.Contains(o.Name)),
        CorpusRun.ParallelSpec,
    ];

    public static LearningOptions Learning(ParsedArguments args)
    {
        var folds = args.Get(Folds);
        if (folds == 1)
        {
            throw new UsageException("--folds must be 0 (leave one outlet out) or at least 2, not 1");
        }

        return new LearningOptions
        {
            Voices = args.Get(SharedOptions.Voice),
            Folds = folds,
            Seed = BootstrapOptions.Seed(args),
            Replicates = args.Get(BootstrapOptions.Bootstrap),
            ConfidenceLevel = BootstrapOptions.Confidence(args),
            L1Regularization = (float)args.Get(L1),
            L2Regularization = (float)args.Get(L2),
            MaxDegreeOfParallelism = CorpusRun.Parallelism(args),
        };
    }

    /// <summary>After reading: every side has documents, and at least two outlets on each side make folds (exit 2 otherwise).</summary>
    public static void Check(LearningDocuments d, KnownLeanings leanings, SideSelection sides, string corpus)
    {
        KnownSides.CheckSidesSeen(d.LeaningsSeen.ToArray(), d.SideA, d.SideB, leanings, sides, corpus);
        if (d.OutletsA.Concat(d.OutletsB).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            throw new InputException($"{corpus}: cross-validation by outlet needs at least two outlets; the sides have {d.OutletsA.Concat(d.OutletsB).Distinct(StringComparer.Ordinal).Single()} only");
        }

        // Each fold's model is fitted without the fold's outlets: a side of one outlet would leave the models of its
        // fold without a single document of that side, fitted on one class, and their scores would be no evidence.
        foreach (var (name, outlets) in new[] { ("A", d.OutletsA), ("B", d.OutletsB) })
        {
            if (outlets.Count < 2)
            {
                throw new InputException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{corpus}: cross-validation by outlet needs at least two outlets on each side; side {name} has {outlets.Count} ({string.Join(", ", outlets.Select(RecordMessages.NameOnOneLine))}): a fold that holds it out would have no document of side {name} to fit"));
            }
        }
    }

    /// <summary>What the run used of the corpus, naming the leanings on neither side (a misspelt leaning shows).</summary>
    public static string Usage(LearningDocuments d, SideSelection sides, string corpus)
    {
        var other = d.LeaningsSeen.Where(l => sides.SideOf(l) is null).Select(RecordMessages.NameOnOneLine).ToList();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Counted.Of(d.Scored, "document")} read from {corpus}; side A {d.SideA} in {Counted.Of(d.OutletsA.Count, "outlet")}, side B {d.SideB} in {Counted.Of(d.OutletsB.Count, "outlet")}; not used: {d.OtherLeaning} of other leanings{(d.OtherLeaning > 0 && other.Count > 0 ? " (" + string.Join(", ", other) + ")" : string.Empty)}, {d.WithoutLeaning} without a known leaning; rejected {d.Rejected}");
    }
}
