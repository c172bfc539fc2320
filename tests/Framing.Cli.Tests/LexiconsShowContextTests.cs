using System.Text.Json;

namespace Framing.Cli.Tests;

/// <summary><c>framing lexicons show --context</c> lists every word of the context sections, with its section,
/// language, role, window and line, in every format (invented lexicon).</summary>
public sealed class LexiconsShowContextTests
{
    private const string Lexicon = """
        id: ctx
        version: 1.0.0
        title: Context lexicon
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
        actors:
          - id: gov
            label: Government
            description: The government.
            names: { en: [government, "the cabinet"] }
            scare: { dimension: naming, pole: rebel, weight: 1 }
        speech:
          en:
            cues: [said, "according to"]
            openers: [that]
        negation:
          en: { window: 2, words: [not] }
        target-links:
          en: { window: 3, words: [of] }
        scare-markers:
          en: { before: ["so-called"], after: [alleged], quotes: true }
        scope:
          en: { words: ["narnia*", cair] }
        entries:
          - { lang: en, pattern: terrorists, dimension: naming, pole: terror, note: n1 }
        """;

    private static readonly (string Section, string Word, string Role, string Window, string Line)[] Expected =
    [
        ("actors", "government", "gov", "", "18"),
        ("actors", "the cabinet", "gov", "", "18"),
        ("speech", "said", "cue", "", "22"),
        ("speech", "according to", "cue", "", "22"),
        ("speech", "that", "opener", "", "22"),
        ("negation", "not", "", "2", "25"),
        ("target-links", "of", "", "3", "27"),
        ("scare-markers", "so-called", "before", "", "29"),
        ("scare-markers", "alleged", "after", "", "29"),
        ("scare-markers", "", "quotes", "", "29"),
        ("scope", "narnia*", "", "", "31"),
        ("scope", "cair", "", "", "31"),
    ];

    [Fact]
    public void EveryContextWordIsARowWithItsSectionRoleAndLine()
    {
        using var temp = new TempFolder();
        var path = temp.Write("ctx.yaml", Lexicon);

        var result = CliRunner.Run("lexicons", "show", path, "--context", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        var rows = Csv.Parse(result.Out);
        Assert.All(rows, r => Assert.Equal("en", r["lang"]));
        var speechWindow = rows.First(r => r["section"] == "speech")["window"];
        Assert.NotEqual(string.Empty, speechWindow); // the cues' window, whatever the default is
        Assert.Equal(
            Expected.Select(e => e.Section == "speech" ? e with { Window = speechWindow } : e),
            rows.Select(r => (r["section"], r["word"], r["role"], r["window"], r["line"])));
    }

    [Fact]
    public void TheJsonRowsNameTheScopeWords()
    {
        using var temp = new TempFolder();
        var path = temp.Write("ctx.yaml", Lexicon);

        using var json = JsonDocument.Parse(CliRunner.Run("lexicons", "show", path, "--context", "--format", "json").Out);

        var scope = json.RootElement.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("section").GetString() == "scope")
            .Select(r => r.GetProperty("word").GetString());
        Assert.Equal(["narnia*", "cair"], scope);
    }

    [Fact]
    public void TheBuiltInLexiconListsItsScopeWordsInBothLanguages()
    {
        var rows = Csv.Parse(CliRunner.Run("lexicons", "show", "syria-conflict", "--context", "--format", "csv").Out);

        var scope = rows.Where(r => r["section"] == "scope").ToList();
        Assert.Contains(scope, r => r["lang"] == "ar" && r["word"] == "دمشق");
        Assert.Contains(scope, r => r["lang"] == "en" && r["word"] == "damascus");
        Assert.Contains(rows, r => r["section"] == "actors" && r["role"] == "isis");
    }

    [Fact]
    public void EntriesAndContextTogetherAreAUsageError()
    {
        var result = CliRunner.Run("lexicons", "show", "starter", "--context", "--entries");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--entries and --context", result.Error, StringComparison.Ordinal);
    }
}
