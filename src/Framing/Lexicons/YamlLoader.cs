using System.Diagnostics.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Framing.Lexicons;

/// <summary>
/// Loads the one YAML document of a lexicon, dictionary or mapping file into a node tree; every YAML file Framing reads
/// goes through here. Each way the text can fail is one <see cref="Diagnostic"/> at its place: a syntax error
/// (<c>invalid YAML: …</c>), a second document, collections nested more than <see cref="MaxDepth"/> deep (YamlDotNet
/// builds the tree recursively, so deeper input would overflow the stack and end the process), and aliases that name
/// a node they are inside or that together repeat more than <see cref="MaxAliasNodes"/> nodes.
/// </summary>
/// <remarks>The limits are checked on the parser's events as the tree is built from them (<see cref="YamlEventGuard"/>),
/// so the text is parsed once and the loader stops at the event that breaks a limit.</remarks>
internal static class YamlLoader
{
    /// <summary>How deep mappings and sequences may nest (the JSON readers allow the same depth).</summary>
    public const int MaxDepth = 64;

    /// <summary>How many nodes aliases may repeat in all (each alias counts the nodes of the node it names).</summary>
    public const int MaxAliasNodes = 1_000_000;

    /// <summary>Loads the text's document.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="sourceName">The name used in locations.</param>
    /// <param name="what">What the file is, for the message about a second document ("a lexicon file").</param>
    /// <param name="root">The document's root node, or null when the text holds no document (empty, or only comments).</param>
    /// <param name="error">Why the text cannot be loaded, or null.</param>
    /// <returns>Whether the text was loaded.</returns>
    public static bool TryLoad(string text, string sourceName, string what, out YamlNode? root, [NotNullWhen(false)] out Diagnostic? error) =>
        TryLoad(text, sourceName, what, out root, out error, out _);

    /// <summary>Loads the text's document, and tells where its aliases stand.</summary>
    /// <param name="text">The YAML text.</param>
    /// <param name="sourceName">The name used in locations.</param>
    /// <param name="what">What the file is, for the message about a second document ("a lexicon file").</param>
    /// <param name="root">The document's root node, or null when the text holds no document (empty, or only comments).</param>
    /// <param name="error">Why the text cannot be loaded, or null.</param>
    /// <param name="aliases">Where the aliases stand (none when the text cannot be loaded).</param>
    /// <returns>Whether the text was loaded.</returns>
    public static bool TryLoad(string text, string sourceName, string what, out YamlNode? root, [NotNullWhen(false)] out Diagnostic? error, out YamlAliasPlaces aliases)
    {
        root = null;
        aliases = YamlAliasPlaces.None;
        error = ControlCharacter(text, sourceName);
        if (error is not null)
        {
            return false;
        }

        var scanner = new Scanner(new StringReader(text));
        var guard = new YamlEventGuard(scanner, sourceName, what);
        var stream = new YamlStream();
        try
        {
            stream.Load(guard);
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            // YamlDotNet places a tab used as indentation at the start of the mapping it is in (often 1:1): report
            // where the scanner stopped, the line of the tab.
            var at = message.Contains("invalid tab", StringComparison.Ordinal) ? scanner.CurrentPosition : e.Start;
            error = WithinText(guard.Problem ?? new Diagnostic(At(sourceName, at), "invalid YAML: " + FirstLine(message)), text);
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException || e.GetType() == typeof(Exception))
        {
            // YamlDotNet throws a bare exception, without a position, when a plain scalar inside a flow collection
            // ({ } or [ ]) continues on a line indented less than the collection; report where the scanner stopped.
            error = WithinText(
                new Diagnostic(
                    At(sourceName, scanner.CurrentPosition),
                    "invalid YAML: a '{' or '[' is not closed, or a line inside it is not indented enough"),
                text);
            return false;
        }

        root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        aliases = guard.Aliases;
        return true;
    }

    /// <summary>
    /// The first control character YAML does not allow (any below U+0020 but tab, line feed and carriage return, and
    /// U+007F), at its line and column: YamlDotNet reports a NUL inside a quoted scalar as "unexpected end of stream".
    /// </summary>
    private static Diagnostic? ControlCharacter(string text, string sourceName)
    {
        var line = 1;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                continue;
            }

            if ((c < ' ' && c != '\t' && c != '\r') || c == '\u007F')
            {
                return new Diagnostic(
                    new SourceLocation(sourceName, line, column),
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"invalid YAML: control character U+{(int)c:X4} (a YAML file may hold tab, line feed and carriage return, no other control character)"));
            }

            column++;
        }

        return null;
    }

    /// <summary>A 1-based place from a YamlDotNet mark (which may be 0 at the very start).</summary>
    internal static SourceLocation At(string sourceName, Mark mark) =>
        new(sourceName, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));

    /// <summary>
    /// <paramref name="error"/>, placed at the end of the text's last line when YamlDotNet placed it past the end: at
    /// the end of a text without a final line break its scanner stands on a line the file does not have.
    /// </summary>
    private static Diagnostic WithinText(Diagnostic error, string text)
    {
        var (lastLine, endColumn) = new Framing.Text.LineIndex(text).Position(text.Length);
        return error.Location.Line <= lastLine ? error : error with { Location = error.Location with { Line = lastLine, Column = endColumn } };
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
