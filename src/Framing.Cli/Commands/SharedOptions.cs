using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Scoring;
using Framing.Statistics.Comparisons;
using Framing.Statistics.MultipleTesting;

namespace Framing.Cli.Commands;

/// <summary>
/// The one declaration of each option that several commands take with the same meaning, default and values; a command
/// lists these instances rather than declaring the option again (CommandOptionDeclarationTests walks every command's
/// options against them). Groups of options that travel together live with their code: <see cref="CorpusOptions"/>,
/// <see cref="BootstrapOptions"/>, <see cref="KnownSides"/>, <see cref="QuietOption"/> and
/// <see cref="CorpusRuns.ParallelSpec"/>.
/// </summary>
internal static class SharedOptions
{
    /// <summary><c>-l/--lexicon</c>, the starter lexicon by default.</summary>
    public static Option<string> Lexicon { get; } = Option.Text("lexicon", "Built-in lexicon id or lexicon file.", "ID|FILE", "starter", shortName: 'l', read: CliLexicons.IdOrPath);

    /// <summary><c>--voice</c>: which matches count.</summary>
    public static Option<VoiceSelection> Voice { get; } = Option.Choice(
        "voice",
        "Which matches count: all, editorial (the outlet's own voice), attributed (reported speech outside quotes) or quoted.",
        "VOICE",
        VoiceSelection.All,
        GroupScoreReport.VoiceValues,
        GroupScoreReport.ParseVoice);

    /// <summary><c>-f/--format</c> of the commands that write a table.</summary>
    public static Option<OutputFormat> Format { get; } = Option.Choice(
        "format", "Output format.", "FORMAT", OutputFormat.Table, OutputWriter.FormatNames, text => OutputWriter.ParseFormat(text), shortName: 'f');

    /// <summary><c>-o/--output</c> of the commands that write to standard output.</summary>
    public static Option<string?> Output { get; } = Option.OptionalText("output", "Write to FILE instead of standard output.", "FILE", shortName: 'o');

    /// <summary><c>--adjust</c>: the p-value adjustment across the tests of a run (read with <see cref="ParseAdjust"/>).</summary>
    public static Option<string> Adjust { get; } = Option.Text("adjust", "p-value adjustment across every test of the run, as R's p.adjust names it: holm, hochberg, bonferroni, BH (or fdr), BY or none (hommel is not offered).", "METHOD", "holm");

    /// <summary>The method <c>--adjust</c> names, in any case.</summary>
    /// <exception cref="UsageException">A name that is none of them, with the list.</exception>
    public static PValueAdjustment ParseAdjust(string method) => PValues.TryParseMethod(method, out var adjustment)
        ? adjustment
        : throw new UsageException($"unknown --adjust method '{method}': expected holm, hochberg, bonferroni, BH (or fdr), BY or none (hommel is not offered)");

    /// <summary><c>--pairs</c> of compare and report: which groups are compared.</summary>
    public static Option<string> Pairs { get; } = Option.Text("pairs", "Which groups to compare: all pairs (G(G-1)/2 comparisons of G groups: slow with hundreds), each against the rest, or one pair 'A,B' (a name with a comma in double quotes).", "PAIRS", "all");

    /// <summary>The value of <c>--pairs</c> (of compare and report): all, vs-rest (keywords in any case, as the other
    /// options' keywords) or one pair 'A,B' (names as written).</summary>
    /// <exception cref="UsageException">Anything else.</exception>
    public static (ComparisonPairs Pairs, (string First, string Second)? Pair) ParsePairs(string pairs) => pairs switch
    {
        _ when string.Equals(pairs, "all", StringComparison.OrdinalIgnoreCase) => (ComparisonPairs.All, null),
        _ when string.Equals(pairs, "vs-rest", StringComparison.OrdinalIgnoreCase) => (ComparisonPairs.VersusRest, null),
        _ when CommaSeparated.TrySplit(pairs, out var names) && names is [var a, var b] && a.Length > 0 && b.Length > 0 && a != b => (ComparisonPairs.One, (a, b)),
        _ => throw new UsageException($"--pairs must be all, vs-rest or two different groups 'A,B' (a name holding a comma in double quotes: '\"A,1\",B'), not '{pairs}'"),
    };

    /// <summary><c>--permutations</c> of the permutation tests.</summary>
    public static Option<int> Permutations { get; } = Option.Int("permutations", "Random permutations of document labels per comparison.", "N", 2000, 1, 1_000_000);
}
