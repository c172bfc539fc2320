namespace Framing.Cli.Arguments;

/// <summary>An option that may be given several times: <see cref="ParsedArguments.GetAll"/> gives its values in order.</summary>
/// <param name="Name">Long name without dashes.</param>
/// <param name="Help">One-line description.</param>
/// <param name="ValueName">Name of the value in help.</param>
/// <param name="Default">What applies when the option is not given, as the help shows it, if anything.</param>
/// <param name="Short">A one-letter alias without the dash, if any.</param>
internal sealed record RepeatedOption(string Name, string Help, string ValueName, string? Default = null, char? Short = null)
    : OptionSpec(Name, Help, ValueName, Default, Short: Short, Repeatable: true);
