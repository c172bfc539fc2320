using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Framing.Lexicons.Import;

/// <summary>
/// The key-value pairs of a YAML mapping with its merge keys applied, as R's yaml package (which quanteda reads
/// dictionaries with) applies them: <c>&lt;&lt;: *base</c> adds the pairs of the mapping <c>base</c> names, and
/// <c>&lt;&lt;: [*a, *b]</c> those of each mapping in turn; a key the mapping has itself wins over a merged one, and of
/// two merged mappings the earlier one wins (<see href="https://yaml.org/type/merge.html"/>). Merged pairs take the
/// merge key's place among the others. YamlDotNet's tree keeps <c>&lt;&lt;</c> as an ordinary key, and its
/// <c>MergingParser</c> pastes the merged pairs in without letting the mapping's own keys win (a duplicate key).
/// </summary>
internal static class YamlMergeKeys
{
    /// <summary>The tag of an explicit merge key (<c>!!merge &lt;&lt;</c>).</summary>
    private const string MergeTag = "tag:yaml.org,2002:merge";

    /// <summary>The pairs of <paramref name="map"/>, merge keys applied.</summary>
    /// <param name="map">The mapping.</param>
    /// <param name="place">Where the mapping is written when that is not where its nodes stand: the alias it was reached
    /// through (the tree puts the named node, with the anchor's positions, in an alias's place); null otherwise.</param>
    /// <param name="aliases">Where the document's aliases stand.</param>
    /// <param name="sourceName">The name used in locations.</param>
    /// <param name="errors">Gets a merge key whose value is not a mapping or a list of mappings.</param>
    /// <returns>The pairs, in order, each with where its key and value are written when that is not where their nodes stand.</returns>
    public static List<YamlPair> Pairs(YamlMappingNode map, SourceLocation? place, YamlAliasPlaces aliases, string sourceName, List<Diagnostic> errors)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(aliases);
        ArgumentNullException.ThrowIfNull(errors);
        var own = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in map.Children.Keys)
        {
            if (!IsMergeKey(key) && key is YamlScalarNode { Value: { } text })
            {
                own.Add(text.Trim());
            }
        }

        var pairs = new List<YamlPair>();
        var index = 0;
        foreach (var (key, value) in map.Children)
        {
            var keyPlace = place ?? aliases.Of(map, index);
            var valuePlace = place ?? aliases.Of(map, index + 1);
            index += 2;
            if (!IsMergeKey(key))
            {
                pairs.Add(new YamlPair(key, value, keyPlace, valuePlace));
                continue;
            }

            foreach (var (source, sourcePlace) in Sources(value, valuePlace, aliases, sourceName, errors))
            {
                foreach (var merged in Pairs(source, sourcePlace, aliases, sourceName, errors))
                {
                    // The mapping's own keys win, then those merged before (an earlier mapping of the list).
                    if (merged.Key is not YamlScalarNode { Value: { } text } || own.Add(text.Trim()))
                    {
                        pairs.Add(merged);
                    }
                }
            }
        }

        return pairs;
    }

    /// <summary>Whether <paramref name="key"/> is a merge key: a plain <c>&lt;&lt;</c>, or one tagged <c>!!merge</c>.</summary>
    private static bool IsMergeKey(YamlNode key) =>
        key is YamlScalarNode { Value: "<<" } scalar
        && (scalar.Tag.IsEmpty ? scalar.Style == ScalarStyle.Plain : scalar.Tag.Value == MergeTag);

    /// <summary>The mappings a merge key's value names: itself, or each item of a list, with where each is written.</summary>
    private static List<(YamlMappingNode Map, SourceLocation? Place)> Sources(YamlNode value, SourceLocation? place, YamlAliasPlaces aliases, string sourceName, List<Diagnostic> errors)
    {
        var sources = new List<(YamlMappingNode, SourceLocation?)>();
        switch (value)
        {
            case YamlMappingNode map:
                sources.Add((map, place));
                break;
            case YamlSequenceNode list when list.Children.All(item => item is YamlMappingNode):
                for (var i = 0; i < list.Children.Count; i++)
                {
                    sources.Add(((YamlMappingNode)list.Children[i], place ?? aliases.Of(list, i)));
                }

                break;
            default:
                errors.Add(new Diagnostic(
                    place ?? YamlLoader.At(sourceName, value.Start),
                    "the merge key '<<' must name a mapping of categories (<<: *anchor) or a list of them (<<: [*a, *b])"));
                break;
        }

        return sources;
    }
}
