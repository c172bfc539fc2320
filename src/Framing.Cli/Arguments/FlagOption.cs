namespace Framing.Cli.Arguments;

/// <summary>An option without a value: <see cref="ParsedArguments.IsSet"/> tells whether it is given.</summary>
/// <param name="Name">Long name without dashes.</param>
/// <param name="Help">One-line description.</param>
/// <param name="Short">A one-letter alias without the dash, if any.</param>
internal sealed record FlagOption(string Name, string Help, char? Short = null) : OptionSpec(Name, Help, Short: Short);
