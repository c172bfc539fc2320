using System.Globalization;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// Writes findings one per line, as compilers do: <c>file:line:column: rule: level: message "snippet"</c>; a finding
/// about no file (a group rule given as an option) is <c>rule: level: message</c>.
/// </summary>
internal static class TextFindingWriter
{
    public static void Write(TextWriter writer, CheckReport report)
    {
        foreach (var finding in report.Findings)
        {
            writer.WriteLine(Line(finding));
        }
    }

    public static string Line(Finding finding)
    {
        var prefix = finding.Location is { } at
            ? string.Create(CultureInfo.InvariantCulture, $"{at.File}:{at.Line}:{at.Column}: ")
            : string.Empty;
        return $"{prefix}{finding.RuleId}: {RuleLevels.Name(finding.Level)}: {finding.MessageWithSnippet.ReplaceLineEndings(" ")}";
    }
}
