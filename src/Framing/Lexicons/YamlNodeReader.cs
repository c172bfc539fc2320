using System.Globalization;
using Framing.Text;
using YamlDotNet.RepresentationModel;

namespace Framing.Lexicons;

/// <summary>Reads typed values out of YAML nodes, recording every problem with its file:line:column.</summary>
internal sealed class YamlNodeReader(string sourceName)
{
    private readonly List<Diagnostic> _errors = [];
    private readonly List<Diagnostic> _warnings = [];

    /// <summary>For each mapping, the known keys that <see cref="CheckKeys"/> found misspelt in it.</summary>
    private readonly Dictionary<YamlMappingNode, HashSet<string>> _misspelt = new(ReferenceEqualityComparer.Instance);

    public string SourceName { get; } = sourceName;

    /// <summary>Where the document's aliases stand (<see cref="YamlAliasPlaces.None"/> until the loader says).</summary>
    public YamlAliasPlaces Aliases { get; set; } = YamlAliasPlaces.None;

    /// <summary>The errors, each once: a node that aliases repeat is read once per use, with the anchor's place.</summary>
    public IReadOnlyList<Diagnostic> Errors => [.. _errors.Distinct()];

    /// <summary>What is valid but likely not meant (<see cref="DiagnosticSeverity.Warning"/>), in file order.</summary>
    public IReadOnlyList<Diagnostic> Warnings => [.. _warnings.OrderBy(w => w.Location.Line).ThenBy(w => w.Location.Column)];

    public SourceLocation At(YamlNode node) =>
        new(SourceName, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column));

    public void Error(YamlNode node, string message) => Error(At(node), message);

    /// <summary>Records an error; one inside a node that aliases repeat names them (<see cref="YamlAliasPlaces.Note"/>).</summary>
    public void Error(SourceLocation location, string message) => _errors.Add(new Diagnostic(location, message + Aliases.Note(location)));

    public void Warning(YamlNode node, string message) => Warning(At(node), message);

    public void Warning(SourceLocation location, string message) => _warnings.Add(new Diagnostic(location, message, DiagnosticSeverity.Warning));

    /// <summary>Warns of each way a valid pattern matches more than it seems to say (<see cref="PatternCautions"/>), each
    /// warning <paramref name="what"/> (which names the pattern), a colon and the reason.</summary>
    public void Cautions(YamlNode node, string pattern, LanguageProfile profile, string what)
    {
        foreach (var caution in PatternCautions.Of(pattern, profile))
        {
            Warning(node, $"{what}: {caution}");
        }
    }

    /// <summary>
    /// Reports keys of <paramref name="map"/> that are not in <paramref name="allowed"/>: "unknown field 'dimenson'
    /// (did you mean 'dimension'?)" when one is a likely typo of an allowed key the map lacks, which then is not also
    /// reported missing (<see cref="Missing"/>); call it before reading the map's values.
    /// </summary>
    public void CheckKeys(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (Array.IndexOf(allowed, name) >= 0)
            {
                continue;
            }

            if (Spelling.Suggest(name, allowed) is { } meant && Get(map, meant) is null)
            {
                if (!_misspelt.TryGetValue(map, out var keys))
                {
                    _misspelt[map] = keys = new HashSet<string>(StringComparer.Ordinal);
                }

                keys.Add(meant);
                Error(key, $"unknown field '{name}' (did you mean '{meant}'?)");
            }
            else
            {
                Error(key, $"unknown field '{name}' in {what} (expected one of: {string.Join(", ", allowed)})");
            }
        }
    }

    /// <summary>
    /// Reports that <paramref name="map"/> lacks <paramref name="key"/>, unless <see cref="CheckKeys"/> already reported
    /// a misspelling of it there (the typo is the cause; the missing key only its symptom).
    /// </summary>
    public void Missing(YamlMappingNode map, string key, YamlNode at, string message)
    {
        if (!IsMisspelt(map, key))
        {
            Error(at, message);
        }
    }

    /// <summary>Whether <see cref="CheckKeys"/> found a misspelling of <paramref name="key"/> in <paramref name="map"/>.</summary>
    public bool IsMisspelt(YamlMappingNode map, string key) => _misspelt.TryGetValue(map, out var keys) && keys.Contains(key);

#pragma warning disable CA1822 // instance member for call-site uniformity with the other readers
    public YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (var pair in map.Children)
        {
            if (pair.Key is YamlScalarNode scalar && string.Equals(scalar.Value, key, StringComparison.Ordinal))
            {
                return pair.Value;
            }
        }

        return null;
    }
