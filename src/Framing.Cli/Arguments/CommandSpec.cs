using System.Text;

namespace Framing.Cli.Arguments;

/// <summary>What a command accepts, and its help text with examples.</summary>
/// <param name="Name">The command's name (for example <c>score</c>; <c>lexicons validate</c> for a sub-command).</param>
/// <param name="Summary">One-line summary.</param>
/// <param name="Usage">The usage line after <c>framing</c>.</param>
/// <param name="Positionals">Names of positional arguments and whether each is required.</param>
/// <param name="Options">Options.</param>
/// <param name="Examples">Example command lines with a comment each.</param>
/// <param name="Details">Extra help paragraphs (columns, semantics), or null.</param>
/// <param name="Variadic">Whether the last positional argument may be repeated.</param>
/// <param name="FailureMeaning">
/// What exit code 1 means for this command, or null when the command never returns 1 (it returns only 0, 2 and 3).
/// </param>
internal sealed record CommandSpec(
    string Name,
    string Summary,
    string Usage,
    (string Name, bool Required, string Help)[] Positionals,
    OptionSpec[] Options,
    (string Command, string Comment)[] Examples,
    string? Details = null,
    bool Variadic = false,
    string? FailureMeaning = null)
{
    /// <summary>The exit codes the command can return, as its help lists them.</summary>
    public IReadOnlyList<int> ExitCodes => FailureMeaning is null
        ? [Cli.ExitCodes.Ok, Cli.ExitCodes.UsageOrInput, Cli.ExitCodes.Internal]
        : [Cli.ExitCodes.Ok, Cli.ExitCodes.CheckFailed, Cli.ExitCodes.UsageOrInput, Cli.ExitCodes.Internal];

    /// <summary>The last line of the help: the exit codes this command can return, and what each means.</summary>
    public string ExitCodesLine() =>
        "Exit codes: 0 ok, " + (FailureMeaning is null ? string.Empty : "1 " + FailureMeaning + ", ") + "2 usage or input error, 3 internal error (a bug: please report it).";

    public string HelpText()
    {
        var b = new StringBuilder();
        b.Append("framing ").Append(Name).Append(" - ").AppendLine(Summary).AppendLine();
        b.Append("Usage: framing ").AppendLine(Usage).AppendLine();
        if (Positionals.Length > 0)
        {
            b.AppendLine("Arguments:");
            foreach (var (name, required, help) in Positionals)
            {
                b.Append("  ").Append((required ? "<" + name + ">" : "[" + name + "]").PadRight(26)).AppendLine(help);
            }

            b.AppendLine();
        }

        b.AppendLine("Options:");
        foreach (var option in Options)
        {
            var left = (option.Short is { } s ? "-" + s + ", " : string.Empty) + "--" + option.Name + (option.ValueName is null ? string.Empty : " " + option.ValueName);
            b.Append("  ").Append(left.PadRight(25)).Append(' ').Append(option.Help);
            if (option.Allowed is { } allowed)
            {
                b.Append(" (").Append(string.Join('|', allowed)).Append(')');
            }

            if (option.Range is { } range)
            {
                b.Append(" (").Append(range).Append(')');
            }

            if (option.Default is { } d)
            {
                b.Append(" [default: ").Append(d).Append(']');
            }

            b.AppendLine();
        }

        b.Append("  ").Append("-h, --help".PadRight(26)).AppendLine("Show this help.");
        if (Details is not null)
        {
            b.AppendLine().AppendLine(Details.TrimEnd());
        }

        if (Examples.Length > 0)
        {
            b.AppendLine().AppendLine("Examples:");
            foreach (var (command, comment) in Examples)
            {
                b.Append("  # ").AppendLine(comment);
                b.Append("  ").AppendLine(command);
            }
        }

        b.AppendLine().AppendLine(ExitCodesLine());
        return b.ToString();
    }
}
