namespace Framing.Cli.Tests;

/// <summary>Every corpus command treats bad records the same way: one cap on the warnings, one message, every record counted.</summary>
public sealed class BadRecordPolicyTests
{
    [Theory]
    [InlineData("score")]
    [InlineData("compare")]
    [InlineData("keyness", "--target", "a")]
    [InlineData("coverage")]
    [InlineData("kwic")]
    [InlineData("check", "--editorial-pole", "armed-opposition")]
    [InlineData("validate", "--known-field", "leaning", "--side-a", "x", "--side-b", "y")]
    [InlineData("scale", "wordscores", "--reference", "REFS", "--include-references")] // every text is a reference: without it, a warning says so even with -q
    public void TwentyFiveBadRecordsGiveTwentyWarningsAndOneLineForTheRest(string command, params string[] options)
    {
        using var temp = new TempFolder();
        var lines = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            lines.Add($"{{\"id\":\"d{i}\",\"outlet\":\"{(i % 2 == 0 ? "a" : "b")}\",\"leaning\":\"{(i % 2 == 0 ? "x" : "y")}\",\"text\":\"The rebels and the regime forces met terrorists.\"}}");
        }

        lines.AddRange(Enumerable.Range(0, 25).Select(_ => "{not json"));
        var corpus = temp.Write("c.jsonl", string.Join('\n', lines) + "\n");
        var refs = temp.Write("refs.csv", "outlet,position\na,-1\nb,1\n");
        string[] head = command == "scale" ? ["scale", "wordscores", corpus] : [command, corpus];
        string[] rest = [.. options.Skip(command == "scale" ? 1 : 0).Select(o => o == "REFS" ? refs : o)];
        var result = CliRunner.Run([.. head, .. rest, "--skip-invalid", "-q"]);

        Assert.True(result.ExitCode is 0 or 1, result.Error);
        // (compare's four documents a side also get the warning that no adjusted permutation p-value can be small, and
        // keyness's eight-word texts the one that a term is a large share of its group's terms.)
        var warnings = result.ErrorLines.Where(l => l.StartsWith("framing: warning: ", StringComparison.Ordinal)
            && !l.StartsWith("framing: warning: no p_permutation_adj", StringComparison.Ordinal)
            && !l.Contains("the two-term variance of logodds", StringComparison.Ordinal)).ToList();
        Assert.Equal(21, warnings.Count);
        Assert.All(warnings.Take(20), w => Assert.StartsWith("framing: warning: skipped " + corpus + ":", w, StringComparison.Ordinal));
        Assert.Equal("framing: warning: more bad records skipped; the summary line counts them all", warnings[20]);

        var strict = CliRunner.Run([.. head, .. rest, "-q"]);
        Assert.Equal(2, strict.ExitCode);
        Assert.Equal($"framing: error: {corpus}:9: malformed JSON", strict.ErrorLines.Single()[..$"framing: error: {corpus}:9: malformed JSON".Length]);
        Assert.EndsWith("(use --skip-invalid to skip bad records)", strict.ErrorLines.Single(), StringComparison.Ordinal);
    }
}
