namespace Framing.Cli.Tests;

/// <summary>What each command's help says about its input is what the command accepts.</summary>
public sealed class HelpStatementsTests
{
    private static IEnumerable<Arguments.CommandSpec> Specs => FramingApp.AllCommands.Select(c => c.Spec);

    [Fact]
    public void EveryCommandThatReadsParquetNamesItInItsCorpusArgument()
    {
        var readers = Specs.Where(s => s.Options.Any(o => o.Name == "corpus-format")).ToList();
        Assert.True(readers.Count >= 10, "the commands that read a corpus were not found");

        var silent = readers
            .Where(s => !s.Positionals[0].Help.Contains("parquet", StringComparison.OrdinalIgnoreCase)
                && !s.Positionals[0].Help.StartsWith("As for 'framing score'", StringComparison.Ordinal))
            .Select(s => s.Name + ": " + s.Positionals[0].Help)
            .ToList();

        Assert.Empty(silent);
    }

    [Fact]
    public void TheLanguageFieldHelpNamesEveryCodeThatLeavesTheLanguageToTheScript()
    {
        var help = Assert.Single(Specs.SelectMany(s => s.Options).Where(o => o.Name == "language-field").Select(o => o.Help).Distinct());

        // Framing.Corpus.CorpusRun reads these as "no language given" and detects the script instead.
        foreach (var code in new[] { "und", "mul", "mis", "zxx" })
        {
            Assert.Contains(code, help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CheckHelpSaysWhereTheFindingsOfAParquetRowAre()
    {
        var help = Specs.Single(s => s.Name == "check").HelpText();

        Assert.Contains("Parquet row", help, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "no bootstrap (--bootstrap 0)")]
    [InlineData("1", "too few replicates for an interval")]
    public void ScoreHelpNamesEveryRunWithoutIntervals(string replicates, string note)
    {
        var csv = Csv.Parse(CliRunner.Run("score", "--bootstrap", replicates, "--format", "csv").Out);
        Assert.All(csv, r => Assert.Equal((string.Empty, string.Empty, note), (r["ci_low"], r["ci_high"], r["ci_note"])));

        var help = string.Join(' ', CliRunner.Run("score", "--help").Out.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

        Assert.Contains("or when --bootstrap is 0 or 1", help, StringComparison.Ordinal);
    }

    [Fact]
    public void AllowEmptyPromisesExitZeroOnlyWhereAnEmptyCorpusGivesIt()
    {
        using var temp = new TempFolder();
        var empty = temp.Write("empty.jsonl", string.Empty);
        var known = temp.Write("known.csv", "outlet,leaning\nx,a\ny,b\n");
        var references = temp.Write("refs.csv", "outlet,position\nx,-1\ny,1\n");
        string[] sides = ["--known", known, "--side-a", "a", "--side-b", "b"];
        var runs = new Dictionary<string, string[]>(StringComparer.Ordinal)
        {
            ["score"] = [],
            ["kwic"] = [],
            ["coverage"] = [],
            ["compare"] = [],
            ["keyness"] = ["--target", "x"],
            ["check"] = ["--editorial-pole", "armed-opposition"],
            ["report"] = ["-o", Path.Combine(temp.Path, "report.html")],
            ["distribute slurm"] = ["--shards", "2", "--out", Path.Combine(temp.Path, "run"), "--dry-run"],
            ["validate"] = sides,
            ["calibrate"] = [.. sides, "-o", Path.Combine(temp.Path, "calibrated.yaml")],
            ["learn"] = sides,
            ["scale wordscores"] = ["--reference", references],
            ["merge"] = [],
        };
        var emptyState = Path.Combine(temp.Path, "empty-state.json");
        Assert.Equal(0, CliRunner.Run("score", empty, "--allow-empty", "--save-state", emptyState, "-q").ExitCode);
        var declaring = Specs.Where(s => s.Options.Any(o => o.Name == "allow-empty")).Select(s => s.Name).Order(StringComparer.Ordinal);
        Assert.Equal(declaring, runs.Keys.Order(StringComparer.Ordinal));

        var wrong = new List<string>();
        foreach (var (command, extra) in runs)
        {
            var result = CliRunner.Run([.. command.Split(' '), command == "merge" ? emptyState : empty, "--allow-empty", .. extra]);
            var help = Specs.Single(s => s.Name == command).Options.Single(o => o.Name == "allow-empty").Help;
            var promisesZero = help.Contains("exit 0", StringComparison.Ordinal);
            if (result.ExitCode is not (0 or 2) || promisesZero != (result.ExitCode == 0) || (result.ExitCode == 2 && !help.Contains("exit 2", StringComparison.Ordinal)))
            {
                wrong.Add($"{command}: exit {result.ExitCode} ({result.Error.Trim()}), help: {help}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}
