using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Framing.Lexicons;

/// <summary>Reads typed values out of YAML nodes, recording every problem with its file:line:column.</summary>
internal sealed class YamlNodeReader(string sourceName)
{
    private readonly List<LexiconError> _errors = [];

    public string SourceName { get; } = sourceName;

    public IReadOnlyList<LexiconError> Errors => _errors;

    public SourceLocation At(YamlNode node) =>
        new(SourceName, (int)Math.Max(1, node.Start.Line), (int)Math.Max(1, node.Start.Column));

    public void Error(YamlNode node, string message) => _errors.Add(new LexiconError(At(node), message));

    public void Error(SourceLocation location, string message) => _errors.Add(new LexiconError(location, message));

    /// <summary>Reports keys of <paramref name="map"/> that are not in <paramref name="allowed"/>.</summary>
    public void CheckKeys(YamlMappingNode map, string what, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (Array.IndexOf(allowed, name) < 0)
            {
                Error(key, $"unknown field '{name}' in {what} (expected one of: {string.Join(", ", allowed)})");
            }
        }
    }

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
                Error(map, $"{what} has no '{key}'");
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

    public static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}
