namespace Framing.Cli.Arguments;

/// <summary>
/// One option of a command, as the parser and the help see it. A command declares and reads its options through the typed
/// kinds: <see cref="Option{T}"/> (one value, parsed and checked into its type, with a typed default),
/// <see cref="FlagOption"/> and <see cref="RepeatedOption"/>; <see cref="Option"/> makes the common ones.
/// </summary>
/// <param name="Name">Long name without dashes (for example <c>format</c>).</param>
/// <param name="Help">One-line description.</param>
/// <param name="ValueName">Name of the value in help (for example <c>FORMAT</c>), or null for a flag.</param>
/// <param name="Default">The default value shown in help, if any (for a typed option: its typed default, formatted).</param>
/// <param name="Allowed">The allowed values, if restricted.</param>
/// <param name="Short">A one-letter alias without the dash, if any.</param>
/// <param name="Repeatable">Whether the option may be given more than once.</param>
internal abstract record OptionSpec(string Name, string Help, string? ValueName = null, string? Default = null, string[]? Allowed = null, char? Short = null, bool Repeatable = false)
{
    public bool IsFlag => ValueName is null;

    /// <summary>The values a number option takes, as the help shows them after its description (<c>0 to 1000</c>,
    /// <c>at least 1</c>), so that the help says what a value out of range is refused for; null for other options.</summary>
    public string? Range { get; init; }
}
