using System.Text.Json;

namespace Framing.Cli.Tests.Check;

/// <summary>A group of the corpus that the baseline does not have is listed in the JSON report as "new" and never fails.</summary>
public sealed class DriftNewGroupTests
{
    private static readonly string[] Corpus =
    [
        CheckHelpers.Record("d1", "alpha", "The rebels advanced. The terrorists fled."),
        CheckHelpers.Record("d2", "alpha", "Rebels held the town."),
        CheckHelpers.Record("d3", "beta", "The regime shelled the rebels."),
    ];

    [Fact]
    public void AGroupAddedSinceTheBaselineIsListedAsNew()
    {
        // Before: gamma was in no threshold at all, so the report could not tell it was never compared.
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Corpus));
        var baseline = Path.Combine(temp.Path, "base.json");
        Assert.Equal(0, CliRunner.Run("check", corpus, "--save-baseline", baseline, "-q").ExitCode);
        var grown = temp.Write("c2.jsonl", CheckHelpers.Lines([.. Corpus, CheckHelpers.Record("d4", "gamma", "The regime shelled the rebels.")]));

        var result = CliRunner.Run("check", grown, "--baseline", baseline, "-f", "json", "-q");
        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        using var report = JsonDocument.Parse(result.Out);
        var thresholds = report.RootElement.GetProperty("thresholds").EnumerateArray().ToList();
        Assert.Equal(["alpha", "beta", "gamma"], thresholds.Select(t => t.Text("group")!).Distinct().Order(StringComparer.Ordinal));
        var gamma = thresholds.Where(t => t.Text("group") == "gamma").ToList();
        Assert.NotEmpty(gamma);
        Assert.All(gamma, t => Assert.Equal("new", t.Text("status")));
        Assert.All(gamma, t => Assert.Equal(JsonValueKind.Null, t.GetProperty("baseline").ValueKind));
        var armed = Assert.Single(gamma, t => t.Text("dimension") == "armed-opposition");
        Assert.Equal(JsonValueKind.Number, armed.GetProperty("score").ValueKind);

        // The same dimensions as the baseline's rows: one per dimension of a group it has.
        Assert.Equal(
            thresholds.Where(t => t.Text("group") == "beta").Select(t => t.Text("dimension")),
            gamma.Select(t => t.Text("dimension")));

        // The new group is after the baseline's rows, and no finding is written for it.
        Assert.Equal("gamma", thresholds[^1].Text("group"));
        Assert.Empty(report.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(string.Empty, CliRunner.Run("check", grown, "--baseline", baseline, "-q").Out);
    }

    [Fact]
    public void ANewGroupIsListedOnlyOnTheDimensionsTheBaselineCompares()
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(Corpus));
        var baseline = temp.Write("b.json", """{ "rows": [ {"group":"alpha","dimension":"armed-opposition","score": -0.230769} ] }""");
        var result = CliRunner.Run("check", corpus, "--baseline", baseline, "-f", "json", "-q");
        Assert.True(result.ExitCode == 0, result.Out + result.Error);
        using var report = JsonDocument.Parse(result.Out);
        var thresholds = report.RootElement.GetProperty("thresholds").EnumerateArray().ToList();
        Assert.Equal(2, thresholds.Count);
        Assert.Equal(("alpha", "pass"), (thresholds[0].Text("group"), thresholds[0].Text("status")));
        Assert.Equal(("beta", "new", "armed-opposition"), (thresholds[1].Text("group"), thresholds[1].Text("status"), thresholds[1].Text("dimension")));
    }
}
