using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Framing.Lexicons.Import;

/// <summary>
/// Reads a quanteda dictionary in YAML, as written by quanteda's <c>as.yaml()</c> and read by
/// <c>dictionary(file = ..., format = "YAML")</c>: a mapping of category keys to lists of glob patterns.
/// </summary>
/// <remarks>
/// <para>
/// Keys may nest; a nested category's name joins the keys with '.' as quanteda does (<c>parent.child</c>). A key
/// mapping to a single text is a one-pattern category; quanteda's <c>__</c> key holds the patterns of the parent key
/// itself. Values with spaces are phrases. A key mapping to nothing (<c>a: []</c>, <c>a: {}</c>, <c>a:</c>) is a category
/// without patterns. Merge keys (<c>&lt;&lt;: *base</c>) are applied as R's yaml package applies them
/// (<see cref="YamlMergeKeys"/>), and a category reached through an alias is placed at the alias.
/// </para>
/// <para>
/// Glob patterns: a <c>*</c> at the end of a word (a prefix) is supported. A pattern with <c>?</c>, with <c>*</c>
/// elsewhere, or a lone <c>*</c> cannot be expressed as a Framing pattern: it is <b>skipped with a warning</b>
/// (file:line:column) in <see cref="ImportedDictionary.Warnings"/>, so that one unusual pattern does not block a large
/// dictionary. Malformed YAML or a file that is not a mapping is an <see cref="ImportException"/>.
/// </para>
/// </remarks>
internal static class QuantedaDictionaryReader
{
    /// <summary>The format name used in notes and messages.</summary>
    public const string FormatName = "quanteda";

    /// <summary>Reads a quanteda YAML dictionary file (UTF-8, with or without a byte-order mark).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The categories and their patterns, with warnings about skipped patterns.</returns>
    /// <exception cref="ImportException">The file cannot be read or is not a quanteda YAML dictionary.</exception>
    public static ImportedDictionary ReadFile(string path) => Read(DictionaryText.ReadFile(path), path);

    /// <summary>Reads quanteda YAML dictionary text.</summary>
    /// <param name="yaml">The YAML text.</param>
    /// <param name="sourceName">The name used in locations and notes (usually the path).</param>
    /// <returns>The categories and their patterns, with warnings about skipped patterns.</returns>
    /// <exception cref="ImportException">The text is not a quanteda YAML dictionary.</exception>
    public static ImportedDictionary Read(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        var node = DictionaryText.LoadYaml(yaml, sourceName, "a quanteda YAML dictionary", out var aliases);
        if (node is not YamlMappingNode root)
        {
            var at = node is null ? new SourceLocation(sourceName, 1, 1) : At(sourceName, node);
            throw new ImportException(new Diagnostic(at, "a quanteda YAML dictionary must be a mapping of category keys to lists of patterns"));
        }

        var state = new State(sourceName, aliases);
        state.ReadMapping(root, prefix: null, place: null);
        ImportException.ThrowIfAny(state.Errors);
        return new ImportedDictionary(sourceName, FormatName, state.Categories, state.Warnings, state.SkippedPatterns);
    }

    /// <summary>The tag of a YAML set (<c>!!set</c>).</summary>
    private const string SetTag = "tag:yaml.org,2002:set";

