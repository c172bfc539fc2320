using Framing.Cli.Arguments;
using Framing.Lexicons;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// Where a rule was defined: a command-line option, or a place in the configuration file. Mistakes in a rule are
/// reported there, and findings about a whole group are located at the rule's place in the configuration.
/// </summary>
/// <param name="Description">The option and its value (<c>--group-range x=0..1</c>) or <c>file:line:column</c>.</param>
/// <param name="Location">The place in the configuration file, or null for an option.</param>
internal sealed record RuleOrigin(string Description, SourceLocation? Location)
{
    public static RuleOrigin Option(string name, string value) => new($"--{name} {value}", null);

    public static RuleOrigin InFile(SourceLocation location) => new(location.ToString(), location);

    /// <summary>The error to throw for a mistake in this rule: a usage error for an option, an input error for a file.</summary>
    public Exception Error(string message) => Location is null
        ? new UsageException($"{Description}: {message}")
        : new InputException($"{Description}: {message}");
}
