using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Framing.Lexicons;

/// <summary>
/// The plain scalars YAML resolves as null (<c>~</c>, <c>null</c>, <c>Null</c>, <c>NULL</c>, or nothing at all), which
/// YamlDotNet's node tree keeps as text: a lexicon's <c>note: ~</c> was the note "~", and <c>pattern: null</c> matched the
/// word "null". A quoted <c>"null"</c> is text.
/// </summary>
internal static class YamlNulls
{
    /// <summary>Whether <paramref name="scalar"/> is a plain scalar that YAML resolves as null.</summary>
    /// <param name="scalar">The scalar.</param>
    /// <returns>True for a plain <c>~</c>, <c>null</c>, <c>Null</c>, <c>NULL</c> or empty value.</returns>
    public static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain
        && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>
    /// Makes every null value under <paramref name="root"/> (of a mapping or an item of a list; keys stay as written)
    /// empty text, so that readers report it as they report an empty value ("'note' of the entry is empty").
    /// </summary>
    /// <param name="root">The document's root node.</param>
    public static void Empty(YamlNode root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance); // an alias is the node it names, once
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (!seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YamlScalarNode scalar when IsNull(scalar):
                    scalar.Value = string.Empty;
                    break;
                case YamlMappingNode map:
                    foreach (var pair in map.Children)
                    {
                        pending.Push(pair.Value);
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var item in sequence.Children)
                    {
                        pending.Push(item);
                    }

                    break;
            }
        }
    }
}
