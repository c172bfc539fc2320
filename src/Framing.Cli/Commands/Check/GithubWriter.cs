using System.Globalization;
using System.Text;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// Writes findings as GitHub Actions workflow commands, which the runner turns into annotations on the files of a pull
/// request: <c>::error file=a.txt,line=3,col=14,endColumn=23,title=editorial-term::message</c>. <c>endColumn</c> is the
/// column of the match's last character; a match over several lines gives <c>endLine</c> instead of columns (GitHub only
/// places columns on one line). A finding in a record of standard input, which is no file, is an annotation without
/// <c>file</c> and <c>line</c>, whose message begins with the record's place (<c>stdin:3:5: </c>). Messages escape
/// <c>%</c>, CR and LF; property values also escape <c>:</c> and <c>,</c>. Other control characters and the bidi controls
/// of the data (names, ids, matched text) are shown as U+FFFD, as in the text format.
/// Each command is written as its finding is found.
/// </summary>
/// <param name="writer">The output.</param>
/// <param name="paths">Where paths are relative to.</param>
internal sealed class GithubWriter(TextWriter writer, ArtifactPaths paths) : IFindingWriter
{
    public void Add(Finding finding) => writer.WriteLine(Command(finding, paths));

    public void Finish(CheckReport report)
    {
    }

    public void Dispose()
    {
    }

    public static string Command(Finding finding, ArtifactPaths paths)
    {
        var properties = new List<string>();
        if (finding.Location is { } at && !finding.OnStandardInput)
        {
            properties.Add("file=" + EscapeProperty(paths.ForGithub(at.File)));
            properties.Add("line=" + Number(at.Line));
            if (at.EndLine is { } endLine && endLine != at.Line)
            {
                properties.Add("endLine=" + Number(endLine));
            }
            else if (at.EndColumn is { } endColumn)
            {
                properties.Add("col=" + Number(at.Column));
                properties.Add("endColumn=" + Number(Math.Max(at.Column, endColumn - 1)));
            }
        }

        properties.Add("title=" + EscapeProperty("framing " + finding.RuleId));
        return $"::{RuleLevels.Name(finding.Level)} {string.Join(',', properties)}::{EscapeData(finding.MessageWithStandardInputPlace)}";
    }

    /// <summary>Escapes a command's message: <c>%</c> → <c>%25</c>, CR → <c>%0D</c>, LF → <c>%0A</c>; a tab becomes a
    /// space, and other control characters (ESC, which would start a terminal escape sequence in the log, BEL, C1) and
    /// the bidi embedding, override and isolate controls become U+FFFD, as in the text format.</summary>
    public static string EscapeData(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\t':
                    b.Append(' ');
                    break;
                case not ('\r' or '\n') when Output.TerminalText.IsUnsafe(c):
                    b.Append('\uFFFD');
                    break;
                case '%':
                    b.Append("%25");
                    break;
                case '\r':
                    b.Append("%0D");
                    break;
                case '\n':
                    b.Append("%0A");
                    break;
                default:
                    b.Append(c);
                    break;
            }
        }

        return b.ToString();
    }

    /// <summary>Escapes a property value: as <see cref="EscapeData"/>, and <c>:</c> → <c>%3A</c>, <c>,</c> → <c>%2C</c>.</summary>
    public static string EscapeProperty(string text) => EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
