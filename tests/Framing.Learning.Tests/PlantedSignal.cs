using Framing.Corpus;
using Framing.Lexicons;

namespace Framing.Learning.Tests;

/// <summary>
/// An invented English corpus with a planted signal (all text here is invented for the tests). Six outlets: a1-a3 of
/// leaning camp-a, b1-b3 of camp-b, 24 documents each, filler drawn from one shared word list with a seeded generator.
/// Planted: the entry "stalwarts" (pole a, weight 0.2) in 80% of side A's documents and 10% of side B's; "guardians"
/// (pole b) in 70% of side B's and 10% of side A's; "weather" (pole a, weight 1), noise, in every other document of
/// every outlet; the phrase "brave defenders" (in no entry) in 75% of the documents of a2 and a3 and none of side B's; the
/// byline "filed by quentin marlow" in every document of outlet a1 only (whose documents lack the phrase, so that the byline tells their side).
/// </summary>
internal static class PlantedSignal
{
    public const string Lexicon = """
        id: planted-signal
        version: 1.0.0
        title: Planted signal
        description: Entries planted in an invented corpus.
        license: CC0-1.0
        authors: [Tester]
        languages: [en]
        dimensions:
          - id: stance
            description: How the defenders are named.
            poles:
              a: { id: praise, label: Praise, description: Praise. }
              b: { id: blame, label: Blame, description: Blame. }
        entries:
          # planted signal, weak weight
          - { lang: en, pattern: stalwarts, dimension: stance, pole: praise, weight: 0.2, note: "planted on side A" }
          - { lang: en, pattern: "weather", dimension: stance, pole: praise, weight: 1, note: "planted noise", exclude: ["weather report"] }
          - { lang: en, pattern: guardians, dimension: stance, pole: blame, weight: 0.5, note: "planted on side B" }
          - { lang: en, pattern: phantoms, dimension: stance, pole: blame, note: "used by nobody" }
        """;

    public const string Known = "outlet,leaning\na1,camp-a\na2,camp-a\na3,camp-a\nb1,camp-b\nb2,camp-b\nb3,camp-b\nw1,wire\n";

    private static readonly string[] Filler =
    [
        "the", "town", "river", "market", "council", "road", "bridge", "morning", "families", "school", "said", "officials",
        "north", "south", "hospital", "water", "power", "trucks", "convoy", "village", "hills", "week", "talks", "report",
        "statement", "residents", "aid", "food", "damage", "night", "shelling", "clashes", "border", "city", "district",
    ];

    public static IReadOnlyList<Document> Documents()
    {
        var random = new Random(7);
        var documents = new List<Document>();
        foreach (var outlet in new[] { "a1", "a2", "a3", "b1", "b2", "b3", "w1" })
        {
            var sideA = outlet[0] == 'a';
            for (var i = 0; i < 24; i++)
            {
                var sentences = new List<string>();
                for (var s = 0; s < 4; s++)
                {
                    sentences.Add(string.Join(' ', Enumerable.Range(0, 10).Select(_ => Filler[random.Next(Filler.Length)])) + ".");
                }

                if (i % 10 < (sideA ? 8 : 1))
                {
                    sentences.Add("The stalwarts held the line.");
                }

                if (i % 10 < (sideA ? 1 : 7))
                {
                    sentences.Add("The guardians held the line.");
                }

                if (i % 2 == 0)
                {
                    sentences.Add("The weather turned cold.");
                }

                if (sideA && outlet != "a1" && i % 4 != 0)
                {
                    sentences.Add("Our brave defenders stood firm.");
                }

                if (outlet == "a1")
                {
                    sentences.Add("Filed by Quentin Marlow.");
                }

                var fields = new Dictionary<string, string> { ["outlet"] = outlet, ["id"] = $"{outlet}-{i}" };
                documents.Add(new Document($"{outlet}-{i}", fields, string.Join(' ', sentences.OrderBy(_ => random.Next())), new DocumentSource("planted.jsonl", documents.Count + 1)));
            }
        }

        return documents;
    }

    public static KnownLeanings Leanings() =>
        KnownLeanings.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Known)), "known.csv");

    public static SideSelection Sides() => SideSelection.Parse("camp-a", "camp-b");

    public static Lexicon Parse() => Framing.Lexicons.Lexicon.Parse(Lexicon, "planted.yaml");
}
