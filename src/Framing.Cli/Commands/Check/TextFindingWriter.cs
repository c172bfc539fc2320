using System.Globalization;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// Writes findings one per line, as compilers do: <c>file:line:column: rule: level: message "snippet"</c>; a finding
/// about no file (a group rule given as an option) is <c>rule: level: message</c>. Each line is written as its finding
/// is found; the summary goes to standard error (see <see cref="CheckCommand"/>). A line break, tab, control or bidi
/// control character in a name or snippet is shown as <see cref="Output.TerminalText.Flatten"/> shows it.
/// </summary>
/// <param name="writer">The output.</param>
internal sealed class TextFindingWriter(TextWriter writer) : IFindingWriter
{
    public void Add(Finding finding) => writer.WriteLine(Line(finding));

    public void Finish(CheckReport report)
    {
    }

    public void Dispose()
    {
    }

    public static string Line(Finding finding)
    {
        var prefix = finding.Location is { } at
            ? string.Create(CultureInfo.InvariantCulture, $"{at.File}:{at.Line}:{at.Column}: ")
            : string.Empty;
        return Output.TerminalText.Flatten($"{prefix}{finding.RuleId}: {RuleLevels.Name(finding.Level)}: {finding.MessageWithSnippet.ReplaceLineEndings(" ")}");
    }
}
