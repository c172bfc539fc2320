using System.Globalization;
using System.Text.RegularExpressions;

namespace Framing.Cli.Tests;

/// <summary>
/// <c>FRAMING_TIMINGS=1</c>: one note line on standard error at the end of a run, with the phases in the order they
/// ran, each in whole milliseconds (ASCII digits whatever the culture), and the output itself unchanged.
/// </summary>
public sealed class PhaseTimingsTests
{
    private const string Prefix = "framing: note: timings: ";

    private static readonly Dictionary<string, string?> TimingsOn = new() { [PhaseTimings.Variable] = "1" };

    [Fact]
    public void TheClockIsOffUnlessTheVariableHasAValue()
    {
        Assert.Null(PhaseTimings.FromEnvironment(new Dictionary<string, string?>(), () => TimeSpan.Zero));
        Assert.Null(PhaseTimings.FromEnvironment(new Dictionary<string, string?> { [PhaseTimings.Variable] = "" }, () => TimeSpan.Zero));
        Assert.NotNull(PhaseTimings.FromEnvironment(TimingsOn, null));
    }

    [Fact]
    public void TheRuntimePhaseComesFirstAndOnlyWhenTheProcessStartIsKnown()
    {
        var asProcess = PhaseTimings.FromEnvironment(TimingsOn, () => TimeSpan.FromMilliseconds(40.4))!;
        asProcess.End();
        Assert.Equal(["runtime", "command", "total"], Phases(asProcess.Describe()).Select(p => p.Phase));
        Assert.Equal(40, Phases(asProcess.Describe())[0].Milliseconds);

        var inProcess = PhaseTimings.FromEnvironment(TimingsOn, null)!;
        inProcess.End();
        Assert.Equal(["command", "total"], Phases(inProcess.Describe()).Select(p => p.Phase));
    }

    [Fact]
    public void TheLastPhaseIsFinishAfterACommandThatMarkedItsOwnPhases()
    {
        var own = new PhaseTimings(null);
        own.MarkArguments();
        own.Mark("lexicon");
        own.Mark("scoring");
        own.End();
        Assert.Equal(["arguments", "lexicon", "scoring", "finish", "total"], Phases(own.Describe()).Select(p => p.Phase));

        var none = new PhaseTimings(null);
        none.MarkArguments();
        none.End();
        Assert.Equal(["arguments", "command", "total"], Phases(none.Describe()).Select(p => p.Phase));
    }

    [Fact]
    public void ManyPhasesAreKeptInOrderWithTheirOwnTimes()
    {
        var clock = new PhaseTimings(TimeSpan.FromMilliseconds(7));
        var names = Enumerable.Range(0, 20).Select(i => "phase" + (char)('a' + i)).ToList();
        foreach (var name in names)
        {
            clock.Mark(name);
        }

        clock.End();
        var phases = Phases(clock.Describe());
        Assert.Equal(["runtime", .. names, "command", "total"], phases.Select(p => p.Phase));
        Assert.Equal(7, phases[0].Milliseconds);
        Assert.All(phases.Skip(1).Take(names.Count), p => Assert.InRange(p.Milliseconds, 0, 10_000));
    }

    [Fact]
    public void TheTotalIsTheSumOfThePhasesWithinRounding()
    {
        var clock = new PhaseTimings(TimeSpan.FromMilliseconds(12.6));
        clock.MarkArguments();
        Thread.Sleep(15);
        clock.Mark("work");
        Thread.Sleep(5);
        clock.End();
        var phases = Phases(clock.Describe());
        var sum = phases.Take(phases.Count - 1).Sum(p => p.Milliseconds);
        var total = phases[^1].Milliseconds;
        Assert.InRange(total, sum - (phases.Count - 1), sum + (phases.Count - 1)); // each figure rounded on its own
        Assert.Equal(13, phases[0].Milliseconds);
        Assert.InRange(phases[2].Milliseconds, 15, 10_000); // slept 15 ms
        Assert.InRange(total, 13 + 15 + 5, 100_000);
    }

