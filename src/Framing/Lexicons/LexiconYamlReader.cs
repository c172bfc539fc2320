using Framing.Text;
using YamlDotNet.RepresentationModel;

namespace Framing.Lexicons;

/// <summary>
/// Reads the lexicon YAML format (documented in lexicons/README.md) and validates it, collecting every problem
/// with its file:line:column before throwing one <see cref="LexiconException"/>.
/// </summary>
internal static class LexiconYamlReader
{
    private static readonly string[] TopKeys =
    [
        "id", "version", "title", "description", "license", "authors", "citation", "languages", "analysis", "dimensions", "composites", "entries",
        "actors", "speech", "negation", "target-links", "scare-markers", "scope", "validation",
    ];

    private static readonly string[] DimensionKeys = ["id", "description", "poles", "neutral", "target", "target-default"];
    private static readonly string[] PoleKeys = ["id", "label", "description", "examples"];
    private static readonly string[] NeutralKeys = ["label", "description", "examples"];
    private static readonly string[] CompositeKeys = ["id", "description", "components"];
    private static readonly string[] ComponentKeys = ["dimension", "sign"];

    public static Lexicon Read(string text, string sourceName, LanguageRegistry languages)
    {
        var reader = new YamlNodeReader(sourceName);
        var root = LoadRoot(text, reader);
        if (root is null)
        {
            throw new LexiconException(reader.Errors);
        }

        reader.CheckKeys(root, "the lexicon", TopKeys);
        var metadata = ReadMetadata(root, reader, languages);
        // The languages the file declares an analysis for join the registry: patterns, actors and context words of
        // theirs are normalized, and documents in them analyzed, with the declared profile.
        languages = BuiltInAnalyses.Extend(languages, metadata.Analysis);
        var targets = new TargetRuleReader(reader);
        var dimensions = ReadDimensions(root, reader, targets);
        var composites = ReadComposites(root, reader, dimensions);
        var actors = new ActorReader(reader, metadata, dimensions, languages).ReadAll(root);
        var context = ReadContext(root, reader, metadata, languages, actors);
        var entries = new EntryReader(reader, metadata, dimensions, languages, targets).ReadAll(root);
        targets.Validate(actors);
        ContextWordCollisions.Warn(reader, context, entries, languages);
        if (reader.Errors.Count > 0)
        {
            var errors = reader.Errors.OrderBy(e => e.Location.Line).ThenBy(e => e.Location.Column).ToArray();
            throw new LexiconException(errors) { Warnings = reader.Warnings };
        }

        return new Lexicon(metadata, dimensions, composites, entries, sourceName, context) { Languages = languages, Warnings = reader.Warnings };
    }

    private static LexiconContextRules ReadContext(YamlMappingNode root, YamlNodeReader reader, LexiconMetadata metadata, LanguageRegistry languages, List<Actor> actors)
    {
        var sections = new ContextSectionReader(reader, metadata, languages);
        var speech = sections.ReadSpeech(root);
        var negation = sections.ReadWords(root, "negation", ContextSectionReader.DefaultNegationWindow, 1, 10);
        var links = sections.ReadWords(root, "target-links", ContextSectionReader.DefaultLinkWindow, 0, 10);
        var scare = sections.ReadScareMarkers(root);
        var scope = sections.ReadScope(root);
        if (actors.Count == 0)
        {
            foreach (var key in new[] { "target-links", "scare-markers" })
            {
                if (reader.Get(root, key) is { } node)
                {
                    reader.Error(node, $"'{key}' needs 'actors': it relates labels to the actors named next to them");
                }
            }
        }

        return new LexiconContextRules(actors, speech, negation, links, scare, scope);
    }

