using YamlDotNet.RepresentationModel;

namespace Framing.Learning;

/// <summary>
/// Where a neutral category goes into a lexicon file's text, for the dimensions that need one: found by reading the
/// file with the YAML parser (so a dimension is found whatever its layout: a comment or quotes on its id's line, its id
/// not its first key, a flow mapping, its section after the entries), and written beside the dimension's id: on a line
/// of its own with the id key's indentation in a block mapping, after the id's value in a flow mapping.
/// </summary>
internal static class NeutralCategoryInsertion
{
    /// <summary>The neutral category's text.</summary>
    private const string Category = "neutral: { description: \"Entries that 'framing calibrate' found without evidence for either pole on the outlets it was fitted on.\" }";

    /// <summary>The text with a neutral category added to each of <paramref name="dimensions"/> the file defines.</summary>
    /// <param name="yaml">The lexicon file's text.</param>
    /// <param name="dimensions">The ids of the dimensions that need one (and have none).</param>
    /// <param name="added">The ids of the dimensions that got one.</param>
    /// <returns>The text with the categories added (the same text when none was).</returns>
    public static string Add(string yaml, IReadOnlySet<string> dimensions, out HashSet<string> added)
    {
        added = new HashSet<string>(StringComparer.Ordinal);
        if (dimensions.Count == 0)
        {
            return yaml;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return yaml; // a layout this reading does not take (the lexicon's own reader took it): no category is added
        }

        if (stream.Documents.Count == 0
            || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("dimensions"), out var section)
            || section is not YamlSequenceNode sequence)
        {
            return yaml;
        }

        var insertions = new List<(int Index, string Text)>();
        foreach (var dimension in sequence.Children.OfType<YamlMappingNode>())
        {
            var id = dimension.Children.FirstOrDefault(p => p.Key is YamlScalarNode { Value: "id" });
            if (id.Value is not YamlScalarNode { Value: { } value } || !dimensions.Contains(value) || !added.Add(value))
            {
                continue;
            }

            var end = checked((int)id.Value.End.Index);
            if (dimension.Style == YamlDotNet.Core.Events.MappingStyle.Flow)
            {
                insertions.Add((end, ", " + Category));
            }
            else
            {
                // In a block mapping only a comment can follow a key's value on its line.
                var lineEnd = yaml.AsSpan(end).IndexOfAny("\r\n\u0085\u2028\u2029");
                var indentation = new string(' ', checked((int)id.Key.Start.Column) - 1);
                insertions.Add((lineEnd < 0 ? yaml.Length : end + lineEnd, "\n" + indentation + Category));
            }
        }

        var text = yaml;
        foreach (var (index, insert) in insertions.OrderByDescending(i => i.Index))
        {
            text = text.Insert(index, insert);
        }

        return text;
    }
}