    private static SourceLocation At(string sourceName, YamlNode node) =>
        new(sourceName, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column));

    /// <summary>
    /// Reads the categories. A node reached through an alias (<c>alias: *anchor</c>, or a merge key's <c>*anchor</c>) is
    /// placed at the alias, not at the anchor the tree gives its positions from: a category's patterns are where the
    /// category is written. Each method takes that place (null when the node stands where it is written).
    /// </summary>
    private sealed class State(string sourceName, YamlAliasPlaces aliases)
    {
        private readonly Dictionary<string, (List<ImportedPattern> Patterns, SourceLocation Location)> _byName = new(StringComparer.Ordinal);

        public List<ImportedCategory> Categories { get; } = [];

        public List<Diagnostic> Errors { get; } = [];

        public List<Diagnostic> Warnings { get; } = [];

        public int SkippedPatterns { get; private set; }

        public void ReadMapping(YamlMappingNode map, string? prefix, SourceLocation? place) =>
            ReadPairs(YamlMergeKeys.Pairs(map, place, aliases, sourceName, Errors), prefix);

        private void ReadPairs(List<YamlPair> pairs, string? prefix)
        {
            foreach (var pair in pairs)
            {
                var keyLocation = pair.KeyPlace ?? At(sourceName, pair.Key);
                if (pair.Key is not YamlScalarNode { Value: { } key } || string.IsNullOrWhiteSpace(key))
                {
                    Errors.Add(new Diagnostic(keyLocation, "a category key must be non-empty text"));
                    continue;
                }

                key = key.Trim();
                var name = key == "__" && prefix is not null ? prefix : prefix is null ? key : prefix + "." + key;
                ReadValue(pair.Value, name, keyLocation, pair.ValuePlace);
            }
        }

        private void ReadValue(YamlNode value, string name, SourceLocation keyLocation, SourceLocation? place)
        {
            switch (value)
            {
                case YamlMappingNode set when set.Tag.IsGlobal && set.Tag.Value == SetTag:
                    // A YAML set (!!set {good, fine}) is a list of patterns written as keys with null values.
                    var members = Category(name, keyLocation);
                    foreach (var member in set.Children.Keys)
                    {
                        if (member is YamlScalarNode scalar)
                        {
                            AddPattern(members, scalar, name, place);
                        }
                        else
                        {
                            Errors.Add(new Diagnostic(place ?? At(sourceName, member), $"items of category '{name}' must be patterns (text) or nested categories"));
                        }
                    }

                    break;
                case YamlMappingNode nested:
                    var pairs = YamlMergeKeys.Pairs(nested, place, aliases, sourceName, Errors);
                    if (pairs.Count == 0)
                    {
                        // 'a: {}' is a category without patterns, as 'a: []' is (the importer warns of it).
                        Category(name, keyLocation);
                    }

                    ReadPairs(pairs, name);
                    break;
                case YamlSequenceNode sequence:
                    var patterns = Category(name, keyLocation);
                    for (var i = 0; i < sequence.Children.Count; i++)
                    {
                        var item = sequence.Children[i];
                        var itemPlace = place ?? aliases.Of(sequence, i);
                        switch (item)
                        {
                            case YamlScalarNode scalar:
                                AddPattern(patterns, scalar, name, itemPlace);
                                break;
                            case YamlMappingNode nested:
                                ReadMapping(nested, name, itemPlace);
                                break;
                            default:
                                Errors.Add(new Diagnostic(itemPlace ?? At(sourceName, item), $"items of category '{name}' must be patterns (text) or nested categories"));
                                break;
                        }
                    }

                    break;
                case YamlScalarNode scalar:
                    var single = Category(name, keyLocation);
                    if (!YamlNulls.IsNull(scalar))
                    {
                        AddPattern(single, scalar, name, place);
                    }

                    break;
                default:
                    Errors.Add(new Diagnostic(place ?? At(sourceName, value), $"category '{name}' must map to a list of patterns or to nested categories"));
                    break;
            }
        }

        private List<ImportedPattern> Category(string name, SourceLocation location)
        {
            if (_byName.TryGetValue(name, out var existing))
            {
                if (existing.Location != location)
                {
                    Errors.Add(new Diagnostic(location, $"duplicate category '{name}' (first defined at line {existing.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture)})"));
                }

                return existing.Patterns;
            }

            var patterns = new List<ImportedPattern>();
            _byName[name] = (patterns, location);
            Categories.Add(new ImportedCategory(name, patterns, location));
            return patterns;
        }

        private void AddPattern(List<ImportedPattern> patterns, YamlScalarNode scalar, string category, SourceLocation? place)
        {
            var location = place ?? At(sourceName, scalar);
            var text = scalar.Value ?? string.Empty;
            if (string.IsNullOrWhiteSpace(text) || YamlNulls.IsNull(scalar))
            {
                Warnings.Add(new Diagnostic(location, $"empty pattern in category '{category}' skipped", DiagnosticSeverity.Warning));
                SkippedPatterns++;
                return;
            }

            if (Wildcards.Check(text) is { } problem)
            {
                Warnings.Add(new Diagnostic(location, $"pattern of category '{category}' skipped: {problem}", DiagnosticSeverity.Warning));
                SkippedPatterns++;
                return;
            }

            patterns.Add(new ImportedPattern(Wildcards.Clean(text), location));
        }
    }
}
