using Framing.Cli.Arguments;
using Framing.Cli.Output;

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
    public static OptionSpec Lexicon { get; } = new("lexicon", "Built-in lexicon id or lexicon file.", "ID|FILE", "starter", Short: 'l');

    /// <summary><c>--voice</c>: which matches count.</summary>
    public static OptionSpec Voice { get; } = new(
        "voice",
        "Which matches count: all, editorial (the outlet's own voice), attributed (reported speech outside quotes) or quoted.",
        "VOICE",
        "all",
        GroupScoreReport.VoiceValues);

    /// <summary><c>-f/--format</c> of the commands that write a table.</summary>
    public static OptionSpec Format { get; } = new("format", "Output format.", "FORMAT", "table", OutputWriter.FormatNames, Short: 'f');

    /// <summary><c>-o/--output</c> of the commands that write to standard output.</summary>
    public static OptionSpec Output { get; } = new("output", "Write to FILE instead of standard output.", "FILE", Short: 'o');

    /// <summary><c>--adjust</c>: the p-value adjustment across the tests of a run.</summary>
    public static OptionSpec Adjust { get; } = new("adjust", "p-value adjustment across every test of the run (R's p.adjust names).", "METHOD", "holm");

    /// <summary><c>--permutations</c> of the permutation tests.</summary>
    public static OptionSpec Permutations { get; } = new("permutations", "Random permutations of document labels per comparison.", "N", "2000");
}
