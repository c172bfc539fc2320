using Framing.Cli.Arguments;

namespace Framing.Cli.Commands;

/// <summary>
/// <c>-q/--quiet</c>, accepted by every command that writes more than errors to standard error: it hides the summary
/// line and the progress display; warnings (skipped records, left-out patterns) and errors are still written.
/// </summary>
internal static class QuietOption
{
    /// <summary>The option.</summary>
    public static FlagOption Spec { get; } = Option.Flag("quiet", "Do not print the summary line (or progress) on standard error; warnings and errors still are.", 'q');

    /// <summary>Whether the command was asked to be quiet.</summary>
    public static bool IsSet(ParsedArguments args) => args.IsSet(Spec);
}
