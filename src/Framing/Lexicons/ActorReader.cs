using Framing.Text;
using YamlDotNet.RepresentationModel;

namespace Framing.Lexicons;

/// <summary>Reads and validates the <c>actors</c> of a lexicon file.</summary>
internal sealed class ActorReader(YamlNodeReader reader, LexiconMetadata metadata, List<Dimension> dimensions, LanguageRegistry languages)
{
    private static readonly string[] ActorKeys = ["id", "label", "description", "names", "scare"];
    private static readonly string[] ScareKeys = ["dimension", "pole", "weight"];

    private readonly Dictionary<string, (string Actor, int Line)> _names = new(StringComparer.Ordinal);

    public List<Actor> ReadAll(YamlMappingNode root)
    {
        var actors = new List<Actor>();
        var node = reader.Get(root, "actors");
        if (node is null)
        {
            return actors;
        }

        var seq = reader.Sequence(node, "'actors'");
        if (seq is null)
        {
            return actors;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in seq.Children)
        {
            if (reader.Mapping(item, "an actor") is not { } map)
            {
                continue;
            }

            reader.CheckKeys(map, "an actor", ActorKeys);
            var id = reader.RequiredString(map, "id", "an actor");
            if (id.Length > 0 && !LexiconYamlReader.IsIdentifier(id))
            {
                reader.Error(reader.Get(map, "id")!, $"actor id '{id}' must use lower-case letters, digits and '-'");
            }
            else if (id.Length > 0 && !seen.Add(id))
            {
                reader.Error(reader.Get(map, "id")!, $"duplicate actor '{id}'");
            }

            var label = reader.RequiredString(map, "label", $"actor '{id}'");
            var description = reader.RequiredString(map, "description", $"actor '{id}'");
            var names = ReadNames(map, id);
            var scare = ReadScare(map, id);
            actors.Add(new Actor(id, label, description, names, scare, reader.At(map)));
        }

        return actors;
    }

    private List<ActorName> ReadNames(YamlMappingNode map, string actor)
    {
        var names = new List<ActorName>();
        var node = reader.Get(map, "names");
        if (node is null)
        {
            reader.Error(map, $"actor '{actor}' has no 'names' (a list of names per language, e.g. names: {{ en: [...] }})");
            return names;
        }

        if (reader.Mapping(node, $"'names' of actor '{actor}'") is not { } byLanguage)
        {
            return names;
        }

        var given = false; // whether some language lists a name (valid or not: an invalid one is an error of its own)
        foreach (var (key, value) in byLanguage.Children)
        {
            given |= !ListsNothing(value);
            var lang = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!metadata.Languages.Contains(lang, StringComparer.Ordinal))
            {
                reader.Error(key, $"language '{lang}' of actor '{actor}' is not in the lexicon's languages ({string.Join(", ", metadata.Languages)})");
                continue;
            }

            if (!languages.TryGet(lang, out var profile))
            {
                continue; // a language without an analysis: the error is reported where the lexicon lists its languages
            }

            foreach (var (pattern, itemNode) in reader.StringItems(byLanguage, lang))
            {
                var words = PatternParser.TryParse(pattern, profile.Normalizer, out var error);
                if (words is null)
                {
                    reader.Error(itemNode, $"name \"{pattern}\" of actor '{actor}': {error}");
                    continue;
                }

                var normalized = lang + "\u0001" + PatternParser.Key(words);
                var here = reader.At(itemNode);
                if (_names.TryGetValue(normalized, out var first))
                {
                    reader.Error(itemNode, System.FormattableString.Invariant($"duplicate name \"{PatternParser.Key(words)}\" ({lang}): already a name of actor '{first.Actor}' at line {first.Line}"));
                    continue;
                }

                reader.Cautions(itemNode, pattern, profile, $"name \"{PatternParser.Clipped(PatternParser.Shown(pattern))}\" of actor '{actor}' ({lang})");
                if (ScriptCautions.Of(pattern, lang, metadata.Analysis) is { } script)
                {
                    reader.Warning(itemNode, $"name \"{PatternParser.Clipped(PatternParser.Shown(pattern))}\" of actor '{actor}' ({lang}) {script}");
                }

                _names[normalized] = (actor, here.Line);
                names.Add(new ActorName(lang, pattern, here));
            }
        }

        if (!given)
        {
            // names: {}, and as much names: { en: [] } or { en: ~ }: an actor that could never be found.
            reader.Error(node, $"actor '{actor}' needs at least one name");
        }

        return names;
    }

    /// <summary>Whether a language's names are none: an empty list, or a null or blank value (<c>en: []</c>, <c>en: ~</c>).</summary>
    private static bool ListsNothing(YamlNode value) =>
        value is YamlSequenceNode { Children.Count: 0 } || (value is YamlScalarNode scalar && string.IsNullOrWhiteSpace(scalar.Value));

    private ActorScare? ReadScare(YamlMappingNode map, string actor)
    {
        if (reader.Mapping(reader.Get(map, "scare"), $"'scare' of actor '{actor}'") is not { } scare)
        {
            return null;
        }

        reader.CheckKeys(scare, $"'scare' of actor '{actor}'", ScareKeys);
        var dimensionId = reader.RequiredString(scare, "dimension", $"'scare' of actor '{actor}'");
        var poleId = reader.RequiredString(scare, "pole", $"'scare' of actor '{actor}'");
        var weight = reader.WeightMilli(scare);
        if (dimensionId.Length == 0 || poleId.Length == 0)
        {
            return null;
        }

        var dimension = dimensions.Find(d => string.Equals(d.Id, dimensionId, StringComparison.Ordinal));
        if (dimension is null)
        {
            // Without any dimension (an error of its own), every reference would be reported as unknown.
            if (dimensions.Count > 0)
            {
                reader.Error(reader.Get(scare, "dimension")!, $"unknown dimension '{dimensionId}' (known: {Dimension.KnownIds(dimensions)})");
            }

            return null;
        }

        PoleSide side;
        if (string.Equals(poleId, dimension.PoleA.Id, StringComparison.Ordinal))
        {
            side = PoleSide.A;
        }
        else if (string.Equals(poleId, dimension.PoleB.Id, StringComparison.Ordinal))
        {
            side = PoleSide.B;
        }
        else if (dimension.HasPoleWithoutId)
        {
            return null; // the pole without an id is the error
        }
        else
        {
            reader.Error(reader.Get(scare, "pole")!, $"a scare marker counts for a pole: expected {dimension.PoleA.Id} or {dimension.PoleB.Id} for dimension '{dimensionId}', not '{poleId}'");
            return null;
        }

        return new ActorScare(dimensionId, side, weight, reader.At(scare));
    }
}
