using YamlDotNet.RepresentationModel;

namespace Framing.Lexicons;

/// <summary>
/// Reads the <c>target</c> and <c>target-default</c> fields of dimensions and entries. Actor ids are checked once the
/// actors are known (<see cref="Validate"/>), because dimensions are read before actors.
/// </summary>
internal sealed class TargetRuleReader(YamlNodeReader reader)
{
    private readonly List<(YamlNode Node, string ActorId)> _references = [];
    private readonly List<YamlNode> _ignoreDefaults = [];

    public (TargetRule? Rule, TargetDefault? Default) Read(YamlMappingNode map, string what)
    {
        TargetRule? rule = null;
        if (reader.Mapping(reader.Get(map, "target"), $"'target' of {what}") is { } target)
        {
            reader.CheckKeys(target, $"'target' of {what}", "require", "forbid");
            var require = reader.StringItems(target, "require");
            var forbid = reader.StringItems(target, "forbid");
            if (require.Count > 0 && forbid.Count > 0)
            {
                reader.Error(target, $"'target' of {what} has both 'require' and 'forbid': a rule either requires some actors or forbids some");
            }
            else if (require.Count == 0 && forbid.Count == 0 && !reader.IsMisspelt(target, "require") && !reader.IsMisspelt(target, "forbid"))
            {
                reader.Error(target, $"'target' of {what} needs 'require' or 'forbid' with at least one actor id");
            }

            foreach (var (id, node) in require.Concat(forbid))
            {
                _references.Add((node, id));
            }

            rule = new TargetRule([.. require.Select(r => r.Text)], [.. forbid.Select(f => f.Text)], reader.At(target));
        }

        TargetDefault? fallback = null;
        if (reader.Get(map, "target-default") is { } defaultNode)
        {
            switch ((defaultNode as YamlScalarNode)?.Value?.Trim())
            {
                case "count":
                    fallback = TargetDefault.Count;
                    break;
                case "ignore":
                    fallback = TargetDefault.Ignore;
                    _ignoreDefaults.Add(defaultNode);
                    break;
                default:
                    reader.Error(defaultNode, $"'target-default' of {what} must be count or ignore");
                    break;
            }
        }

        return (rule, fallback);
    }

    /// <summary>Reports actor ids that name no actor, and <c>target-default: ignore</c> in a lexicon without actors.</summary>
    public void Validate(IReadOnlyList<Actor> actors)
    {
        var ids = actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var (node, id) in _references)
        {
            if (!ids.Contains(id))
            {
                reader.Error(node, actors.Count == 0
                    ? $"unknown actor '{id}': the lexicon has no 'actors'"
                    : $"unknown actor '{id}' (known: {string.Join(", ", actors.Select(a => a.Id))})");
            }
        }

        if (actors.Count == 0)
        {
            foreach (var node in _ignoreDefaults)
            {
                reader.Error(node, "'target-default: ignore' needs 'actors': without them no label has a target and none would count");
            }
        }
    }
}