#pragma warning restore CA1822

    public string? OptionalString(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Error(node, $"'{key}' must be a text value");
        return null;
    }

    public string RequiredString(YamlMappingNode map, string key, string what)
    {
        var value = OptionalString(map, key);
        if (string.IsNullOrWhiteSpace(value))
        {
            if (Get(map, key) is { } node and YamlScalarNode)
            {
                Error(node, $"'{key}' of {what} is empty");
            }
            else if (Get(map, key) is null)
            {
                Missing(map, key, map, $"{what} has no '{key}'");
            }

            return string.Empty;
        }

        return value.Trim();
    }

    public YamlMappingNode? Mapping(YamlNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlMappingNode map)
        {
            return map;
        }

        Error(node, $"{what} must be a mapping");
        return null;
    }

    public YamlSequenceNode? Sequence(YamlNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlSequenceNode seq)
        {
            return seq;
        }

        Error(node, $"{what} must be a list");
        return null;
    }

    /// <summary>A list of strings; a single scalar is accepted as a one-item list.</summary>
    public IReadOnlyList<string> StringList(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [scalar.Value.Trim()];
            case YamlSequenceNode seq:
                var list = new List<string>(seq.Children.Count);
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value))
                    {
                        list.Add(s.Value.Trim());
                    }
                    else
                    {
                        Error(item, $"items of '{key}' must be non-empty text");
                    }
                }

                return list;
            default:
                Error(node, $"'{key}' must be a list of text values");
                return [];
        }
    }

    /// <summary>
    /// The text items of a list with their nodes (for errors at the item); a single scalar is accepted as a one-item
    /// list. Empty or non-text items are reported.
    /// </summary>
    public IReadOnlyList<(string Text, YamlNode Node)> StringItems(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode scalar:
                return string.IsNullOrWhiteSpace(scalar.Value) ? [] : [(scalar.Value.Trim(), scalar)];
            case YamlSequenceNode seq:
                var list = new List<(string, YamlNode)>(seq.Children.Count);
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode s && !string.IsNullOrWhiteSpace(s.Value))
                    {
                        list.Add((s.Value.Trim(), s));
                    }
                    else
                    {
                        Error(item, $"items of '{key}' must be non-empty text");
                    }
                }

                return list;
            default:
                Error(node, $"'{key}' must be a list of text values");
                return [];
        }
    }

    /// <summary>A weight in (0, 1] with at most three decimals, in thousandths; 1000 when absent or invalid (reported).</summary>
    public int WeightMilli(YamlMappingNode map)
    {
        var node = Get(map, "weight");
        if (node is null)
        {
            return 1000;
        }

        if (node is not YamlScalarNode scalar)
        {
            Error(node, $"weight must be a number in (0, 1], not {(node is YamlSequenceNode ? "a list" : "a mapping")}");
            return 1000;
        }

        var text = scalar.Value?.Trim() ?? string.Empty;
        if (!TryParseDecimal(text, out var weight))
        {
            Error(node, UnreadWeight(text));
            return 1000;
        }

        if (weight <= 0 || weight > 1)
        {
            Error(node, $"weight {text} is out of range: it must be in (0, 1]");
            return 1000;
        }

        var milli = weight * 1000;
        if (milli != decimal.Truncate(milli))
        {
            Error(node, $"weight {text} has more than three decimals");
            return 1000;
        }

        return (int)milli;
    }

    /// <summary>An optional whole number in [<paramref name="min"/>, <paramref name="max"/>]; <paramref name="fallback"/> when absent or invalid (reported).</summary>
    public int Integer(YamlMappingNode map, string key, int fallback, int min, int max)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return fallback;
        }

        var text = (node as YamlScalarNode)?.Value?.Trim() ?? string.Empty;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            Error(node, string.Create(CultureInfo.InvariantCulture, $"'{key}' must be a whole number from {min} to {max}, not '{text}'"));
            return fallback;
        }

        return value;
    }

    /// <summary>An optional true/false value; <paramref name="fallback"/> when absent or invalid (reported).</summary>
    public bool Boolean(YamlMappingNode map, string key, bool fallback)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return fallback;
        }

        switch ((node as YamlScalarNode)?.Value?.Trim())
        {
            case "true":
                return true;
            case "false":
                return false;
            default:
                Error(node, $"'{key}' must be true or false");
                return fallback;
        }
    }

    /// <summary>Why <paramref name="text"/>, which <see cref="TryParseDecimal"/> refused, is no weight.</summary>
    public static string UnreadWeight(string text) =>
        // 1e400, 1.7976931348623157e308: numbers (as a script may write them), but far outside (0, 1].
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !double.IsNaN(number)
            ? $"weight {text} is out of range: it must be in (0, 1]"
            : $"weight '{text}' is not a number";

    /// <summary>
    /// Parses a weight as every reader of weights does (lexicon YAML, mapping files, <c>--map</c> rules): the
    /// culture-invariant forms of a number, with an optional sign, a <c>.</c> before the fraction and an <c>e</c> or
    /// <c>E</c> before an exponent (<c>0.5</c>, <c>.5</c>, <c>5e-1</c>, <c>1E0</c>); no spaces, thousands separators,
    /// <c>NaN</c> or infinities. False also for a number too large for a decimal (<c>1e400</c>).
    /// </summary>
    public static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value);
}
