namespace Framing.Cli.Tests;

/// <summary>With <c>--known-field</c>, every document of a group must give the same leaning, as rows of a
/// <c>--known</c> file must: an outlet on both sides would be compared with itself and break the outlet-cluster
/// statistics.</summary>
public sealed class KnownFieldTests
{
    private static string Corpus(string leaningOfThirdDocument) =>
        "{\"id\":\"1\",\"outlet\":\"a\",\"leaning\":\"A\",\"text\":\"the terrorists\"}\n" +
        "{\"id\":\"2\",\"outlet\":\"b\",\"leaning\":\"B\",\"text\":\"the rebels\"}\n" +
        $"{{\"id\":\"3\",\"outlet\":\"a\",\"leaning\":\"{leaningOfThirdDocument}\",\"text\":\"the terrorists again\"}}\n" +
        "{\"id\":\"4\",\"outlet\":\"b\",\"leaning\":\"B\",\"text\":\"the rebels again\"}\n";

    [Theory]
    [InlineData("validate")]
    [InlineData("learn")]
    [InlineData("calibrate")]
    public void AGroupWhoseDocumentsGiveTwoLeaningsIsAnErrorAtTheSecond(string command)
    {
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", Corpus("B"));
        string[] output = command == "calibrate" ? ["-o", Path.Combine(temp.Path, "cal.yaml")] : ["--format", "csv"];
        var result = CliRunner.Run([command, path, "--known-field", "leaning", "--side-a", "A", "--side-b", "B", .. output]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: {path}:3: group 'a' has leaning 'B' here and 'A' at {path}:1; each group must have one leaning", Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("learn")]
    public void ALeaningThatDiffersFromASideOnlyInCaseIsAnError(string command)
    {
        // Before, outlet c's documents (leaning 'a', --side-a A) were left out of both sides without an error.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus("A") + "{\"id\":\"5\",\"outlet\":\"c\",\"leaning\":\"a\",\"text\":\"the terrorists\"}\n");

        var result = CliRunner.Run(command, corpus, "--known-field", "leaning", "--side-a", "A", "--side-b", "B", "--format", "csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"framing: error: {corpus}: leaning 'a' in field \"leaning\" differs only in case from 'A' (--side-a); leanings are compared exactly, as group names are: write them the same way",
            Assert.Single(result.ErrorLines));
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("learn")]
    public void KnownAndKnownFieldTogetherAreAUsageError(string command)
    {
        // Before, both together were told they needed "one of them", which read as if neither had been given.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", Corpus("A"));
        var known = temp.Write("known.csv", "outlet,leaning\na,A\nb,B\n");

        var result = CliRunner.Run(command, corpus, "--known", known, "--known-field", "leaning", "--side-a", "A", "--side-b", "B", "--format", "csv");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"framing: error: 'framing {command}' takes the known leanings from --known FILE or from --known-field FIELD, not both", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public void OneLeaningPerGroupIsAccepted()
    {
        using var temp = new TempFolder();
        var result = CliRunner.Run("validate", temp.Write("c.jsonl", Corpus("A")), "--known-field", "leaning", "--side-a", "A", "--side-b", "B", "--format", "csv");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("side A 2 in 1 outlet, side B 2 in 1 outlet", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSummaryShowsLeaningsAndGroupsWithALineBreakOnOneLine()
    {
        // Before, the summary printed other leanings and groups without a leaning as read: a value holding a line
        // break split the one summary line in two. Invented corpus: a leaning and an outlet name with a line break.
        using var temp = new TempFolder();
        var corpus = temp.Write(
            "c.jsonl",
            Corpus("A") +
            "{\"id\":\"5\",\"outlet\":\"c\",\"leaning\":\"w\\nx\",\"text\":\"the rebels\"}\n" +
            "{\"id\":\"6\",\"outlet\":\"u\\nv\",\"text\":\"the rebels\"}\n");

        var result = CliRunner.Run("validate", corpus, "--known-field", "leaning", "--side-a", "A", "--side-b", "B", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        Assert.All(result.ErrorLines, l => Assert.StartsWith("framing: ", l, StringComparison.Ordinal));
        Assert.Contains("not compared: 1 of other leanings (w\\u000Ax 1), 1 without a known leaning (groups u\\u000Av); rejected 0", result.ErrorLines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("learn")]
    [InlineData("calibrate")]
    public void ASideOfOneOutletCannotBeCrossValidatedByOutlet(string command)
    {
        // Before, one outlet a side passed (two outlets between the sides), and each leave-one-outlet-out fold was
        // fitted on the documents of one side only: calibrate printed a calibrated AUC of 1, learn a classifier AUC,
        // from models that had never seen the other side. Invented corpus: outlet a on side A, b on side B.
        using var temp = new TempFolder();
        var path = temp.Write("c.jsonl", Corpus("A"));
        string[] output = command == "calibrate" ? ["-o", Path.Combine(temp.Path, "cal.yaml")] : ["--format", "csv"];

        var result = CliRunner.Run([command, path, "--known-field", "leaning", "--side-a", "A", "--side-b", "B", "--bootstrap", "0", .. output]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            $"framing: error: {path}: cross-validation by outlet needs at least two outlets on each side; side A has 1 (a): a fold that holds it out would have no document of side A to fit",
            Assert.Single(result.ErrorLines));
        Assert.False(File.Exists(Path.Combine(temp.Path, "cal.yaml")));
    }
}
