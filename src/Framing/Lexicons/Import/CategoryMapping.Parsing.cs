using YamlDotNet.RepresentationModel;

namespace Framing.Lexicons.Import;

// Reading a mapping: command-line rules, or a YAML/JSON mapping file.
internal sealed partial class CategoryMapping
{
    private static readonly string[] TopKeys = ["categories", "dimensions"];
    private static readonly string[] CategoryKeys = ["dimension", "pole", "weight"];
    private static readonly string[] DimensionKeys = ["a", "b", "description"];

    /// <summary>
    /// Parses command-line rules, each <c>CATEGORY=DIMENSION/POLE</c> or <c>CATEGORY=DIMENSION/POLE@WEIGHT</c> (for example
    /// <c>terrorism=armed-opposition/terrorism@0.5</c>). The category is everything before the last '=', so category
    /// names may contain '@', '/' and '.'; POLE may be <c>neutral</c>.
    /// </summary>
    /// <param name="rules">The rules.</param>
    /// <param name="sourceName">The name used in error locations; the line is the rule's position (1-based).</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ImportException">A rule is malformed or invalid; every problem is listed.</exception>
    public static CategoryMapping FromRules(IEnumerable<string> rules, string sourceName = "rules")
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(sourceName);
        var errors = new List<Diagnostic>();
        var parsed = new List<CategoryRule>();
        var line = 0;
        foreach (var text in rules)
        {
            line++;
            var location = new SourceLocation(sourceName, line, 1);
            var eq = text.LastIndexOf('=');
            if (eq <= 0 || string.IsNullOrWhiteSpace(text[..eq]))
            {
                errors.Add(new Diagnostic(location, $"invalid mapping \"{text}\": expected CATEGORY=DIMENSION/POLE or CATEGORY=DIMENSION/POLE@WEIGHT"));
                continue;
            }

            if (TryParseTarget(text[(eq + 1)..], out var target, out var error))
            {
                parsed.Add(new CategoryRule(text[..eq].Trim(), target, location));
            }
            else
            {
                errors.Add(new Diagnostic(location with { Column = eq + 2 }, $"invalid mapping \"{text}\": {error}"));
            }
        }

        ImportException.ThrowIfAny(errors);
        return new CategoryMapping(parsed);
    }

    /// <summary>Reads a mapping file (YAML or JSON; see the class remarks for the format).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ImportException">The file cannot be read or is invalid; every problem is listed with file:line:column.</exception>
    public static CategoryMapping LoadFile(string path) => Parse(DictionaryText.ReadFile(path), path);

    /// <summary>Parses mapping text (YAML or JSON; see the class remarks for the format).</summary>
    /// <param name="text">The text.</param>
    /// <param name="sourceName">The name used in error locations.</param>
    /// <returns>The mapping.</returns>
    /// <exception cref="ImportException">The text is invalid; every problem is listed with file:line:column.</exception>
    public static CategoryMapping Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var node = DictionaryText.LoadYaml(text, sourceName, "a mapping file");

        var reader = new YamlNodeReader(sourceName);
        var errors = new List<Diagnostic>();
        var rules = new List<CategoryRule>();
        var dimensions = new List<MappedDimension>();
        if (node is not YamlMappingNode root)
        {
            throw new ImportException(new Diagnostic(new SourceLocation(sourceName, 1, 1), "a mapping file must be a mapping with 'categories' (and optionally 'dimensions')"));
        }

        reader.CheckKeys(root, "the mapping file", TopKeys);
        var categories = reader.Mapping(reader.Get(root, "categories"), "'categories'");
        if (categories is null || categories.Children.Count == 0)
        {
            reader.Error(reader.Get(root, "categories") ?? root, "the mapping file needs at least one category in 'categories'");
        }
        else
        {
            foreach (var pair in categories.Children)
            {
                if (ReadRule(pair.Key, pair.Value, reader, errors) is { } rule)
                {
                    rules.Add(rule);
                }
            }
        }

        if (reader.Mapping(reader.Get(root, "dimensions"), "'dimensions'") is { } dims)
        {
            foreach (var pair in dims.Children)
            {
                var id = (pair.Key as YamlScalarNode)?.Value?.Trim() ?? string.Empty;
                if (reader.Mapping(pair.Value, $"dimension '{id}'") is not { } map)
                {
                    continue;
                }

                reader.CheckKeys(map, $"dimension '{id}'", DimensionKeys);
                var a = reader.OptionalString(map, "a")?.Trim();
                var b = reader.OptionalString(map, "b")?.Trim();
                dimensions.Add(new MappedDimension(id, string.IsNullOrEmpty(a) ? null : a, string.IsNullOrEmpty(b) ? null : b, false, reader.OptionalString(map, "description")?.Trim(), reader.At(pair.Key)));
            }
        }

        errors.AddRange(reader.Errors.Select(e => new Diagnostic(e.Location, e.Message)));
        if (errors.Count > 0)
        {
            // Report the problems of the valid rules too (a third pole, a category mapped twice).
            _ = Validate(rules, dimensions, errors);
            ImportException.ThrowIfAny(errors);
        }

        return new CategoryMapping(rules, dimensions);
    }

    private static CategoryRule? ReadRule(YamlNode key, YamlNode value, YamlNodeReader reader, List<Diagnostic> errors)
    {
        var category = (key as YamlScalarNode)?.Value?.Trim();
        if (string.IsNullOrEmpty(category))
        {
            reader.Error(key, "a category name must be non-empty text");
            return null;
        }

        var location = reader.At(key);
        if (value is YamlScalarNode scalar)
        {
            if (TryParseTarget(scalar.Value ?? string.Empty, out var target, out var error))
            {
                return new CategoryRule(category, target, location);
            }

            errors.Add(new Diagnostic(reader.At(scalar), $"category '{category}': {error}"));
            return null;
        }

        if (reader.Mapping(value, $"category '{category}'") is not { } map)
        {
            return null;
        }

        var before = reader.Errors.Count;
        reader.CheckKeys(map, $"category '{category}'", CategoryKeys);
        var dimension = reader.RequiredString(map, "dimension", $"category '{category}'");
        var pole = reader.RequiredString(map, "pole", $"category '{category}'");
        decimal? weight = null;
        if (reader.Get(map, "weight") is { } weightNode)
        {
            var text = (weightNode as YamlScalarNode)?.Value?.Trim() ?? string.Empty;
            if (YamlNodeReader.TryParseDecimal(text, out var w))
            {
                weight = w;
            }
            else
            {
                reader.Error(weightNode, YamlNodeReader.UnreadWeight(text));
            }
        }

        if (reader.Errors.Count > before)
        {
            return null;
        }

        var candidate = new CategoryTarget(dimension, pole, weight);
        if (CheckTarget(candidate) is { } problem)
        {
            var node = problem.StartsWith("weight", StringComparison.Ordinal) ? reader.Get(map, "weight")!
                : problem.StartsWith("pole", StringComparison.Ordinal) ? reader.Get(map, "pole")!
                : reader.Get(map, "dimension")!;
            errors.Add(new Diagnostic(reader.At(node), $"category '{category}': {problem}"));
            return null;
        }

        return new CategoryRule(category, candidate, location);
    }
}
