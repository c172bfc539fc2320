using System.Globalization;

namespace Framing.Cli.Tests;

/// <summary><c>framing score --per-document</c> writes composite rows after each document's dimension rows (invented text).</summary>
public sealed class PerDocumentCompositeTests
{
    // The composite takes 'labels' with sign 1 and 'places' with sign -1: its pole A is labels' pole A plus places' pole B.
    private const string Lexicon = """
        id: per-document-composite
        version: 1.0.0
        title: Per-document composite test
        description: Two dimensions and a composite with a negative sign.
        license: CC0-1.0
        authors: [Tester]
        languages: [en]
        dimensions:
          - id: labels
            description: Labels.
            poles:
              a: { id: harsh, label: Harsh, description: Harsh. }
              b: { id: mild, label: Mild, description: Mild. }
            neutral: { description: Neither. }
          - id: places
            description: Places.
            poles:
              a: { id: freed, label: Freed, description: Freed. }
              b: { id: taken, label: Taken, description: Taken. }
        composites:
          - id: mix
            description: labels minus places.
            components:
              - { dimension: labels, sign: 1 }
              - { dimension: places, sign: -1 }
        entries:
          - { lang: en, pattern: brutes, dimension: labels, pole: harsh, weight: 0.5, note: n }
          - { lang: en, pattern: fellows, dimension: labels, pole: mild, note: n }
          - { lang: en, pattern: folks, dimension: labels, pole: neutral, note: n }
          - { lang: en, pattern: freed, dimension: places, pole: freed, note: n }
          - { lang: en, pattern: taken, dimension: places, pole: taken, weight: 0.25, note: n }
        """;

    [Fact]
    public void CompositeRowsPoolTheDimensionsWithTheirSigns()
    {
        using var temp = new TempFolder();
        var lexicon = temp.Write("l.yaml", Lexicon);
        var corpus = temp.Write("c.jsonl", """
            {"id":"d1","outlet":"o","text":"Brutes and fellows and folks. The town was taken, then taken again, then freed."}
            {"id":"d2","outlet":"o","text":"Nothing to see."}

            """);
        var result = CliRunner.Run("score", corpus, "--lexicon", lexicon, "--per-document", "--format", "csv", "-q");
        Assert.Equal(0, result.ExitCode);
        var rows = Csv.Parse(result.Out);
        Assert.Equal([("d1", "labels"), ("d1", "places"), ("d1", "mix"), ("d2", "labels"), ("d2", "places"), ("d2", "mix")], rows.Select(r => (r["id"], r["dimension"])));

        var mix = rows[2];
        Assert.Equal("3", mix["count_a"]);        // brutes + taken twice (places' pole B, sign -1)
        Assert.Equal("2", mix["count_b"]);        // fellows + freed
        Assert.Equal("1", mix["weight_a"]);       // 0.5 + 0.25 + 0.25
        Assert.Equal("2", mix["weight_b"]);       // 1 + 1
        Assert.Equal("1", mix["count_neutral"]);  // folks
        Assert.Equal(-1.0 / 3, double.Parse(mix["score"], CultureInfo.InvariantCulture), 5);
        Assert.Equal(mix["tokens"], rows[0]["tokens"]);
        Assert.Equal(string.Empty, rows[5]["score"]); // no matches: no score, as in the dimension rows
        Assert.Equal("0", rows[5]["count_a"]);

        // The group row of the composite is the sum of its document rows.
        var group = Csv.Parse(CliRunner.Run("score", corpus, "--lexicon", lexicon, "--format", "csv", "-q").Out).Single(r => r["dimension"] == "mix");
        Assert.Equal((group["count_a"], group["count_b"], group["weight_a"], group["weight_b"]), (mix["count_a"], mix["count_b"], mix["weight_a"], mix["weight_b"]));
    }
}
