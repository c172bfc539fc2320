using System.Globalization;
using System.Text.Json;
using Framing.Cli.Arguments;
using Framing.Scoring;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// Reads the configuration file of <c>framing check</c> (JSON, documented in README.md). Every problem, unknown keys
/// included, is an <see cref="InputException"/> naming the file, line, column and the key's JSON path.
/// </summary>
internal static class CheckConfigReader
{
    private static readonly string[] TopKeys = ["$schema", "lexicon", "by", "failOn", "rules"];
    private static readonly string[] RuleKeys = ["editorial", "documentScore", "groupScore", "drift"];
    private static readonly string[] EditorialKeys = ["dimension", "pole", "pattern", "level"];
    private static readonly string[] LimitKeys = ["dimension", "min", "max", "voice", "level"];
    private static readonly string[] DriftKeys = ["baseline", "tolerance", "voice", "level"];
    private static readonly string[] FailOnValues = ["warning", "error", "none"];
    private static readonly string[] VoiceValues = GroupScoreReport.VoiceValues;

    public static CheckConfig Read(string path)
    {
        var folder = Path.GetDirectoryName(path) ?? string.Empty;
        var top = new Section(JsonTree.ReadFile(path), string.Empty, TopKeys);
        var config = new CheckConfig
        {
            Lexicon = top.String("lexicon") is { } lexicon ? ResolveLexicon(lexicon, folder) : null,
            LexiconLocation = top.Node("lexicon")?.Location,
            LexiconAsWritten = top.String("lexicon"),
            Path = path,
            By = top.String("by"),
            FailOn = top.Choice("failOn", FailOnValues),
        };
        foreach (var key in new[] { "lexicon", "by" })
        {
            if (top.String(key) is { Length: 0 })
            {
                throw top.Error(key, "must not be empty");
            }
        }

        if (top.Node("rules") is not { } rulesNode)
        {
            return config;
        }

        var rules = new Section(rulesNode, "rules", RuleKeys);
        foreach (var item in rules.Items("editorial"))
        {
            config.Editorial.Add(ReadEditorial(item));
        }

        foreach (var item in rules.Items("documentScore"))
        {
            config.DocumentScore.Add(ReadLimit(item));
        }

        foreach (var item in rules.Items("groupScore"))
        {
            config.GroupScore.Add(ReadLimit(item));
        }

        if (rules.Node("drift") is { } driftNode)
        {
            config.Drift = ReadDrift(new Section(driftNode, "rules.drift", DriftKeys), folder);
        }

        return config;
    }

    private static EditorialRuleSpec ReadEditorial(Section item)
    {
        var dimension = item.String("dimension");
        var pole = item.String("pole");
        var pattern = item.String("pattern");
        if (dimension is null && pattern is null)
        {
            throw item.Error(null, "needs \"dimension\" (with an optional \"pole\") or \"pattern\", or both");
        }

        if (pole is not null && dimension is null)
        {
            throw item.Error("pole", "needs \"dimension\" too");
        }

        return new EditorialRuleSpec(dimension, pole, pattern, item.Level(), RuleOrigin.InFile(item.Location));
    }

    private static ScoreLimitSpec ReadLimit(Section item)
    {
        var dimension = item.String("dimension") ?? throw item.Error(null, "needs \"dimension\"");
        var min = item.Number("min");
        var max = item.Number("max");
        if (min is null && max is null)
        {
            throw item.Error(null, "needs \"min\", \"max\" or both");
        }

        foreach (var (key, limit) in new[] { ("min", min), ("max", max) })
        {
            if (limit is { } value && !ScoreLimitSpec.IsScore(value))
            {
                throw item.Error(key, $"must be a score from -1 to 1, not {value.ToString(CultureInfo.InvariantCulture)}");
            }
        }

        if (min > max)
        {
            throw item.Error("min", "must not be greater than \"max\"");
        }

        var voice = GroupScoreReport.ParseVoice(item.Choice("voice", VoiceValues) ?? "editorial");
        return new ScoreLimitSpec(dimension, min, max, voice, item.Level(), RuleOrigin.InFile(item.Location));
    }

