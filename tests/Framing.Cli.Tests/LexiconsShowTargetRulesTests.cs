using System.Text.Json;

namespace Framing.Cli.Tests;

/// <summary><c>framing lexicons show</c> lists an entry's own target rule, in every format and with <c>--entries</c>.</summary>
public sealed class LexiconsShowTargetRulesTests
{
    // Invented lexicon: the entry "terrorists" has a rule of its own, 'naming' has none, 'forces' has one that "regime"
    // keeps with a default of its own.
    private const string Lexicon = """
        id: mylex
        version: 1.0.0
        title: My lexicon
        description: Invented test lexicon.
        license: CC-BY-4.0
        authors: [Tester]
        languages: [en]
        dimensions:
          - id: naming
            description: How fighters are named.
            poles:
              a: { id: terror, label: Terror, description: Terror frame. }
              b: { id: rebel, label: Rebel, description: Rebel frame. }
          - id: forces
            description: Forces.
            target: { require: [gov] }
            target-default: count
            poles:
              a: { id: army, label: Army, description: Army. }
              b: { id: regime, label: Regime, description: Regime. }
        actors:
          - { id: gov, label: Government, description: The government., names: { en: [government] } }
          - { id: isis, label: IS, description: IS., names: { en: [isis] } }
        entries:
          - { lang: en, pattern: terrorists, dimension: naming, pole: terror, note: n1, target: { forbid: [isis] }, target-default: ignore }
          - { lang: en, pattern: "rebel*", dimension: naming, pole: rebel, note: n2 }
          - { lang: en, pattern: regime, dimension: forces, pole: regime, note: n3, target-default: ignore }
        """;

    private static readonly string[] Rules =
    [
        "forces requires gov; no actor in reach: count",
        "naming entry \"terrorists\" (en, line 25) forbids isis; no actor in reach: ignore",
        "forces entry \"regime\" (en, line 27) requires gov (the dimension's rule); no actor in reach: ignore",
    ];

    [Fact]
    public void TheTableAndMarkdownListTheEntriesOwnRules()
    {
        // Only the dimensions' rules were shown: "terrorists" seemed to count whatever its target.
        using var temp = new TempFolder();
        var path = temp.Write("tgt.yaml", Lexicon);

        foreach (var format in new[] { "table", "markdown" })
        {
            var result = CliRunner.Run("lexicons", "show", path, "--format", format);
            Assert.Equal(0, result.ExitCode);
            Assert.Equal(Rules.Select(r => "target " + r), result.OutLines.Where(l => l.StartsWith("target ", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public void TheJsonTargetRulesHaveTheEntriesOwn()
    {
        using var temp = new TempFolder();
        var path = temp.Write("tgt.yaml", Lexicon);

        using var json = JsonDocument.Parse(CliRunner.Run("lexicons", "show", path, "--format", "json").Out);

        Assert.Equal(Rules, json.RootElement.GetProperty("target_rules").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void EntriesHaveTheirOwnTargetAndDefault()
    {
        using var temp = new TempFolder();
        var path = temp.Write("tgt.yaml", Lexicon);

        var rows = Csv.Parse(CliRunner.Run("lexicons", "show", path, "--entries", "--format", "csv").Out);

        Assert.Equal([("forbid: isis", "ignore"), ("", ""), ("", "ignore")], rows.Select(r => (r["target"], r["target_default"])));
        using var json = JsonDocument.Parse(CliRunner.Run("lexicons", "show", path, "--entries", "--format", "json").Out);
        Assert.Contains("\"target\": \"forbid: isis\"", json.RootElement.ToString(), StringComparison.Ordinal);
    }
}
