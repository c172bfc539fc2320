using System.Text.Json;

namespace Framing.Cli.Tests;

/// <summary><c>framing lexicons show</c> states each lexicon's validation status.</summary>
public sealed class LexiconsShowValidationTests
{
    [Fact]
    public void TableShowsTheStatusAndItsNote()
    {
        var result = CliRunner.Run("lexicons", "show", "immigration");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\nvalidation: not validated\n  Not checked against outlets of known leaning", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void ALexiconThatSaysNothingIsShownAsNotStated()
    {
        using var temp = new TempFolder();
        var lexicon = temp.Write("l.yaml", """
            id: quiet
            version: 1.0.0
            title: Quiet
            description: Says nothing about its validity.
            license: CC0-1.0
            authors: [Tester]
            languages: [en]
            dimensions:
              - id: d
                description: D.
                poles:
                  a: { id: x, label: X, description: X. }
                  b: { id: y, label: Y, description: Y. }
            entries:
              - { lang: en, pattern: ex, dimension: d, pole: x, note: n }
            """);
        Assert.Contains("\nvalidation: not stated\n", CliRunner.Run("lexicons", "show", lexicon).Out, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(CliRunner.Run("lexicons", "show", lexicon, "--format", "json").Out);
        Assert.Equal("not-stated", json.RootElement.GetProperty("validation").GetProperty("status").GetString());
    }

    [Fact]
    public void JsonCarriesEveryField()
    {
        using var temp = new TempFolder();
        var lexicon = temp.Write("l.yaml", """
            id: checked
            version: 1.0.0
            title: Checked
            description: Claims validity, with its evidence.
            license: CC0-1.0
            authors: [Tester]
            languages: [en]
            validation:
              status: validated
              date: 2026-12-02
              corpora: [a.jsonl]
              figures: ["composite document AUC 0.91 (framing validate a.jsonl --lexicon l.yaml --known k.csv --side-a x --side-b y)"]
              note: Two outlets per side only.
            dimensions:
              - id: d
                description: D.
                poles:
                  a: { id: x, label: X, description: X. }
                  b: { id: y, label: Y, description: Y. }
            entries:
              - { lang: en, pattern: ex, dimension: d, pole: x, note: n }
            """);
        var table = CliRunner.Run("lexicons", "show", lexicon).Out;
        Assert.Contains("\nvalidation: validated 2026-12-02 on a.jsonl\n  composite document AUC 0.91 (framing validate a.jsonl", table, StringComparison.Ordinal);
        Assert.Contains("\n  Two outlets per side only.\n", table, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(CliRunner.Run("lexicons", "show", lexicon, "--format", "json").Out);
        var v = json.RootElement.GetProperty("validation");
        Assert.Equal("validated", v.GetProperty("status").GetString());
        Assert.Equal("2026-12-02", v.GetProperty("date").GetString());
        Assert.Equal("a.jsonl", v.GetProperty("corpora")[0].GetString());
        Assert.StartsWith("composite document AUC 0.91", v.GetProperty("figures")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Two outlets per side only.", v.GetProperty("note").GetString());
    }
}