    private static DriftSpec ReadDrift(Section drift, string folder)
    {
        var baseline = drift.String("baseline") ?? throw drift.Error(null, "needs \"baseline\" (a file saved with 'framing score --format json' or 'framing check --save-baseline')");
        if (baseline.Length == 0)
        {
            throw drift.Error("baseline", "must not be empty");
        }

        var tolerance = drift.Number("tolerance") ?? DriftSpec.DefaultTolerance;
        if (!DriftSpec.IsTolerance(tolerance))
        {
            throw drift.Error("tolerance", $"must be a number from 0 to 2 (no score moves by more than 2), not {tolerance.ToString(CultureInfo.InvariantCulture)}");
        }

        VoiceSelection? voice = drift.Choice("voice", VoiceValues) is { } v ? GroupScoreReport.ParseVoice(v) : null;
        return new DriftSpec(ResolvePath(baseline, folder), tolerance, voice, drift.Level(), RuleOrigin.InFile(drift.Location))
        {
            BaselineLocation = drift.Node("baseline")?.Location,
        };
    }

    private static string ResolveLexicon(string lexicon, string folder) =>
        Framing.Lexicons.Lexicon.BuiltInIds.Contains(lexicon, StringComparer.Ordinal) ? lexicon : ResolvePath(lexicon, folder);

    /// <summary>A path in the configuration is relative to the configuration file's folder.</summary>
    private static string ResolvePath(string path, string folder) =>
        path.Length == 0 || Path.IsPathRooted(path) ? path : Path.Join(folder, path);

    /// <summary>A JSON object at a JSON path, whose keys are checked against the allowed ones as soon as it is read.</summary>
    private sealed class Section
    {
        private readonly JsonObjectNode _node;
        private readonly string _path;

        public Section(JsonNode node, string path, string[] keys)
        {
            _path = path;
            _node = node as JsonObjectNode
                ?? throw new InputException($"{node.Location}: {(path.Length == 0 ? "the configuration" : $"\"{path}\"")} must be an object, not {node.Kind}");
            foreach (var property in _node.Properties)
            {
                if (Array.IndexOf(keys, property.Name) < 0)
                {
                    throw new InputException($"{property.Location}: unknown key \"{PathOf(property.Name)}\" (expected {string.Join(", ", keys)})");
                }
            }
        }

        public SourceLocation Location => _node.Location;

        public JsonNode? Node(string key) => _node.Find(key)?.Value;

        public string? String(string key)
        {
            var node = Node(key);
            return node switch
            {
                null => null,
                JsonScalarNode { Token: JsonTokenType.String, Text: { } text } => text,
                _ => throw TypeError(key, node, "a string"),
            };
        }

        public double? Number(string key)
        {
            var node = Node(key);
            return node switch
            {
                null => null,
                JsonScalarNode { Token: JsonTokenType.Number, Number: { } number } => number,
                _ => throw TypeError(key, node, "a number"),
            };
        }

        public string? Choice(string key, string[] allowed)
        {
            var value = String(key);
            if (value is not null && Array.IndexOf(allowed, value) < 0)
            {
                throw new InputException($"{Node(key)!.Location}: \"{PathOf(key)}\" must be one of {string.Join(", ", allowed)}, not \"{value}\"");
            }

            return value;
        }

        public RuleLevel Level() => RuleLevels.Parse(Choice("level", RuleLevels.Names) ?? "error")!.Value;

        public IEnumerable<Section> Items(string key)
        {
            var node = Node(key);
            if (node is null)
            {
                yield break;
            }

            if (node is not JsonArrayNode array)
            {
                throw TypeError(key, node, "an array");
            }

            for (var i = 0; i < array.Items.Count; i++)
            {
                var keys = key == "editorial" ? EditorialKeys : LimitKeys;
                yield return new Section(array.Items[i], PathOf(key) + "[" + i.ToString(CultureInfo.InvariantCulture) + "]", keys);
            }
        }

        public InputException Error(string? key, string message)
        {
            var location = key is null ? _node.Location : _node.Find(key)?.Value.Location ?? _node.Location;
            var subject = key is null ? _path : PathOf(key);
            return new InputException($"{location}: \"{subject}\" {message}");
        }

        private InputException TypeError(string key, JsonNode node, string expected) =>
            new($"{node.Location}: \"{PathOf(key)}\" must be {expected}, not {node.Kind}");

        private string PathOf(string key) => _path.Length == 0 ? key : _path + "." + key;
    }
}
