using System.Globalization;

namespace Framing.Cli.Tests;

/// <summary>Targets, negation and attributed voice as <c>framing kwic</c> and <c>framing score</c> show them (invented text).</summary>
public sealed class ContextRulesCommandTests
{
    private const string Lexicon = """
        id: cli-context
        version: 1.0.0
        title: CLI context test
        description: Targets, negation and voice.
        license: CC0-1.0
        authors: [Tester]
        languages: [en]
        dimensions:
          - id: opposition
            description: How armed opponents are named.
            poles:
              a: { id: terror, label: Terror, description: Terror frame. }
              b: { id: rebel, label: Rebel, description: Rebel frame. }
            target: { forbid: [isis] }
            target-default: count
        actors:
          - { id: isis, label: Islamic State, description: The jihadist group., names: { en: [ISIS] } }
          - { id: nusra, label: Nusra Front, description: Al-Qaeda's branch., names: { en: [Nusra] } }
        speech:
          en: { cues: [said] }
        negation:
          en: { words: [not] }
        entries:
          - { lang: en, pattern: terrorists, dimension: opposition, pole: terror, note: n }
          - { lang: en, pattern: rebels, dimension: opposition, pole: rebel, note: n }
        """;

    private const string Text = "ISIS terrorists attacked. They are not rebels. Nusra terrorists fled, the army said.";

    private static (string Lexicon, string Corpus, TempFolder Temp) Files()
    {
        var temp = new TempFolder();
        var lexicon = temp.Write("context.yaml", Lexicon);
        var corpus = temp.Write("c.jsonl", "{\"id\":\"d1\",\"outlet\":\"o\",\"text\":\"" + Text + "\"}\n");
        return (lexicon, corpus, temp);
    }

    [Fact]
    public void KwicShowsTargetAndStatusOfEveryMatch()
    {
        var (lexicon, corpus, temp) = Files();
        using (temp)
        {
            var result = CliRunner.Run("kwic", corpus, "--lexicon", lexicon, "--format", "csv");
            Assert.Equal(0, result.ExitCode);
            Assert.EndsWith(",rule,line,target,status", result.OutLines[0], StringComparison.Ordinal);
            var rows = Csv.Parse(result.Out);
            Assert.Equal(
                [("terrorists", "isis", "off-target", "editorial"), ("rebels", "", "negated", "editorial"), ("terrorists", "nusra", "counted", "attributed")],
                rows.Select(r => (r["match"], r["target"], r["status"], r["voice"])));

            var counted = Csv.Parse(CliRunner.Run("kwic", corpus, "--lexicon", lexicon, "--format", "csv", "--status", "counted").Out);
            Assert.Equal("nusra", Assert.Single(counted)["target"]);
            var attributed = Csv.Parse(CliRunner.Run("kwic", corpus, "--lexicon", lexicon, "--format", "csv", "--voice", "attributed").Out);
            Assert.Equal("attributed", Assert.Single(attributed)["voice"]);
            Assert.Equal(2, CliRunner.Run("kwic", corpus, "--lexicon", lexicon, "--status", "maybe").ExitCode);
        }
    }

    [Fact]
    public void ScoreReportsAttributedNegatedAndOffTargetCounts()
    {
        var (lexicon, corpus, temp) = Files();
        using (temp)
        {
            long Value(List<Dictionary<string, string>> rows, string column) =>
                long.Parse(rows.Single(r => r["dimension"] == "opposition")[column], CultureInfo.InvariantCulture);

            var all = Csv.Parse(CliRunner.Run("score", corpus, "--lexicon", lexicon, "--format", "csv", "--bootstrap", "0").Out);
            Assert.Equal(1, Value(all, "count_a"));
            Assert.Equal(0, Value(all, "count_b"));
            Assert.Equal(1, Value(all, "attributed_count_a"));
            Assert.Equal(0, Value(all, "editorial_count_a"));
            Assert.Equal(1, Value(all, "negated_count_b"));
            Assert.Equal(1, Value(all, "off_target_count_a"));

            var editorial = Csv.Parse(CliRunner.Run("score", corpus, "--lexicon", lexicon, "--format", "csv", "--bootstrap", "0", "--voice", "editorial").Out);
            Assert.Equal(0, Value(editorial, "count_a"));
            Assert.Equal(1, Value(editorial, "off_target_count_a"));
            Assert.Equal("editorial", editorial.Single()["voice"]);

            var perDocument = Csv.Parse(CliRunner.Run("score", corpus, "--lexicon", lexicon, "--format", "csv", "--per-document", "--voice", "attributed").Out);
            Assert.Equal(1, Value(perDocument, "count_a"));
            Assert.Equal(1, Value(perDocument, "attributed_count_a"));
            Assert.Equal(0, Value(perDocument, "negated_count_b")); // the negated label is editorial
        }
    }

    [Fact]
    public void LexiconsShowListsActorsAndTargetRules()
    {
        var (lexicon, _, temp) = Files();
        using (temp)
        {
            var result = CliRunner.Run("lexicons", "show", lexicon);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("actors: isis, nusra", result.Out, StringComparison.Ordinal);
            Assert.Contains("target opposition forbids isis; no actor in reach: count", result.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CompareAcceptsTheAttributedVoice()
    {
        var (lexicon, _, temp) = Files();
        using (temp)
        {
            var corpus = temp.Write("two.jsonl",
                "{\"id\":\"a\",\"outlet\":\"x\",\"text\":\"The army said terrorists fled.\"}\n" +
                "{\"id\":\"b\",\"outlet\":\"y\",\"text\":\"The army said rebels fled.\"}\n");
            var result = CliRunner.Run("compare", corpus, "--lexicon", lexicon, "--format", "json", "--voice", "attributed");
            Assert.Equal(0, result.ExitCode);
            using var json = System.Text.Json.JsonDocument.Parse(result.Out);
            Assert.Equal("attributed", json.RootElement.GetProperty("voice").GetString());
            var pair = json.RootElement.GetProperty("rows")[0];
            Assert.Equal(1, pair.GetProperty("score_1").GetDouble());
            Assert.Equal(-1, pair.GetProperty("score_2").GetDouble());
        }
    }
}
