using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Statistics.Comparisons;

namespace Framing.Statistics.Tests;

/// <summary>
/// A small lexicon (every entry of weight 1, so weights equal counts) and helpers that score invented documents the
/// way <c>framing compare</c> does: a corpus tally with bootstrap replicates and the per-document pole weights.
/// </summary>
internal static class ComparisonFixture
{
    /// <summary>forces (state: army / regime: regime), opposition (terror: terrorists / rebel: rebels) and mixed = forces − opposition.</summary>
    public static Lexicon Lexicon { get; } = Lexicon.Parse(
        """
        id: test
        version: 1.0.0
        title: Test lexicon
        description: A lexicon for tests.
        license: CC0-1.0
        authors: [Tester]
        languages: [en]
        dimensions:
          - id: forces
            description: How the government's forces are named.
            poles:
              a: { id: state, label: State, description: State frame. }
              b: { id: regime, label: Regime, description: Regime frame. }
          - id: opposition
            description: How armed opponents are named.
            poles:
              a: { id: terror, label: Terror, description: Terror frame. }
              b: { id: rebel, label: Rebel, description: Rebel frame. }
        composites:
          - id: mixed
            description: State and rebel framing against regime and terror framing.
            components:
              - { dimension: forces, sign: 1 }
              - { dimension: opposition, sign: -1 }
        entries:
          - { lang: en, pattern: "army", dimension: forces, pole: state, note: "test" }
          - { lang: en, pattern: "regime", dimension: forces, pole: regime, note: "test" }
          - { lang: en, pattern: "terrorists", dimension: opposition, pole: terror, note: "test" }
          - { lang: en, pattern: "rebels", dimension: opposition, pole: rebel, note: "test" }
        """,
        "test.yaml");

    /// <summary>
    /// Three outlets. x: 2 army and 18 regime documents, 4 of them with terrorists; y: 15 army (3 with rebels) and 5
    /// regime; z: 9 army and 9 regime (2 with terrorists) and 2 without matches. So forces: x (2, 18), y (15, 5),
    /// z (9, 9); opposition: x (4, 0), y (0, 3), z (2, 0); mixed: x (2, 22), y (18, 5), z (9, 11).
    /// </summary>
    public static List<(string Id, string Group, string Text)> ThreeOutlets()
    {
        var documents = new List<(string, string, string)>();
        void Add(string group, int count, string text)
        {
            for (var i = 0; i < count; i++)
            {
                documents.Add(($"{group}{documents.Count}", group, text));
            }
        }

        Add("x", 2, "The army fought terrorists.");
        Add("x", 2, "The regime fought terrorists.");
        Add("x", 16, "The regime advanced.");
        Add("y", 3, "The army fought rebels.");
        Add("y", 12, "The army advanced.");
        Add("y", 5, "The regime advanced.");
        Add("z", 2, "The army fought terrorists.");
        Add("z", 7, "The army advanced.");
        Add("z", 9, "The regime advanced.");
        Add("z", 2, "Nothing happened.");
        return documents;
    }

    /// <summary>Scores the documents as <c>framing compare</c> does.</summary>
    public static (CorpusTally Tally, DocumentPoleWeights Weights) Score(IEnumerable<(string Id, string Group, string Text)> documents, VoiceSelection voices = VoiceSelection.All, int replicates = 400, ulong seed = 1)
    {
        var weights = new DocumentPoleWeights(Lexicon.Dimensions.Count, voices);
        var items = documents.Select((d, i) => CorpusItem.Accepted(new Document(d.Id, new Dictionary<string, string> { ["outlet"] = d.Group }, d.Text, new DocumentSource("test.jsonl", i + 1))));
        var bootstrap = replicates == 0 ? null : new BootstrapSettings(replicates, seed) with { PooledVoices = voices };
        var tally = new CorpusScorer(Lexicon.Compile(), null, bootstrap).Score(items, d => d.GetField("outlet")!, onDocument: (document, group, result) => weights.Add(group, document, result));
        return (tally, weights);
    }

    /// <summary>Scores and compares.</summary>
    public static IReadOnlyList<ComparisonRow> Compare(IEnumerable<(string Id, string Group, string Text)> documents, ComparisonOptions? options = null, int replicates = 400)
    {
        options ??= new ComparisonOptions { Permutations = 999 };
        var (tally, weights) = Score(documents, options.Voices, replicates);
        return GroupComparer.Compare(Lexicon, tally, weights, options);
    }

    public static ComparisonRow Row(this IReadOnlyList<ComparisonRow> rows, string dimension, string group1, string group2) =>
        rows.Single(r => r.Dimension == dimension && r.Group1 == group1 && r.Group2 == group2);

    public static ComparisonRow Omnibus(this IReadOnlyList<ComparisonRow> rows, string dimension) =>
        rows.Single(r => r.Dimension == dimension && r.Comparison == "omnibus");
}
