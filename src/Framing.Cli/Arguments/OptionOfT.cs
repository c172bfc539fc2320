namespace Framing.Cli.Arguments;

/// <summary>
/// An option that takes one value, read as a <typeparamref name="T"/>: <see cref="ParsedArguments.Get{T}"/> gives the
/// parsed value, or <see cref="DefaultValue"/> when the option is not given. The help's default is made from the typed
/// default (or is <see cref="OptionSpec.Default"/> as given when the default is not a fixed value, such as the processor
/// count), so the default is written once.
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
internal sealed record Option<T> : OptionSpec
{
    private readonly Func<string, T> _parse;

    /// <summary>An option with its parser.</summary>
    /// <param name="name">Long name without dashes.</param>
    /// <param name="help">One-line description.</param>
    /// <param name="valueName">Name of the value in help.</param>
    /// <param name="defaultValue">The value when the option is not given.</param>
    /// <param name="parse">Reads and checks a given value; a bad one is a <see cref="UsageException"/> with one line naming the option and the value.</param>
    /// <param name="defaultHelp">The default as the help shows it; null: <paramref name="defaultValue"/> formatted by <paramref name="format"/>.</param>
    /// <param name="format">Formats <paramref name="defaultValue"/> for the help; null: culture-invariant <c>ToString</c>.</param>
    /// <param name="allowed">The allowed values (checked as the arguments are parsed), if restricted.</param>
    /// <param name="shortName">A one-letter alias without the dash, if any.</param>
    /// <param name="range">The values a number option takes, as the help shows them (see <see cref="OptionSpec.Range"/>), if any.</param>
    public Option(string name, string help, string valueName, T defaultValue, Func<string, T> parse, string? defaultHelp = null, Func<T, string>? format = null, string[]? allowed = null, char? shortName = null, string? range = null)
        : base(name, help, valueName, defaultHelp ?? Show(defaultValue, format), allowed, shortName)
    {
        DefaultValue = defaultValue;
        _parse = parse;
        Range = range;
    }

    /// <summary>The value when the option is not given.</summary>
    public T DefaultValue { get; }

    /// <summary>Reads a given value (a bad one: <see cref="UsageException"/>).</summary>
    public T Parse(string text) => _parse(text);

    private static string? Show(T value, Func<T, string>? format) => value switch
    {
        null => null,
        _ when format is not null => format(value),
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
