using Framing.Cli.Arguments;

namespace Framing.Cli.Commands;

/// <summary>A <c>framing</c> command.</summary>
internal interface ICommand
{
    CommandSpec Spec { get; }

    /// <summary>Runs the command and returns its exit code.</summary>
    int Run(ParsedArguments args, CliContext context);
}