    private static YamlMappingNode? LoadRoot(string text, YamlNodeReader reader)
    {
        if (!YamlLoader.TryLoad(text, reader.SourceName, "a lexicon file", out var node, out var error, out var aliases))
        {
            reader.Error(error.Location, error.Message);
            return null;
        }

        if (node is not YamlMappingNode root)
        {
            reader.Error(new SourceLocation(reader.SourceName, 1, 1), "a lexicon file must be a YAML mapping with id, version, dimensions and entries");
            return null;
        }

        YamlNulls.Empty(root); // note: ~ is a missing note, not the note "~"
        reader.Aliases = aliases;
        if (MergeKeys(root) is { Count: > 0 } mergeKeys)
        {
            // Each would be an unknown field '<<', and every key it was meant to bring a missing one: only the cause.
            foreach (var key in mergeKeys)
            {
                reader.Error(key, "merge keys (<<) are not supported in a lexicon: write the keys out");
            }

            return null;
        }

        return root;
    }

    /// <summary>The merge keys of the document (a plain <c>&lt;&lt;</c>, or one tagged <c>!!merge</c>), in file order; a
    /// node that aliases repeat is looked into once.</summary>
    private static List<YamlScalarNode> MergeKeys(YamlNode root)
    {
        var found = new List<YamlScalarNode>();
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
            {
                continue;
            }

            switch (node)
            {
                case YamlMappingNode map:
                    foreach (var (key, value) in map.Children)
                    {
                        if (key is YamlScalarNode { Value: "<<" } scalar
                            && (scalar.Tag.IsEmpty ? scalar.Style == YamlDotNet.Core.ScalarStyle.Plain : scalar.Tag.Value == "tag:yaml.org,2002:merge"))
                        {
                            found.Add(scalar);
                        }

                        pending.Push(value);
                    }

                    break;
                case YamlSequenceNode sequence:
                    foreach (var child in sequence.Children)
                    {
                        pending.Push(child);
                    }

                    break;
            }
        }

