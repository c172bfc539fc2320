using System.Globalization;

namespace Framing.Cli.Arguments;

/// <summary>Makes the common typed options: text, choices, whole numbers in a range, flags and repeatable options.</summary>
internal static class Option
{
    /// <summary>A text option with a default (<paramref name="read"/>: how a given value is read, as it is when null).</summary>
    public static Option<string> Text(string name, string help, string valueName, string defaultValue, char? shortName = null, Func<string, string>? read = null) =>
        new(name, help, valueName, defaultValue, read ?? (text => text), shortName: shortName);

    /// <summary>A text option without a default: null when not given (<paramref name="defaultHelp"/>: what applies then, as the help says it;
    /// <paramref name="read"/>: how a given value is read, as it is when null).</summary>
    public static Option<string?> OptionalText(string name, string help, string valueName, string? defaultHelp = null, char? shortName = null, Func<string, string>? read = null) =>
        new(name, help, valueName, null, read ?? (text => text), defaultHelp, shortName: shortName);

    /// <summary>
    /// A keyword of <paramref name="keywords"/> or a file: a keyword is taken in any case, as a choice is (<c>BUILTIN</c>
    /// is <c>builtin</c>), and any other value is a file's path as written (a file named like a keyword is given with
    /// its folder: <c>./builtin</c>).
    /// </summary>
    public static Option<string> KeywordOrFile(string name, string help, string valueName, string defaultValue, string[] keywords) =>
        new(name, help, valueName, defaultValue, text => Keyword(text, keywords) ?? text);

    /// <summary>The keyword of <paramref name="keywords"/> that <paramref name="text"/> is in any case, as written there; null when none.</summary>
    public static string? Keyword(string text, IReadOnlyList<string> keywords)
    {
        foreach (var keyword in keywords)
        {
            if (string.Equals(keyword, text, StringComparison.OrdinalIgnoreCase))
            {
                return keyword;
            }
        }

        return null;
    }

    /// <summary>One of <paramref name="allowed"/> (the parser refuses any other value, naming them).</summary>
    public static Option<string> Choice(string name, string help, string valueName, string defaultValue, string[] allowed, char? shortName = null) =>
        new(name, help, valueName, defaultValue, text => text, allowed: allowed, shortName: shortName);

    /// <summary>One of <paramref name="names"/>, read as a value by <paramref name="read"/>; the help shows the name of the default.</summary>
    /// <remarks>Written with loops, not LINQ over tuples: each value type would otherwise JIT its own copies at start-up.</remarks>
    public static Option<T> Choice<T>(string name, string help, string valueName, T defaultValue, string[] names, Func<string, T> read, char? shortName = null)
        where T : notnull
    {
        string? shown = null;
        foreach (var candidate in names)
        {
            if (read(candidate).Equals(defaultValue))
            {
                shown = candidate;
                break;
            }
        }

        return new(
            name,
            help,
            valueName,
            defaultValue,
            text => Array.IndexOf(names, text) >= 0 ? read(text) : throw new UsageException($"invalid value '{text}' for --{name}: expected one of {string.Join(", ", names)}"),
            shown ?? throw new ArgumentException($"the default of --{name} is none of its values", nameof(defaultValue)),
            allowed: names,
            shortName: shortName);
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/> (the help says so).</summary>
    public static Option<int> Int(string name, string help, string valueName, int defaultValue, int min, int max, string? defaultHelp = null) =>
        new(name, help, valueName, defaultValue, text => ParseInt(name, text, min, max), defaultHelp, range: IntRange(min, max));

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, null when not given (the help says so).</summary>
    public static Option<int?> OptionalInt(string name, string help, string valueName, int min, int max, string? defaultHelp = null) =>
        new(name, help, valueName, null, text => ParseInt(name, text, min, max), defaultHelp, range: IntRange(min, max));

    // The range as the help shows it: "0 to 1000", or "at least 1" when any larger number is taken.
    private static string IntRange(int min, int max) => max == int.MaxValue
        ? string.Create(CultureInfo.InvariantCulture, $"at least {min}")
        : string.Create(CultureInfo.InvariantCulture, $"{min} to {max}");

    /// <summary>A number from <paramref name="min"/> to <paramref name="max"/> (the help says so).</summary>
    public static Option<double> Double(string name, string help, string valueName, double defaultValue, double min, double max) =>
        new(
            name,
            help,
            valueName,
            defaultValue,
            text => NumberText.TryReal(text, out var value) && value >= min && value <= max
                ? value
                : throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--{name} must be a number from {min} to {max}, not '{text}'")),
            range: string.Create(CultureInfo.InvariantCulture, $"{min} to {max}"));

    /// <summary>A flag.</summary>
    public static FlagOption Flag(string name, string help, char? shortName = null) => new(name, help, shortName);

    /// <summary>An option that may be given several times.</summary>
    public static RepeatedOption Repeated(string name, string help, string valueName, string? defaultHelp = null, char? shortName = null) =>
        new(name, help, valueName, defaultHelp, shortName);

    private static int ParseInt(string name, string text, int min, int max) =>
        NumberText.TryWhole(text, out int value) && value >= min && value <= max
            ? value
            : throw new UsageException($"--{name} must be a whole number from {min} to {max}, not '{text}'");
}
