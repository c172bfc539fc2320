namespace Framing.Cli.Arguments;

/// <summary>
/// The options and positional arguments given to a command. A command reads an option through its declaration
/// (<see cref="Get{T}"/>, <see cref="TryGet{T}"/>, <see cref="IsSet"/>, <see cref="GetAll"/>), never by a name string,
/// so the name, the default and the check of a value are written once, where the option is declared. Values are
/// checked when read, in the order the command reads them.
/// </summary>
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

    /// <summary>The value of <paramref name="option"/>, parsed and checked, or its default when it is not given.</summary>
    /// <exception cref="UsageException">The value given is not valid.</exception>
    public T Get<T>(Option<T> option) => TryGet(option, out var value) ? value : option.DefaultValue;

    /// <summary>Whether <paramref name="option"/> is given; its value parsed and checked, or its default when not.</summary>
    /// <exception cref="UsageException">The value given is not valid.</exception>
    public bool TryGet<T>(Option<T> option, out T value)
    {
        if (Text(option) is { } text)
        {
            value = option.Parse(text);
            return true;
        }

        value = option.DefaultValue;
        return false;
    }

    /// <summary>Whether the flag is given.</summary>
    public bool IsSet(FlagOption flag) => _flags.Contains(flag.Name);

    /// <summary>Every value given to a repeatable option, in order (none when it is not given).</summary>
    public IReadOnlyList<string> GetAll(RepeatedOption option) => _values.TryGetValue(option.Name, out var list) ? list : [];

    /// <summary>Whether the option (of any kind) is given.</summary>
    public bool IsGiven(OptionSpec option) => _flags.Contains(option.Name) || _values.ContainsKey(option.Name);

    /// <summary>The last value given to <paramref name="option"/> as written, unparsed; null when it is not given.</summary>
    public string? Text(OptionSpec option) => _values.TryGetValue(option.Name, out var list) ? list[^1] : null;

    public string? Positional(int index) => index < Positionals.Count ? Positionals[index] : null;

    /// <summary>The options given, by long name, in the order the command lists them; a flag has no values (null).</summary>
    public IEnumerable<(string Name, IReadOnlyList<string>? Values)> Given() =>
        Spec.Options
            .Where(IsGiven)
            .Select(o => (o.Name, _values.TryGetValue(o.Name, out var list) ? (IReadOnlyList<string>?)list : null));

    /// <summary>Records a flag (the parser's part).</summary>
    internal void SetFlag(OptionSpec option) => _flags.Add(option.Name);

    /// <summary>Records a value (the parser's part; <c>framing check</c> also adds its configuration's <c>--by</c>).</summary>
    internal void AddValue(OptionSpec option, string value)
    {
        if (!_values.TryGetValue(option.Name, out var list))
        {
            _values[option.Name] = list = [];
        }

        list.Add(value);
    }
}