        return [.. found.OrderBy(k => k.Start.Line).ThenBy(k => k.Start.Column)];
    }

    // Whether a list has items, each an error of its own when none is usable ([null], [""]): the list is not empty.
    private static bool HasItems(YamlNode? node) => node is YamlSequenceNode { Children.Count: > 0 };

    private static LexiconMetadata ReadMetadata(YamlMappingNode root, YamlNodeReader reader, LanguageRegistry languages)
    {
        var id = reader.RequiredString(root, "id", "the lexicon");
        if (id.Length > 0 && !IsIdentifier(id))
        {
            reader.Error(reader.Get(root, "id")!, $"lexicon id '{id}' must use lower-case letters, digits and '-'");
        }

        var version = reader.RequiredString(root, "version", "the lexicon");
        if (version.Length > 0 && !MetadataFormats.IsSemanticVersion(version))
        {
            reader.Error(reader.Get(root, "version")!, $"version '{version}' is not a semantic version such as 1.0.0 (MAJOR.MINOR.PATCH)");
        }

        var title = reader.RequiredString(root, "title", "the lexicon");
        var description = reader.RequiredString(root, "description", "the lexicon");
        var license = reader.RequiredString(root, "license", "the lexicon");
        if (license.Length > 0 && !MetadataFormats.IsSpdxExpression(license))
        {
            reader.Error(reader.Get(root, "license")!, $"license '{license}' is not an SPDX license identifier or expression such as CC-BY-4.0, MIT OR Apache-2.0, or LicenseRef-NAME");
        }
        var authors = reader.StringList(root, "authors");
        if (authors.Count == 0 && !HasItems(reader.Get(root, "authors")))
        {
            reader.Missing(root, "authors", reader.Get(root, "authors") ?? root, "the lexicon needs at least one author in 'authors'");
        }

        var citation = reader.OptionalString(root, "citation");
        var langs = new List<string>();
        var items = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (lang, node) in reader.StringItems(root, "languages"))
        {
            if (langs.Contains(lang, StringComparer.Ordinal))
            {
                // Listed twice, it would be two columns of 'lexicons show' with one name.
                reader.Error(node, $"language '{lang}' is listed twice in 'languages'");
                continue;
            }

            if (NotALanguageCode(lang, languages) is { } problem)
            {
                // Not "declare how to analyze it, as in 'analysis: {EN: latin}'", advice that is an error of its own.
                reader.Error(node, $"'{lang}' in 'languages' {problem}");
            }

            langs.Add(lang);
            items[lang] = node;
        }

        if (langs.Count == 0 && !HasItems(reader.Get(root, "languages")))
        {
            reader.Missing(root, "languages", reader.Get(root, "languages") ?? root, "the lexicon needs at least one language in 'languages'");
        }

        var analysis = ReadAnalysis(root, reader, languages, langs);
        foreach (var lang in langs)
        {
            if (IsLanguageCode(lang) && !languages.TryGet(lang, out _) && !Declares(root, reader, lang))
            {
                reader.Error(
                    items[lang],
                    $"unsupported language '{lang}' (supported: {string.Join(", ", languages.Codes)}): declare how to analyze it, as in 'analysis: {{{lang}: latin}}' ({string.Join(", ", BuiltInAnalyses.Names)})");
            }
        }

        var validation = ValidationSectionReader.Read(root, reader);
        return new LexiconMetadata(id, version, title, description, license, authors, citation, langs, validation) { Analysis = analysis };
    }

    /// <summary>
    /// Reads <c>analysis</c>: for each language of <c>languages</c> that the registry has no profile for, the built-in
    /// analysis to use (<c>latin</c>, <c>arabic-script</c>, <c>arabic</c>). A language the registry knows (ar, en) keeps
    /// its own profile: naming it here is an error, as is a language not in <c>languages</c> or an unknown analysis.
    /// </summary>
    private static List<LanguageAnalysis> ReadAnalysis(YamlMappingNode root, YamlNodeReader reader, LanguageRegistry languages, IReadOnlyList<string> langs)
    {
        var analysis = new List<LanguageAnalysis>();
        if (reader.Mapping(reader.Get(root, "analysis"), "'analysis' (a language code, then latin, arabic-script or arabic)") is not { } map)
        {
            return analysis;
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            var code = keyNode is YamlScalarNode key ? key.Value?.Trim() ?? string.Empty : string.Empty;
            var name = valueNode is YamlScalarNode value ? value.Value?.Trim() ?? string.Empty : string.Empty;
            switch (BuiltInAnalyses.Check(code, name, languages, langs))
            {
                case AnalysisProblem.NotALanguageCode:
                    reader.Error(keyNode, $"'{code}' in 'analysis' is not a language code: use 2 or 3 lower-case letters (ISO 639), as in 'languages'");
                    continue;
                case AnalysisProblem.HasBuiltInProfile:
                    reader.Error(keyNode, $"language '{code}' has its own built-in analysis: remove it from 'analysis'");
                    continue;
                case AnalysisProblem.NotADeclaredLanguage:
                    reader.Error(keyNode, $"language '{code}' in 'analysis' is not in the lexicon's languages ({string.Join(", ", langs)})");
                    continue;
                case AnalysisProblem.UnknownAnalysis:
                    reader.Error(valueNode, $"unknown analysis '{name}' for language '{code}' (expected {string.Join(", ", BuiltInAnalyses.Names)})");
                    continue;
            }

            analysis.Add(new LanguageAnalysis(code, name));
        }

        return analysis;
    }

    /// <summary>Whether <c>analysis</c> has an entry for <paramref name="code"/>, valid or not (an invalid one is
    /// reported at its place, not again as an undeclared language).</summary>
    private static bool Declares(YamlMappingNode root, YamlNodeReader reader, string code) =>
        reader.Get(root, "analysis") is YamlMappingNode map
        && map.Children.Keys.Any(k => k is YamlScalarNode key && string.Equals(key.Value?.Trim(), code, StringComparison.Ordinal));

    /// <summary>
    /// Why <paramref name="code"/> is no language code, as a clause that a caller prefixes with the code and its place
    /// (<c>is not a language code: use 2 or 3 lower-case letters (ISO 639); write 'en'</c>, naming the code in lower case
    /// when that is a language of <paramref name="languages"/>); null when it is one.
    /// </summary>
    /// <param name="code">The code as written.</param>
    /// <param name="languages">The languages with a profile.</param>
    /// <returns>The clause, or null.</returns>
    internal static string? NotALanguageCode(string code, LanguageRegistry languages)
    {
        if (IsLanguageCode(code))
        {
            return null;
        }

        var lower = code.ToLowerInvariant();
        return "is not a language code: use 2 or 3 lower-case letters (ISO 639)"
            + (IsLanguageCode(lower) && languages.TryGet(lower, out _) ? $"; write '{lower}'" : string.Empty);
    }

    /// <summary>Whether <paramref name="code"/> is 2 or 3 lower-case ASCII letters, as ISO 639 codes are.</summary>
    internal static bool IsLanguageCode(string code)
    {
        if (code.Length is < 2 or > 3)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static List<Dimension> ReadDimensions(YamlMappingNode root, YamlNodeReader reader, TargetRuleReader targets)
    {
        var dimensions = new List<Dimension>();
        var node = reader.Get(root, "dimensions");
        var seq = reader.Sequence(node, "'dimensions'");
        if (seq is null || seq.Children.Count == 0)
        {
            reader.Missing(root, "dimensions", node ?? root, "the lexicon needs at least one dimension in 'dimensions'");
            return dimensions;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in seq.Children)
        {
            var map = reader.Mapping(item, "a dimension");
            if (map is null)
            {
                continue;
            }

            reader.CheckKeys(map, "a dimension", DimensionKeys);
            var id = reader.RequiredString(map, "id", "a dimension");
            if (id.Length > 0 && !IsIdentifier(id))
            {
                reader.Error(reader.Get(map, "id")!, $"dimension id '{id}' must use lower-case letters, digits and '-'");
            }

            if (id.Length > 0 && !seen.Add(id))
            {
                reader.Error(reader.Get(map, "id")!, $"duplicate dimension '{id}'");
            }

            var description = reader.RequiredString(map, "description", $"dimension '{id}'");
            var poles = reader.Mapping(reader.Get(map, "poles"), $"'poles' of dimension '{id}'");
            if (poles is null)
            {
                reader.Error(map, $"dimension '{id}' has no 'poles' (a and b)");
                continue;
            }

            reader.CheckKeys(poles, $"'poles' of dimension '{id}'", "a", "b");
            var a = ReadPole(reader.Mapping(reader.Get(poles, "a"), "pole a"), reader, poles, id, "a");
            var b = ReadPole(reader.Mapping(reader.Get(poles, "b"), "pole b"), reader, poles, id, "b");
            if (a.Id.Length > 0 && string.Equals(a.Id, b.Id, StringComparison.Ordinal))
            {
                reader.Error(poles, $"the poles of dimension '{id}' have the same id '{a.Id}'");
            }

            Pole? neutral = null;
            if (reader.Mapping(reader.Get(map, "neutral"), $"'neutral' of dimension '{id}'") is { } neutralMap)
            {
                reader.CheckKeys(neutralMap, $"'neutral' of dimension '{id}'", NeutralKeys);
                neutral = new Pole(
                    "neutral",
                    reader.OptionalString(neutralMap, "label") ?? "Neutral",
                    reader.RequiredString(neutralMap, "description", $"the neutral category of '{id}'"),
                    reader.StringList(neutralMap, "examples"));
            }

            var (target, targetDefault) = targets.Read(map, $"dimension '{id}'");
            if (target is not null && targetDefault is null)
            {
                reader.Error(reader.Get(map, "target")!, $"dimension '{id}' has a 'target' rule but no 'target-default' (count or ignore): say what happens to labels with no actor in reach");
            }

            dimensions.Add(new Dimension(id, description, a, b, neutral, target, targetDefault ?? TargetDefault.Count));
        }

        return dimensions;
    }

    private static Pole ReadPole(YamlMappingNode? map, YamlNodeReader reader, YamlMappingNode parent, string dimension, string side)
    {
        if (map is null)
        {
            reader.Error(parent, $"dimension '{dimension}' has no pole '{side}'");
            return new Pole(string.Empty, string.Empty, string.Empty, []);
        }

        reader.CheckKeys(map, $"pole {side} of '{dimension}'", PoleKeys);
        var id = reader.RequiredString(map, "id", $"pole {side} of '{dimension}'");
        if (string.Equals(id, "neutral", StringComparison.Ordinal))
        {
            reader.Error(reader.Get(map, "id")!, "'neutral' is reserved for the neutral category and cannot be a pole id");
        }
        else if (id.Length > 0 && !IsIdentifier(id))
        {
            reader.Error(reader.Get(map, "id")!, $"pole id '{id}' must use lower-case letters, digits and '-'");
        }

        return new Pole(
            id,
            reader.RequiredString(map, "label", $"pole {side} of '{dimension}'"),
            reader.RequiredString(map, "description", $"pole {side} of '{dimension}'"),
            reader.StringList(map, "examples"));
    }

    private static List<CompositeIndex> ReadComposites(YamlMappingNode root, YamlNodeReader reader, List<Dimension> dimensions)
    {
        var composites = new List<CompositeIndex>();
        var seq = reader.Sequence(reader.Get(root, "composites"), "'composites'");
        if (seq is null)
        {
            return composites;
        }

        var ids = new HashSet<string>(dimensions.Select(d => d.Id), StringComparer.Ordinal);
        foreach (var item in seq.Children)
        {
            var map = reader.Mapping(item, "a composite");
            if (map is null)
            {
                continue;
            }

            reader.CheckKeys(map, "a composite", CompositeKeys);
            var id = reader.RequiredString(map, "id", "a composite");
            if (id.Length > 0 && !IsIdentifier(id))
            {
                // It names a column of every score table and a --fail-under ID=X rule, as a dimension's id does.
                reader.Error(reader.Get(map, "id")!, $"composite id '{PatternParser.Shown(id)}' must use lower-case letters, digits and '-'");
            }

            if (id.Length > 0 && !ids.Add(id))
            {
                reader.Error(reader.Get(map, "id")!, $"composite id '{id}' is already used by a dimension or composite");
            }

            var description = reader.RequiredString(map, "description", $"composite '{id}'");
            var components = new List<CompositeComponent>();
            var list = reader.Sequence(reader.Get(map, "components"), $"'components' of '{id}'");
            if (list is null || list.Children.Count == 0)
            {
                reader.Error(map, $"composite '{id}' needs at least one component");
            }
            else
            {
                var listed = new HashSet<string>(StringComparer.Ordinal);
                foreach (var c in list.Children)
                {
                    var cmap = reader.Mapping(c, "a component");
                    if (cmap is null)
                    {
                        continue;
                    }

                    reader.CheckKeys(cmap, "a component", ComponentKeys);
                    var dim = reader.RequiredString(cmap, "dimension", "a component");
                    // Without any dimension (an error of its own), every reference would be reported as unknown.
                    if (dim.Length > 0 && dimensions.Count > 0 && !dimensions.Exists(d => string.Equals(d.Id, dim, StringComparison.Ordinal)))
                    {
                        reader.Error(reader.Get(cmap, "dimension")!, $"unknown dimension '{dim}' in composite '{id}'");
                    }
                    else if (dim.Length > 0 && !listed.Add(dim))
                    {
                        // Listed twice, it would count twice: a weight of 2, which the format's signs do not allow.
                        reader.Error(reader.Get(cmap, "dimension")!, $"dimension '{dim}' is listed twice in composite '{id}'; a component has a sign, not a weight");
                    }

                    var signText = reader.OptionalString(cmap, "sign") ?? "1";
                    var sign = signText.Trim() switch
                    {
                        "1" or "+1" => 1,
                        "-1" => -1,
                        _ => 0,
                    };
                    if (sign == 0)
                    {
                        reader.Error(reader.Get(cmap, "sign")!, $"sign must be 1 or -1, not '{signText}'");
                    }

                    components.Add(new CompositeComponent(dim, sign));
                }
            }

            composites.Add(new CompositeIndex(id, description, components));
        }

        return composites;
    }

    internal static bool IsIdentifier(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
