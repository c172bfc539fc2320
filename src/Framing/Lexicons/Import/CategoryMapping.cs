using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Framing.Lexicons.Import;

/// <summary>
/// Says which dimension and pole (or neutral) each category of an imported dictionary goes to, with an optional
/// weight; categories without a rule are skipped by <see cref="LexiconImporter"/> and reported.
/// </summary>
/// <remarks>
/// <para>A rule is written <c>CATEGORY=DIMENSION/POLE</c> or <c>CATEGORY=DIMENSION/POLE@WEIGHT</c> (see <see cref="FromRules"/>).</para>
/// <para>A mapping file is YAML (or JSON):</para>
/// <code>
/// categories:
///   terrorism: { dimension: armed-opposition, pole: terrorism, weight: 0.5 }
///   rebels: armed-opposition/opposition          # the rule form also works
///   fighters: { dimension: armed-opposition, pole: neutral }
/// dimensions:                                    # optional: which pole is a and which is b
///   armed-opposition: { a: terrorism, b: opposition, description: How armed opponents are named. }
/// </code>
/// <para>
/// Without a <c>dimensions</c> entry, pole a of a dimension is the first pole id the rules name for it and pole b the
/// second; naming a third pole for one dimension is an error.
/// </para>
/// </remarks>
public sealed class CategoryMapping
{
    private static readonly string[] TopKeys = ["categories", "dimensions"];
    private static readonly string[] CategoryKeys = ["dimension", "pole", "weight"];
    private static readonly string[] DimensionKeys = ["a", "b", "description"];

    private readonly Dictionary<string, CategoryRule> _byCategory;

    /// <summary>Creates a mapping from rules and optional dimension definitions, checking them.</summary>
    /// <param name="rules">The rules; each category at most once.</param>
    /// <param name="dimensions">Dimensions whose poles a and b are given explicitly (their <see cref="MappedDimension.HasNeutral"/> is recomputed from the rules).</param>
    /// <exception cref="ImportException">An id is invalid, a weight is out of range, a category is mapped twice, or a dimension gets more than two poles.</exception>
    public CategoryMapping(IEnumerable<CategoryRule> rules, IEnumerable<MappedDimension>? dimensions = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new List<ImportError>();
        var ruleList = rules.ToList();
        _byCategory = new Dictionary<string, CategoryRule>(StringComparer.Ordinal);
        foreach (var rule in ruleList)
        {
            errors.AddRange(Check(rule));
            if (_byCategory.TryGetValue(rule.Category, out var first))
            {
                errors.Add(new ImportError(rule.Location, $"category '{rule.Category}' is mapped twice (first at {first.Location})"));
            }
            else
            {
                _byCategory[rule.Category] = rule;
            }
        }

        Rules = ruleList;
        Dimensions = ResolveDimensions(ruleList, dimensions ?? [], errors);
        ImportException.ThrowIfAny(errors);
    }

    /// <summary>The rules, in the order given.</summary>
    public IReadOnlyList<CategoryRule> Rules { get; }

    /// <summary>The dimensions the rules name, in order of first mention (explicitly defined dimensions first), with their poles.</summary>
    public IReadOnlyList<MappedDimension> Dimensions { get; }

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
        var errors = new List<ImportError>();
        var parsed = new List<CategoryRule>();
        var line = 0;
        foreach (var text in rules)
        {
            line++;
            var location = new SourceLocation(sourceName, line, 1);
            var eq = text.LastIndexOf('=');
            if (eq <= 0 || string.IsNullOrWhiteSpace(text[..eq]))
            {
                errors.Add(new ImportError(location, $"invalid mapping \"{text}\": expected CATEGORY=DIMENSION/POLE or CATEGORY=DIMENSION/POLE@WEIGHT"));
                continue;
            }

            if (TryParseTarget(text[(eq + 1)..], out var target, out var error))
            {
                parsed.Add(new CategoryRule(text[..eq].Trim(), target, location));
            }
            else
            {
                errors.Add(new ImportError(location with { Column = eq + 2 }, $"invalid mapping \"{text}\": {error}"));
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
        var stream = DictionaryText.LoadYaml(text, sourceName);

        var reader = new YamlNodeReader(sourceName);
        var errors = new List<ImportError>();
        var rules = new List<CategoryRule>();
        var dimensions = new List<MappedDimension>();
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new ImportException(new ImportError(new SourceLocation(sourceName, 1, 1), "a mapping file must be a mapping with 'categories' (and optionally 'dimensions')"));
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

        errors.AddRange(reader.Errors.Select(e => new ImportError(e.Location, e.Message)));
        if (errors.Count > 0)
        {
            // Report the problems of the valid rules too (a third pole, a category mapped twice).
            try
            {
                _ = new CategoryMapping(rules, dimensions);
            }
            catch (ImportException e)
            {
                errors.AddRange(e.Errors);
            }

            ImportException.ThrowIfAny(errors);
        }

        return new CategoryMapping(rules, dimensions);
    }

    /// <summary>
    /// The rule for <paramref name="category"/>: the rule naming it, or else the rule for its nearest parent
    /// (<c>a.b</c> for <c>a.b.c</c>, then <c>a</c>).
    /// </summary>
    /// <param name="category">The category name.</param>
    /// <returns>The rule, or null when the category is unmapped.</returns>
    public CategoryRule? Resolve(string category)
    {
        ArgumentNullException.ThrowIfNull(category);
        var name = category;
        while (true)
        {
            if (_byCategory.TryGetValue(name, out var rule))
            {
                return rule;
            }

            var dot = name.LastIndexOf('.');
            if (dot <= 0)
            {
                return null;
            }

            name = name[..dot];
        }
    }

    /// <summary>Parses <c>DIMENSION/POLE</c> or <c>DIMENSION/POLE@WEIGHT</c>.</summary>
    internal static bool TryParseTarget(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CategoryTarget? target, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        target = null;
        decimal? weight = null;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            var weightText = text[(at + 1)..].Trim();
            if (!YamlNodeReader.TryParseDecimal(weightText, out var w))
            {
                error = $"weight '{weightText}' is not a number";
                return false;
            }

            weight = w;
            text = text[..at];
        }

        var parts = text.Split('/');
        if (parts.Length != 2 || parts[0].Trim().Length == 0 || parts[1].Trim().Length == 0)
        {
            error = "expected DIMENSION/POLE after '=' (for example armed-opposition/terrorism)";
            return false;
        }

        var candidate = new CategoryTarget(parts[0].Trim(), parts[1].Trim(), weight);
        error = CheckTarget(candidate);
        if (error is not null)
        {
            return false;
        }

        target = candidate;
        return true;
    }

