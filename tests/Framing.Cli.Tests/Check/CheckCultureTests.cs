namespace Framing.Cli.Tests.Check;

/// <summary>Every output format of <c>framing check</c> is the same bytes under every culture.</summary>
public sealed class CheckCultureTests
{
    [Theory]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void OutputIsTheSameUnderEveryCulture(string culture)
    {
        using var temp = new TempFolder();
        var corpus = temp.Write("c.jsonl", CheckHelpers.Lines(
            CheckHelpers.Record("d1", "İstanbul", "The terrorists and the rebels and the rebels. The REGIME fell."),
            CheckHelpers.Record("d2", "wire", "قال المتحدث إن الإرهابيين فروا، و«الثوار» تقدموا.")));
        var baseline = Path.Combine(temp.Path, "baseline.json");
        Assert.Equal(0, CheckHelpers.WithCulture(string.Empty, () => CliRunner.Run("check", corpus, "--save-baseline", baseline).ExitCode));
        var after = temp.Write("after.jsonl", CheckHelpers.Lines(CheckHelpers.Record("d1", "İstanbul", "The terrorists and the rebels. The REGIME fell.")));
        string[] rules =
        [
            "--editorial-pole", "armed-opposition/terrorism", "--editorial-entry", "regime", "--min-document-score", "armed-opposition=0.5",
            "--group-range", "armed-opposition=-0.25..0.25", "--baseline", baseline, "--tolerance", "0.001", "--source-root", temp.Path,
        ];
        foreach (var format in new[] { "text", "json", "sarif", "github" })
        {
            string[] args = ["check", corpus, after, .. rules, "--format", format];
            var invariant = CheckHelpers.WithCulture(string.Empty, () => CliRunner.Run(args));
            var local = CheckHelpers.WithCulture(culture, () => CliRunner.Run(args));
            Assert.Equal(1, invariant.ExitCode);
            Assert.Equal(invariant.Out, local.Out);
            Assert.Equal(invariant.Error, local.Error);
        }

        var text = CheckHelpers.WithCulture(culture, () => CliRunner.Run(["check", corpus, after, .. rules]));
        Assert.Contains("scores -0.230769 on armed-opposition", text.Out, StringComparison.Ordinal);
        Assert.Contains("group İstanbul moved on armed-opposition", text.Out, StringComparison.Ordinal);
    }
}
