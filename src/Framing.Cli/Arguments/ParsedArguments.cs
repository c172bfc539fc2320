using System.Globalization;

namespace Framing.Cli.Arguments;

/// <summary>The options and positional arguments given to a command.</summary>
internal sealed class ParsedArguments
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public ParsedArguments(CommandSpec spec)
    {
        Spec = spec;
    }

    public CommandSpec Spec { get; }

    public List<string> Positionals { get; } = [];

    public bool HelpRequested { get; set; }

    public void SetFlag(string name) => _flags.Add(name);

    public void AddValue(string name, string value)
    {
        if (!_values.TryGetValue(name, out var list))
        {
            _values[name] = list = [];
        }

        list.Add(value);
    }

    public bool Flag(string name) => _flags.Contains(name);

    public string? Value(string name) => _values.TryGetValue(name, out var list) ? list[^1] : null;

    public string Value(string name, string fallback) => Value(name) ?? fallback;

    public IReadOnlyList<string> Values(string name) => _values.TryGetValue(name, out var list) ? list : [];

    public int IntValue(string name, int fallback, int min, int max)
    {
        var text = Value(name);
        if (text is null)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
        {
            throw new UsageException($"--{name} must be a whole number from {min} to {max}, not '{text}'");
        }

        return value;
    }

    public string? Positional(int index) => index < Positionals.Count ? Positionals[index] : null;

    /// <summary>The options given, by long name, in the order the command lists them; a flag has no values (null).</summary>
    public IEnumerable<(string Name, IReadOnlyList<string>? Values)> Given() =>
        Spec.Options
            .Where(o => _flags.Contains(o.Name) || _values.ContainsKey(o.Name))
            .Select(o => (o.Name, _values.TryGetValue(o.Name, out var list) ? (IReadOnlyList<string>?)list : null));
}
