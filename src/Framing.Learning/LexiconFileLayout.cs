using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Framing.Learning;

/// <summary>
/// The layout of a lexicon file's text as <see cref="CalibratedLexiconWriter"/> rewrites it: its lines, split where the
/// YAML parser breaks lines, and the line at which each top-level key starts, found by reading the text with the YAML
/// parser (so that a key is found however it is spelt: quoted, <c>"entries":</c>, or with a space before its colon,
/// <c>entries :</c>). The writer replaces a key's lines up to the next key's, so each top-level key must start its line
/// in a block mapping; a text where one does not (a flow mapping, as JSON writes a lexicon; an indented top level; an
/// explicit <c>? key</c>), or that ends its document with <c>...</c> (the writer adds the <c>validation</c> section at
/// the end), is refused with a <see cref="CalibratedLexiconException"/> that says what to do.
/// </summary>
internal sealed class LexiconFileLayout
{
    /// <summary>What the refusals advise.</summary>
    private const string Advice = "write the lexicon as block YAML, each top-level key at the start of its line ('id: …', 'entries:'), and calibrate that file";

    private LexiconFileLayout(List<string> lines, Dictionary<int, string> keys, EntryLayout? entries)
    {
        Lines = lines;
        Keys = keys;
        Entries = entries;
    }

    /// <summary>The text's lines, without their line breaks.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The top-level keys by the index of the line they start.</summary>
    public IReadOnlyDictionary<int, string> Keys { get; }

    /// <summary>Where the entries of a block sequence under <c>entries</c> stand, so that the comment lines between
    /// them can be kept; null for entries written otherwise (a flow sequence).</summary>
    public EntryLayout? Entries { get; }

    /// <summary>Reads the layout of a lexicon file's text.</summary>
    /// <param name="text">The text (a lexicon that loaded).</param>
    /// <returns>The layout.</returns>
    /// <exception cref="CalibratedLexiconException">The writer cannot rewrite the text's layout.</exception>
    public static LexiconFileLayout Read(string text)
    {
        var (lines, starts) = Split(text);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new CalibratedLexiconException($"the calibrated lexicon cannot be written from its text: it does not read as YAML ({e.Message})", e);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Refused("its text is not one YAML mapping");
        }

        if (root.Style == YamlDotNet.Core.Events.MappingStyle.Flow)
        {
            throw Refused("its top level is a flow mapping ('{ … }', as JSON writes it)");
        }

        var keys = new Dictionary<int, string>();
        EntryLayout? entries = null;
        foreach (var (key, value) in root.Children)
        {
            var line = LineOf(starts, checked((int)key.Start.Index));
            if (key is not YamlScalarNode { Value: { } name } || starts[line] != key.Start.Index)
            {
                throw Refused(string.Create(CultureInfo.InvariantCulture, $"its top-level key at line {line + 1} does not start its line"));
            }

            keys[line] = name;
            if (name == "entries" && value is YamlSequenceNode { Style: not YamlDotNet.Core.Events.SequenceStyle.Flow } sequence)
            {
                entries = EntryLayout.Of(sequence, text, starts);
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (IsDocumentEnd(lines[i]))
            {
                throw Refused(string.Create(CultureInfo.InvariantCulture, $"line {i + 1} ends its YAML document ('...'), and the calibrated lexicon adds its 'validation' section at the end"));
            }
        }

        return new LexiconFileLayout(lines, keys, entries);
    }

    private static CalibratedLexiconException Refused(string why) =>
        new($"the calibrated lexicon cannot be written from its text: {why}; {Advice}");

    /// <summary>Whether a line is a YAML document end marker (<c>...</c> at its start, then a space, a comment or nothing).</summary>
    private static bool IsDocumentEnd(string line) => line.StartsWith("...", StringComparison.Ordinal) && (line.Length == 3 || line[3] is ' ' or '\t' or '#');

    /// <summary>The index of the line that holds a character.</summary>
    internal static int LineOf(List<int> starts, int index)
    {
        var found = starts.BinarySearch(index);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>
    /// The lines of the text and where each starts, split where the YAML parser breaks lines: at <c>\n</c>, <c>\r\n</c>, a
    /// bare <c>\r</c> and the Unicode line and paragraph separators. Splitting at <c>\n</c> alone kept a file with classic
    /// Mac line ends as one line, and the calibrated file then held the old entries and validation too.
    /// </summary>
    private static (List<string> Lines, List<int> Starts) Split(string text)
    {
        var lines = new List<string>();
        var starts = new List<int> { 0 };
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                lines.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
                starts.Add(start);
            }
        }

        lines.Add(text[start..]);
        return (lines, starts);
    }
}