    [Fact]
    public void ScoreNamesItsPhasesAndWritesTheSameOutput()
    {
        var plain = CliRunner.Run("score", "--format", "csv");
        var timed = CliRunner.RunWithEnvironment(TimingsOn, "score", "--format", "csv");
        Assert.Equal(0, timed.ExitCode);
        Assert.Equal(plain.Out, timed.Out);

        var line = Assert.Single(timed.ErrorLines, l => l.StartsWith(Prefix, StringComparison.Ordinal));
        Assert.Equal(line, timed.ErrorLines[^1]); // after the summary line
        Assert.Equal(plain.ErrorLines, timed.ErrorLines[..^1]);
        var expected = new List<string> { "arguments", "lexicon", "scoring", "output", "finish", "total" };
        if (CliRunner.Binary is not null)
        {
            expected.Insert(0, "runtime"); // an executable knows when its process started
        }

        Assert.Equal(expected, Phases(line).Select(p => p.Phase));
    }

    [Fact]
    public void AProcessSaysWhatTheJitCompiledAndWhatItAllocatedAndAnInProcessRunDoesNot()
    {
        var asProcess = new PhaseTimings(TimeSpan.FromMilliseconds(5));
        asProcess.End();
        var match = Regex.Match(asProcess.Describe(), "; compiled at run time: ([0-9]+) methods, ([0-9]+) ms; allocated ([0-9]+[.][0-9]) MB, ([0-9]+) collections$", RegexOptions.CultureInvariant);
        Assert.True(match.Success, asProcess.Describe());
        if (System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeCompiled)
        {
            Assert.True(long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) > 0); // this test itself was compiled
        }

        // The test host has allocated something by now (this test's own strings among it).
        Assert.True(double.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) > 0, asProcess.Describe());

        var inProcess = new PhaseTimings(null);
        inProcess.End();
        Assert.DoesNotContain("compiled", inProcess.Describe(), StringComparison.Ordinal);
        Assert.DoesNotContain("allocated", inProcess.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void QuietKeepsTheTimingsThatWereAskedFor()
    {
        var timed = CliRunner.RunWithEnvironment(TimingsOn, "score", "--format", "csv", "-q");
        var line = Assert.Single(timed.ErrorLines);
        Assert.StartsWith(Prefix, line, StringComparison.Ordinal);
    }

    [Fact]
    public void ACommandWithoutPhasesOfItsOwnIsOnePhase()
    {
        var timed = CliRunner.RunWithEnvironment(TimingsOn, "lexicons", "list", "--format", "csv");
        Assert.Equal(0, timed.ExitCode);
        var line = Assert.Single(timed.ErrorLines, l => l.StartsWith(Prefix, StringComparison.Ordinal));
        Assert.Equal(["arguments", "command", "total"], Phases(line).Select(p => p.Phase).Where(p => p != "runtime"));
    }

    [Fact]
    public void AnErrorStaysOneLine()
    {
        var failed = CliRunner.RunWithEnvironment(TimingsOn, "score", "no-such-corpus.jsonl");
        Assert.Equal(2, failed.ExitCode);
        var line = Assert.Single(failed.ErrorLines);
        Assert.StartsWith("framing: error: ", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void FiguresAreWrittenTheSameWayInEveryCulture(string culture)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            var clock = new PhaseTimings(TimeSpan.FromMilliseconds(1234.5));
            clock.End();
            Assert.Matches(new Regex("^timings: runtime 1235 ms, command [0-9]+ ms, total [0-9]+ ms; compiled at run time: [0-9]+ methods, [0-9]+ ms; allocated [0-9]+[.][0-9] MB, [0-9]+ collections$", RegexOptions.CultureInvariant), clock.Describe());
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    // "timings: a 1 ms, b 2 ms, total 3 ms" as (phase, milliseconds) pairs; every figure must be whole ASCII digits. What
    // the JIT compiled, after "; ", is not a phase.
    private static List<(string Phase, long Milliseconds)> Phases(string line)
    {
        var body = line.StartsWith(Prefix, StringComparison.Ordinal) ? line[Prefix.Length..] : line["timings: ".Length..];
        body = body.Split("; ")[0];
        var phases = new List<(string, long)>();
        foreach (var part in body.Split(", "))
        {
            var match = Regex.Match(part, "^([a-z]+) ([0-9]+) ms$", RegexOptions.CultureInvariant);
            Assert.True(match.Success, $"not a phase: '{part}' in '{line}'");
            phases.Add((match.Groups[1].Value, long.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture)));
        }

        return phases;
    }
}
