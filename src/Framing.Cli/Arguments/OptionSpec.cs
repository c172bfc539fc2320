namespace Framing.Cli.Arguments;

/// <summary>One option of a command.</summary>
/// <param name="Name">Long name without dashes (for example <c>format</c>).</param>
/// <param name="Help">One-line description.</param>
/// <param name="ValueName">Name of the value in help (for example <c>FORMAT</c>), or null for a flag.</param>
/// <param name="Default">The default value shown in help, if any.</param>
/// <param name="Allowed">The allowed values, if restricted.</param>
/// <param name="Short">A one-letter alias without the dash, if any.</param>
/// <param name="Repeatable">Whether the option may be given more than once.</param>
internal sealed record OptionSpec(string Name, string Help, string? ValueName = null, string? Default = null, string[]? Allowed = null, char? Short = null, bool Repeatable = false)
{
    public bool IsFlag => ValueName is null;
}
