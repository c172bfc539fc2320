using System.Reflection;
using System.Text.RegularExpressions;
using Framing.Cli.Arguments;
using Framing.Cli.Commands;
using Framing.Cli.Tests.Distribute;

namespace Framing.Cli.Tests;

/// <summary>
/// The typed options: each default is written once, as a typed value, and the help shows it; a bad value is one line
/// naming the option and the value (exit 2); and no command reads an option by a name string.
/// </summary>
public sealed partial class TypedOptionTests
{
    /// <summary>Help defaults that are a rule rather than a value of the option.</summary>
    private static readonly string[] RuleDefaults = ["the processor count"];

    [Fact]
    public void EveryTypedDefaultIsTheDefaultTheHelpShows()
    {
        var problems = new List<string>();
        var compared = 0;
        foreach (var command in FramingApp.AllCommands)
        {
            var help = command.Spec.HelpText();
            foreach (var option in command.Spec.Options)
            {
                var where = $"'{command.Spec.Name}' --{option.Name}";
                if (option.Default is { } shown && !help.Contains($"[default: {shown}]", StringComparison.Ordinal))
                {
                    problems.Add($"{where}: the help does not show [default: {shown}]");
                }

                if (Typed(option) is not var (value, parse))
                {
                    continue;
                }

                if (option.Default is null)
                {
                    if (value is not null)
                    {
                        problems.Add($"{where}: typed default {value} is not shown in the help");
                    }

                    continue;
                }

                if (value is null || RuleDefaults.Contains(option.Default))
                {
                    continue;
                }

                compared++;
                var read = parse(option.Default);
                if (!Equals(read, value))
                {
                    problems.Add($"{where}: the help's default '{option.Default}' reads as {read}, the typed default is {value}");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(compared >= 40, $"only {compared} typed defaults were compared with the help");
    }

    [Fact]
    public void TheHelpDefaultIsMadeFromTheTypedDefault()
    {
        Assert.Equal(2000, BootstrapOptions.Bootstrap.DefaultValue);
        Assert.Equal("2000", BootstrapOptions.Bootstrap.Default);
        Assert.Equal("0.95", BootstrapOptions.ConfidenceSpec.Default);
        Assert.Equal("all", SharedOptions.Voice.Default);
        Assert.Equal("table", SharedOptions.Format.Default);
        var line = Assert.Single(CliRunner.Run("score", "--help").OutLines, l => l.TrimStart().StartsWith("--bootstrap N", StringComparison.Ordinal));
        Assert.EndsWith("[default: 2000]", line, StringComparison.Ordinal);

        // Another typed default shows as itself: the help has no second copy of it.
        Assert.Equal("500", Option.Int("replicates", "Help.", "N", 500, 0, 1000).Default);
        Assert.Equal("0.25", Option.Double("share", "Help.", "X", 0.25, 0, 1).Default);
        Assert.Equal("two", Option.Choice("count", "Help.", "N", 2, ["one", "two"], text => text == "one" ? 1 : 2).Default);
        Assert.Null(Option.OptionalText("file", "Help.", "FILE").Default);
        Assert.Equal("1..3", KeynessCommand.NgramsOption("Help.", (1, 3)).Default);
    }

    [Fact]
    public void ANumberOptionsHelpStatesItsRangeBesideItsDefault()
    {
        // Before: 'kwic --help' said only '--window N  Context: words shown on each side. [default: 5]'; the range (0 to
        // 1000) came out only in the error for a value beyond it.
        var window = Assert.Single(CliRunner.Run("kwic", "--help").OutLines, l => l.TrimStart().StartsWith("--window N", StringComparison.Ordinal));
        Assert.EndsWith("Context: words shown on each side. (0 to 1000) [default: 5]", window, StringComparison.Ordinal);
        Assert.Equal("framing: error: --window must be a whole number from 0 to 1000, not '1001'", Assert.Single(CliRunner.Run("kwic", "--window", "1001").ErrorLines));

        var top = Assert.Single(CliRunner.Run("coverage", "--help").OutLines, l => l.TrimStart().StartsWith("--top N", StringComparison.Ordinal));
        Assert.EndsWith("(at least 1) [default: 20]", top, StringComparison.Ordinal);
        var maxDf = Assert.Single(CliRunner.Run("learn", "--help").OutLines, l => l.TrimStart().StartsWith("--max-df SHARE", StringComparison.Ordinal));
        Assert.EndsWith("(0.001 to 1) [default: 0.5]", maxDf, StringComparison.Ordinal);
    }

    [Fact]
    public void NoOptionTypeLoadsAnotherPackageAtStartUp()
    {
        // Every command's options are built at start-up (for the help and the dispatch): an option typed with an enum of
        // Framing.Statistics or Framing.Learning would load that assembly for every command, even 'framing --help'.
        var light = new[] { typeof(object).Assembly, typeof(OptionSpec).Assembly, typeof(Framing.Scoring.VoiceSelection).Assembly };
        var heavy = FramingApp.AllCommands
            .SelectMany(c => c.Spec.Options.Select(o => (Command: c.Spec.Name, Option: o)))
            .Where(x => x.Option.GetType().IsGenericType)
            .SelectMany(x => Types(x.Option.GetType().GetGenericArguments()[0]).Select(t => (x.Command, x.Option.Name, Type: t)))
            .Where(x => !light.Contains(x.Type.Assembly))
            .Select(x => $"'{x.Command}' --{x.Name}: {x.Type.FullName} ({x.Type.Assembly.GetName().Name})")
            .ToList();
        Assert.True(heavy.Count == 0, string.Join("\n", heavy));

        static IEnumerable<Type> Types(Type type) =>
            type.IsGenericType ? type.GetGenericArguments().SelectMany(Types).Prepend(type) : [type];
    }

    [Fact]
    public void GetGivesTheParsedValueOrTheTypedDefault()
    {
        var spec = FramingApp.AllCommands.Single(c => c.Spec.Name == "score").Spec;
        var given = ArgumentParser.Parse(spec, ["--bootstrap", "10", "--voice", "editorial", "-q"]);
        var absent = ArgumentParser.Parse(spec, []);
        Assert.Equal(10, given.Get(BootstrapOptions.Bootstrap));
        Assert.True(given.TryGet(BootstrapOptions.Bootstrap, out var replicates));
        Assert.Equal(10, replicates);
        Assert.Equal(Framing.Scoring.VoiceSelection.Editorial, given.Get(SharedOptions.Voice));
        Assert.True(given.IsSet(QuietOption.Spec));
        Assert.Equal(2000, absent.Get(BootstrapOptions.Bootstrap));
        Assert.False(absent.TryGet(BootstrapOptions.Bootstrap, out var fallback));
        Assert.Equal(2000, fallback);
        Assert.Equal(Framing.Scoring.VoiceSelection.All, absent.Get(SharedOptions.Voice));
        Assert.False(absent.IsSet(QuietOption.Spec));
        Assert.Null(absent.Get(SharedOptions.Output));
    }

    [Theory]
    [InlineData("--bootstrap must be a whole number from 0 to 100000, not 'many'", new[] { "score", "--bootstrap", "many" })]
    [InlineData("--seed must be a whole number from 0 to 18446744073709551615, not '-1'", new[] { "score", "--seed", "-1" })]
    [InlineData("--seed must be a whole number from 0 to 18446744073709551615, not '18446744073709551616'", new[] { "score", "--seed", "18446744073709551616" })]
    [InlineData("--bootstrap must be a whole number from 0 to 100000, not ' 5'", new[] { "score", "--bootstrap", " 5" })]
    [InlineData("--confidence must be a number between 0 and 1 (e.g. 0.95), not '0.95 '", new[] { "compare", "--confidence", "0.95 " })]
    [InlineData("--fail-under must be an AUC from 0 to 1, or ID=AUC (e.g. 0.9 or armed-opposition=0.8), not 'armed-opposition= 0.8'", new[] { "validate", "x.jsonl", "--known-field", "leaning", "--side-a", "a", "--side-b", "b", "--fail-under", "armed-opposition= 0.8" })]
    [InlineData("--confidence must be a number between 0 and 1 (e.g. 0.95), not '1.5'", new[] { "compare", "--confidence", "1.5" })]
    [InlineData("--min-documents must be a whole number from 1 to 2147483647, not '0'", new[] { "score", "--min-documents", "0" })]
    [InlineData("--permutations must be a whole number from 1 to 1000000, not '0'", new[] { "compare", "--permutations", "0" })]
    [InlineData("--parallel must be a whole number from 1 to 1024, not '0'", new[] { "score", "--parallel", "0" })]
    [InlineData("--window must be a whole number from 0 to 1000, not 'wide'", new[] { "kwic", "--window", "wide" })]
    [InlineData("--top must be a whole number from 1 to 2147483647, not '0'", new[] { "keyness", "--target", "x", "--top", "0" })]
    [InlineData("--ngrams must be N or MIN..MAX with 1 <= MIN <= MAX <= 5, not '2..1'", new[] { "keyness", "--target", "x", "--ngrams", "2..1" })]
    [InlineData("invalid value 'loud' for --voice: expected one of all, editorial, attributed, quoted", new[] { "score", "--voice", "loud" })]
    [InlineData("invalid value 'xml' for --format: expected one of table, csv, json, markdown, parquet", new[] { "score", "--format", "xml" })]
    public void ABadValueIsOneLineNamingTheOptionAndTheValueWithExitTwo(string message, string[] args)
    {
        var result = CliRunner.Run(args);
        Assert.Equal(ExitCodes.UsageOrInput, result.ExitCode);
        Assert.Equal("framing: error: " + message, Assert.Single(result.ErrorLines));
        Assert.Empty(result.Out);
    }

    [Fact]
    public void EveryOptionThatTakesANumberReadsItByOneRule()
    {
        // The rule of NumberText: a leading + or - is allowed, spaces, NaN and infinities are not; the same text is valid
        // for every option that takes a number, or for none (before, ' 5' and '+5' were a count for --bootstrap and an
        // error for --seed). Choices written as numbers (--array-base 0|1) are names, not numbers.
        Type[] numeric = [typeof(int), typeof(int?), typeof(ulong), typeof(double), typeof(double?), typeof((int, int))];
        var problems = new List<string>();
        var checkedOptions = 0;
        foreach (var command in FramingApp.AllCommands)
        {
            foreach (var option in command.Spec.Options)
            {
                if (Typed(option) is not var (_, parse) || option.Allowed is not null || !numeric.Contains(option.GetType().GetGenericArguments()[0]))
                {
                    continue;
                }

                var where = $"'{command.Spec.Name}' --{option.Name}";
                var sample = new[] { "1", "2", "0.5", "0", "1..2" }.FirstOrDefault(text => parse(text) is not string);
                if (sample is null)
                {
                    problems.Add($"{where}: reads none of the sample numbers");
                    continue;
                }

                checkedOptions++;
                if (!Equals(parse("+" + sample), parse(sample)))
                {
                    problems.Add($"{where}: '+{sample}' does not read as '{sample}'");
                }

                foreach (var refused in new[] { " " + sample, sample + " ", "\t" + sample, "NaN", "Infinity", "-Infinity", "1,5", "١" })
                {
                    if (parse(refused) is not string)
                    {
                        problems.Add($"{where}: '{refused}' is read as a number");
                    }
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(checkedOptions >= 25, $"only {checkedOptions} numeric options were checked");
    }

    [Fact]
    public void TheArgumentsCannotBeReadByAName()
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var byName = typeof(ParsedArguments).GetMethods(all)
            .Where(m => m.GetParameters() is [{ ParameterType: var first }, ..] && first == typeof(string))
            .Select(m => m.Name)
            .ToList();
        Assert.True(byName.Count == 0, "ParsedArguments reads by name: " + string.Join(", ", byName));
    }

    [Fact]
    public void NoCommandReadsAnOptionByANameString()
    {
        var cli = Path.Combine(DistributeSlurmTests.RepositoryRoot(), "src", "Framing.Cli");
        var files = Directory.GetFiles(cli, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(files, f => f.EndsWith("ScoreCommand.cs", StringComparison.Ordinal));
        var reads = files
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(cli, f), Line: i + 1, Text: line)))
            .Where(l => ReadByName().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(reads.Count == 0, "options read by a name string:\n" + string.Join("\n", reads));
    }

    /// <summary>A call on the parsed arguments whose first argument is a string literal (<c>args.Value("lexicon")</c>), or the old <c>IntValue</c>.</summary>
    [GeneratedRegex("""\bargs\.\w+\(\s*"|\bIntValue\(""")]
    private static partial Regex ReadByName();

    /// <summary>The typed default of an <see cref="Option{T}"/> and its parser; null for flags and repeatable options.</summary>
    private static (object? Value, Func<string, object?> Parse)? Typed(OptionSpec option)
    {
        var type = option.GetType();
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Option<>))
        {
            return null;
        }

        var parse = type.GetMethod(nameof(Option<int>.Parse))!;
        return (type.GetProperty(nameof(Option<int>.DefaultValue))!.GetValue(option), text =>
        {
            try
            {
                return parse.Invoke(option, [text]);
            }
            catch (TargetInvocationException e) when (e.InnerException is UsageException usage)
            {
                return usage.Message;
            }
        });
    }
}
