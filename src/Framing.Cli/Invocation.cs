using Framing.Cli.Arguments;

namespace Framing.Cli;

/// <summary>The command being run, as given on the command line, for provenance in output files.</summary>
/// <param name="CommandLine">The arguments after <c>framing</c>, as given.</param>
/// <param name="Arguments">The parsed arguments of the command.</param>
internal sealed record Invocation(IReadOnlyList<string> CommandLine, ParsedArguments Arguments)
{
    /// <summary>The command's name (for example <c>score</c> or <c>lexicons show</c>).</summary>
    public string Command => Arguments.Spec.Name;
}
