using System.Text.RegularExpressions;
using Framing.Cli.Arguments;
using Framing.Cli.Commands;
using Framing.Cli.Tests.Distribute;

namespace Framing.Cli.Tests;

/// <summary>
/// The command line is one tool: the README's table of shared options is the parser's, every command that writes to
/// standard error takes -q, and each command's help lists exactly the exit codes it can return.
/// </summary>
public sealed class CommandLineConsistencyTests
{
    private static readonly Lazy<string> Readme = new(() => File.ReadAllText(Path.Combine(DistributeSlurmTests.RepositoryRoot(), "README.md")));

    private static IEnumerable<CommandSpec> Specs => FramingApp.AllCommands.Select(c => c.Spec);

    /// <summary>One row of README's "Shared options" table.</summary>
    private sealed record SharedOption(string Name, char? Short, string? ValueName, string? Default, string[]? Allowed, string[] Commands, string[] Exempt, string Row);

    [Fact]
    public void EachCommandIsFoundByTheNameItsSpecGives()
    {
        // The dispatcher finds a command by a name kept beside its constructor, so that a run makes only its own command.
        Assert.Equal(FramingApp.AllCommands.Select(c => c.Spec.Name), FramingApp.CommandNames);
        Assert.Equal(FramingApp.CommandNames.Count, FramingApp.CommandNames.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void AChoiceIsTakenInAnyCaseByEveryOption()
    {
        // --voice EDITORIAL, --rescaling ALL and --cv OUTLETS were refused while other spellings of a choice were taken.
        Assert.Equal(CliRunner.Run("score", "-f", "csv", "--voice", "editorial", "-q").Out, CliRunner.Run("score", "-f", "CSV", "--voice", "EDITORIAL", "-q").Out);
        Assert.Equal(CliRunner.Run("compare", "-f", "json", "--pairs", "vs-rest", "-q").Out, CliRunner.Run("compare", "-f", "Json", "--pairs", "vs-rest", "-q").Out);

        // Every declared choice is distinct in any case, so that the reading is never ambiguous.
        foreach (var option in Specs.SelectMany(s => s.Options).Where(o => o.Allowed is not null))
        {
            Assert.Equal(option.Allowed!.Length, option.Allowed.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        }

        var refused = CliRunner.Run("score", "--voice", "EDITORIALS");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("framing: error: invalid value 'EDITORIALS' for --voice: expected one of all, editorial, attributed, quoted", Assert.Single(refused.ErrorLines));
    }

    [Fact]
    public void TheReadmeTableOfSharedOptionsMatchesEveryCommandsDeclarations()
    {
        var rows = SharedOptions();
        Assert.True(rows.Count >= 15, "the table of shared options was not found in README.md");
        var errors = new List<string>();
        foreach (var row in rows)
        {
            var declaring = Specs.Where(s => Find(s, row.Name) is not null).Select(s => s.Name).Order(StringComparer.Ordinal).ToList();
            if (!declaring.SequenceEqual(row.Commands.Order(StringComparer.Ordinal)))
            {
                errors.Add($"--{row.Name}: README lists {string.Join(", ", row.Commands)}; the commands that declare it are {string.Join(", ", declaring)}");
            }

            foreach (var command in row.Commands.Intersect(declaring))
            {
                var option = Find(Specs.Single(s => s.Name == command), row.Name)!;
                if (option.Short != row.Short)
                {
                    errors.Add($"--{row.Name} of {command}: short -{option.Short}, README -{row.Short}");
                }

                if (option.ValueName != row.ValueName)
                {
                    errors.Add($"--{row.Name} of {command}: value {option.ValueName ?? "(flag)"}, README {row.ValueName ?? "(flag)"}");
                }

                if (row.Exempt.Contains(command))
                {
                    continue; // the default cell says how this command differs
                }

                if (option.Default != row.Default)
                {
                    errors.Add($"--{row.Name} of {command}: default '{option.Default}', README '{row.Default}'");
                }

                if (row.Allowed is not null && (option.Allowed is null || !option.Allowed.SequenceEqual(row.Allowed)))
                {
                    errors.Add($"--{row.Name} of {command}: values {string.Join("|", option.Allowed ?? [])}, README {string.Join("|", row.Allowed)}");
                }
            }
        }

        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Fact]
    public void EveryOptionThatThreeCommandsShareIsInTheTable()
    {
        var documented = SharedOptions().Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var shared = Specs.SelectMany(s => s.Options.Select(o => o.Name)).GroupBy(n => n, StringComparer.Ordinal).Where(g => g.Count() >= 3).Select(g => g.Key);

        Assert.All(shared, name => Assert.True(documented.Contains(name), $"--{name} is declared by three commands or more but is not in README's table of shared options"));
    }

    [Fact]
    public void EveryCommandThatWritesToStandardErrorTakesQuiet()
    {
        foreach (var command in FramingApp.AllCommands)
        {
            var source = Source(command);
            var writesToError = source.Contains("context.Error", StringComparison.Ordinal) || source.Contains("CorpusRun.Score(", StringComparison.Ordinal);
            var quiet = Find(command.Spec, "quiet");
            if (writesToError)
            {
                Assert.True(quiet is not null, $"'framing {command.Spec.Name}' writes to standard error but has no -q/--quiet");
            }

            if (quiet is not null)
            {
                Assert.Same(QuietOption.Spec, quiet);
            }
        }
    }

    [Theory]
    [InlineData("score")]
    [InlineData("compare", "--pairs", "al-minbar,al-mirsad", "--permutations", "100", "--bootstrap", "100")] // every pair: a warning that no adjusted p can be small
    [InlineData("keyness", "--target", "al-minbar")]
    [InlineData("coverage")]
    [InlineData("kwic")]
    [InlineData("check", "{sample}", "--editorial-pole", "territorial-change")]
    [InlineData("merge", "{state}")]
    [InlineData("lexicons", "import", "{dictionary}", "--map", "armed=armed-opposition/terrorism", "--map", "rebels=armed-opposition/opposition", "--id", "x", "--language", "en")]
    public void QuietLeavesStandardErrorEmptyWhereThereIsNothingToWarnAbout(params string[] command)
    {
        using var temp = new TempFolder();
        var sample = temp.Write("sample.jsonl", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "sample-corpus.jsonl")));
        var state = Path.Combine(temp.Path, "state.json");
        Assert.Equal(0, CliRunner.Run("score", sample, "--save-state", state, "--bootstrap", "100", "-q").ExitCode);
        var dictionary = temp.Write("dict.yml", "armed:\n- terrorist*\nrebels:\n- rebel*\n");
        var args = command.Select(a => a.Replace("{sample}", sample, StringComparison.Ordinal).Replace("{state}", state, StringComparison.Ordinal).Replace("{dictionary}", dictionary, StringComparison.Ordinal)).ToArray();

        var loud = CliRunner.Run(args);
        var quiet = CliRunner.Run([.. args, "-q"]);
        var quietLong = CliRunner.Run([.. args, "--quiet"]);

        Assert.True(loud.ExitCode is 0 or 1, loud.Error);
        Assert.NotEqual(string.Empty, loud.Error);
        Assert.Equal((loud.ExitCode, loud.Out, string.Empty), (quiet.ExitCode, quiet.Out, quiet.Error));
        Assert.Equal(quiet, quietLong);
    }

    [Fact]
    public void EachCommandsHelpListsExactlyTheExitCodesItCanReturn()
    {
        foreach (var command in FramingApp.AllCommands)
        {
            var words = command.Spec.Name.Split(' ');
            var help = CliRunner.Run([.. words, "--help"]);
            Assert.Equal(0, help.ExitCode);
            var line = help.OutLines[^1];
            Assert.Equal(command.Spec.ExitCodesLine(), line);
            Assert.StartsWith("Exit codes: 0 ok, ", line, StringComparison.Ordinal);
            Assert.Contains(", 2 usage or input error, 3 internal error", line, StringComparison.Ordinal);

            // Exit code 1 is listed exactly when the command's code can return it.
            var returnsOne = Source(command).Contains("ExitCodes.CheckFailed", StringComparison.Ordinal);
            Assert.True(returnsOne == line.Contains(" 1 ", StringComparison.Ordinal), $"'framing {command.Spec.Name}': {(returnsOne ? "returns 1 but its help does not say so" : "never returns 1 but its help lists it")}: {line}");
            Assert.Equal(returnsOne ? [0, 1, 2, 3] : [0, 2, 3], command.Spec.ExitCodes);
        }

        var general = CliRunner.Run("--help").Out;
        Assert.Contains("3 internal error", general, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCommandsThatReturnOneAreTheChecks()
    {
        var failing = FramingApp.AllCommands.Where(c => c.Spec.FailureMeaning is not null).Select(c => c.Spec.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["check", "lexicons validate", "validate"], failing);
        var general = CliRunner.Run("--help").Out;
        foreach (var name in failing)
        {
            Assert.Contains($"'framing {name}'", general.Split("Exit codes:")[1], StringComparison.Ordinal);
        }
    }

    private static OptionSpec? Find(CommandSpec spec, string name) => Array.Find(spec.Options, o => o.Name == name);

    /// <summary>The source file of a command's class (src/Framing.Cli/**/{Type}.cs).</summary>
    private static string Source(ICommand command)
    {
        var folder = Path.Combine(DistributeSlurmTests.RepositoryRoot(), "src", "Framing.Cli");
        var file = Directory.GetFiles(folder, command.GetType().Name + ".cs", SearchOption.AllDirectories).Single();
        return File.ReadAllText(file);
    }

    /// <summary>The rows of the table under README's "### Shared options".</summary>
    private static List<SharedOption> SharedOptions()
    {
        var text = Readme.Value;
        var start = text.IndexOf("\n### Shared options\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no '### Shared options' section");
        var section = text[start..];
        var end = section.IndexOf("\n#", 5, StringComparison.Ordinal);
        section = end < 0 ? section : section[..end];
        var commands = Specs.Select(s => s.Name).OrderByDescending(n => n.Length).ToList();
        var rows = new List<SharedOption>();
        foreach (var line in section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = Regex.Split(line.Trim().Trim('|'), @"(?<!\\)\|").Select(c => c.Trim().Replace("\\|", "|", StringComparison.Ordinal)).ToArray();
            Assert.True(cells.Length == 5, "a row of the shared options table must have 5 cells: " + line);
            var names = Regex.Matches(cells[0], "`(-{1,2})([a-z-]+)`").Select(m => (Dashes: m.Groups[1].Value, Name: m.Groups[2].Value)).ToList();
            var name = names.Single(n => n.Dashes == "--").Name;
            var shortName = names.Where(n => n.Dashes == "-").Select(n => (char?)n.Name[0]).SingleOrDefault();
            var valueName = cells[1] == "—" ? null : Regex.Match(cells[1], "`([^`]+)`").Groups[1].Value;
            var defaultText = cells[2] == "—" ? null : Regex.Replace(cells[2].Split(" (")[0], "`", string.Empty);
            var exemptText = cells[2].Contains(" (", StringComparison.Ordinal) ? cells[2][cells[2].IndexOf(" (", StringComparison.Ordinal)..] : string.Empty;
            var exempt = commands.Where(c => Regex.IsMatch(exemptText, $@"[(;] ?{Regex.Escape(c)}:")).ToArray();
            var oneOf = Regex.Match(cells[3], "one of ((?:`[^`]+`(?:, )?)+)");
            var allowed = oneOf.Success ? Regex.Matches(oneOf.Groups[1].Value, "`([^`]+)`").Select(m => m.Groups[1].Value).ToArray() : null;
            var listed = cells[4].Split(',').Select(c => c.Trim()).ToArray();
            Assert.All(listed, c => Assert.Contains(c, commands));
            rows.Add(new SharedOption(name, shortName, valueName, defaultText, allowed, listed, exempt, line));
        }

        return rows;
    }
}