    private static string? CheckTarget(CategoryTarget target)
    {
        if (!LexiconYamlReader.IsIdentifier(target.DimensionId))
        {
            return $"dimension id '{target.DimensionId}' must use lower-case letters, digits and '-'";
        }

        if (!LexiconYamlReader.IsIdentifier(target.PoleId))
        {
            return $"pole id '{target.PoleId}' must use lower-case letters, digits and '-' (or be 'neutral')";
        }

        if (target.Weight is { } weight)
        {
            if (weight <= 0 || weight > 1)
            {
                return string.Create(CultureInfo.InvariantCulture, $"weight {weight} is out of range: it must be in (0, 1]");
            }

            if (weight * 1000 != decimal.Truncate(weight * 1000))
            {
                return string.Create(CultureInfo.InvariantCulture, $"weight {weight} has more than three decimals");
            }
        }

        return null;
    }

    private static IEnumerable<ImportError> Check(CategoryRule rule)
    {
        if (string.IsNullOrWhiteSpace(rule.Category))
        {
            yield return new ImportError(rule.Location, "empty category name");
        }

        if (CheckTarget(rule.Target) is { } error)
        {
            yield return new ImportError(rule.Location, $"category '{rule.Category}': {error}");
        }
    }

    private static CategoryRule? ReadRule(YamlNode key, YamlNode value, YamlNodeReader reader, List<ImportError> errors)
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

            errors.Add(new ImportError(reader.At(scalar), $"category '{category}': {error}"));
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
                reader.Error(weightNode, $"weight '{text}' is not a number");
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
            errors.Add(new ImportError(reader.At(node), $"category '{category}': {problem}"));
            return null;
        }

        return new CategoryRule(category, candidate, location);
    }

    private static List<MappedDimension> ResolveDimensions(List<CategoryRule> rules, IEnumerable<MappedDimension> explicitDimensions, List<ImportError> errors)
    {
        var order = new List<string>();
        var byId = new Dictionary<string, MappedDimension>(StringComparer.Ordinal);
        foreach (var dimension in explicitDimensions)
        {
            var problem = !LexiconYamlReader.IsIdentifier(dimension.Id) ? $"dimension id '{dimension.Id}' must use lower-case letters, digits and '-'"
                : byId.ContainsKey(dimension.Id) ? $"dimension '{dimension.Id}' is defined twice"
                : BadPole(dimension.PoleA, "a") ?? BadPole(dimension.PoleB, "b")
                ?? (dimension.PoleA is not null && string.Equals(dimension.PoleA, dimension.PoleB, StringComparison.Ordinal) ? $"poles a and b of dimension '{dimension.Id}' are both '{dimension.PoleA}'" : null);
            if (problem is not null)
            {
                errors.Add(new ImportError(dimension.Location, problem));
                continue;
            }

            order.Add(dimension.Id);
            byId[dimension.Id] = dimension with { HasNeutral = false };
        }

        foreach (var rule in rules)
        {
            var target = rule.Target;
            if (!byId.TryGetValue(target.DimensionId, out var dimension))
            {
                dimension = new MappedDimension(target.DimensionId, null, null, false, null, rule.Location);
                order.Add(target.DimensionId);
            }

            if (target.IsNeutral)
            {
                dimension = dimension with { HasNeutral = true };
            }
            else if (string.Equals(dimension.PoleA, target.PoleId, StringComparison.Ordinal) || string.Equals(dimension.PoleB, target.PoleId, StringComparison.Ordinal))
            {
                // Already a pole of the dimension.
            }
            else if (dimension.PoleA is null)
            {
                dimension = dimension with { PoleA = target.PoleId };
            }
            else if (dimension.PoleB is null)
            {
                dimension = dimension with { PoleB = target.PoleId };
            }
            else
            {
                errors.Add(new ImportError(rule.Location, $"category '{rule.Category}' maps to a third pole '{target.PoleId}' of dimension '{target.DimensionId}', which already has poles '{dimension.PoleA}' (a) and '{dimension.PoleB}' (b)"));
            }

            byId[target.DimensionId] = dimension;
        }

        return [.. order.Select(id => byId[id])];
    }

    private static string? BadPole(string? pole, string side) =>
        pole is null ? null
        : string.Equals(pole, CategoryTarget.NeutralPoleId, StringComparison.Ordinal) ? $"pole {side} cannot be 'neutral' (neutral is not a pole)"
        : !LexiconYamlReader.IsIdentifier(pole) ? $"pole id '{pole}' must use lower-case letters, digits and '-'"
        : null;
}
