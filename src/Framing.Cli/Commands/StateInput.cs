using Framing.Scoring.State;

namespace Framing.Cli.Commands;

/// <summary>A state read for <c>framing merge</c>, with its name for messages.</summary>
/// <param name="State">The state.</param>
/// <param name="Name">Its name in messages: the file's path, or <c>-:3</c> for the third state on standard input.</param>
/// <param name="File">The file it was read from as given on the command line, or null for standard input.</param>
internal readonly record struct StateInput(TallyState State, string Name, string? File);
