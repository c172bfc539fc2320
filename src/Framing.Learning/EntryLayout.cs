using YamlDotNet.RepresentationModel;

namespace Framing.Learning;

/// <summary>
/// Where the entries of a lexicon file's block sequence <c>entries</c> stand, for <see cref="CalibratedLexiconWriter"/>:
/// the line each entry starts (where its rewritten line goes), the comment after a one-line flow entry (kept after its
/// rewritten line), and the lines inside its multi-line scalars (text, not comments, though they may start with '#').
/// Every other line of the section is an entry's continuation, a comment line or a blank line; the writer keeps the
/// comment and blank lines, so that comments between entries (a file's section headers) stay where they were.
/// </summary>
internal sealed class EntryLayout
{
    private EntryLayout(List<int> starts, Dictionary<int, string> trailing, HashSet<int> scalarLines)
    {
        Starts = starts;
        TrailingComments = trailing;
        ScalarLines = scalarLines;
    }

    /// <summary>The index of the line each entry starts, in file order.</summary>
    public IReadOnlyList<int> Starts { get; }

    /// <summary>The comment (from its '#') that follows a one-line flow entry on its line, by the entry's line.</summary>
    public IReadOnlyDictionary<int, string> TrailingComments { get; }

    /// <summary>The lines inside an entry's multi-line scalar, after its first.</summary>
    public IReadOnlySet<int> ScalarLines { get; }

    /// <summary>Whether a line is a comment line or a blank line.</summary>
    /// <param name="line">The line.</param>
    /// <returns>True when it holds nothing but white space and a comment.</returns>
    public static bool IsCommentOrBlank(string line)
    {
        var trimmed = line.TrimStart(' ', '\t');
        return trimmed.Length == 0 || trimmed[0] == '#';
    }

    /// <summary>The layout of the entries.</summary>
    /// <param name="entries">The sequence under <c>entries</c>.</param>
    /// <param name="text">The file's text.</param>
    /// <param name="lineStarts">Where each of its lines starts.</param>
    /// <returns>The layout.</returns>
    public static EntryLayout Of(YamlSequenceNode entries, string text, List<int> lineStarts)
    {
        var starts = new List<int>(entries.Children.Count);
        var trailing = new Dictionary<int, string>();
        var scalarLines = new HashSet<int>();
        foreach (var entry in entries.Children)
        {
            var line = LexiconFileLayout.LineOf(lineStarts, checked((int)entry.Start.Index));
            starts.Add(line);
            // YamlDotNet gives a mapping node no end of its own (its End is its Start): a one-line flow entry ends after
            // its last scalar, with only closing brackets and commas between that and a comment.
            var scalars = entry.AllNodes.OfType<YamlScalarNode>().ToList();
            var end = scalars.Count == 0 ? -1 : scalars.Max(n => checked((int)n.End.Index));
            if (entry is YamlMappingNode { Style: YamlDotNet.Core.Events.MappingStyle.Flow } && end >= 0 && LexiconFileLayout.LineOf(lineStarts, end) == line)
            {
                var lineEnd = line + 1 < lineStarts.Count ? lineStarts[line + 1] : text.Length;
                var rest = text[end..lineEnd].TrimStart(' ', '\t', ',', ']', '}').TrimEnd();
                if (rest.StartsWith('#'))
                {
                    trailing[line] = rest;
                }
            }

            foreach (var scalar in scalars)
            {
                var (first, last) = (LexiconFileLayout.LineOf(lineStarts, checked((int)scalar.Start.Index)), LexiconFileLayout.LineOf(lineStarts, Math.Max(checked((int)scalar.Start.Index), checked((int)scalar.End.Index) - 1)));
                for (var l = first + 1; l <= last; l++)
                {
                    scalarLines.Add(l);
                }
            }
        }

        return new EntryLayout(starts, trailing, scalarLines);
    }
}
