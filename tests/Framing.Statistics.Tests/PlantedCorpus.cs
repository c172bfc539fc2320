using Framing.Corpus;
using Framing.Lexicons;

namespace Framing.Statistics.Tests;

/// <summary>
/// An invented corpus whose answers are known: entries planted on one side, on the wrong side, in one outlet only, and
/// nowhere. Three outlets of leaning camp-a (a1-a3), three of camp-b (b1-b3), one wire outlet and one whose leaning is
/// unknown, four documents each (two English, two Arabic).
/// </summary>
internal static class PlantedCorpus
{
    public const string Lexicon = """
        id: planted
        version: 1.0.0
        title: Planted test lexicon
        description: Entries planted on known sides of an invented corpus.
        license: CC0-1.0
        authors: [Tester]
        languages: [en, ar]
        dimensions:
          - id: labels
            description: How fighters are named.
            poles:
              a: { id: harsh, label: Harsh, description: Harsh. }
              b: { id: mild, label: Mild, description: Mild. }
            neutral: { description: Either. }
          - id: places
            description: What happens to towns.
            poles:
              a: { id: freed, label: Freed, description: Freed. }
              b: { id: seized, label: Seized, description: Seized. }
        composites:
          - id: alignment
            description: Both dimensions.
            components:
              - { dimension: labels, sign: 1 }
              - { dimension: places, sign: 1 }
        actors:
          - { id: night-brigade, label: Night Brigade, description: An invented group., names: { en: [Night Brigade] }, scare: { dimension: labels, pole: harsh } }
        scare-markers:
          en: { before: [so-called] }
        entries:
          - { lang: en, pattern: brutes, dimension: labels, pole: harsh, note: planted on side A }
          - { lang: en, pattern: comrades, dimension: labels, pole: mild, note: planted on side B }
          - { lang: en, pattern: villains, dimension: labels, pole: harsh, note: planted on the wrong side }
          - { lang: en, pattern: heroes, dimension: labels, pole: mild, note: used by one outlet only }
          - { lang: en, pattern: ghosts, dimension: labels, pole: harsh, note: used by nobody }
          - { lang: en, pattern: people, dimension: labels, pole: neutral, note: neutral }
          - { lang: en, pattern: freed, dimension: places, pole: freed, note: planted on side A }
          - { lang: en, pattern: seized, dimension: places, pole: seized, note: planted on side B }
          - { lang: ar, pattern: أشرار, dimension: labels, pole: harsh, note: planted on side A }
          - { lang: ar, pattern: رفاق, dimension: labels, pole: mild, note: planted on side B }
          - { lang: ar, pattern: أبطال, dimension: labels, pole: mild, note: planted on the wrong side }
        """;

    // Shares on 'labels': side A English 1 (brutes, so-called Night Brigade), side A Arabic 0.5 (أشرار, أبطال);
    // side B English 1/3 in b1 (comrades, heroes, villains) and 0.5 in b2, b3 (comrades, villains), side B Arabic 0 (رفاق).
    private const string AEnglish = "The brutes shelled the market. Many people fled. The so-called Night Brigade freed the town.";
    private const string AArabic = "قصف الأشرار السوق القديم. ووصل الأبطال إلى الساحة.";
    private const string BEnglish = "The comrades held the line. Villains were seen near the bridge. Many people fled. Rebels seized the town.";
    private const string BArabic = "صمد الرفاق في الحي الشرقي.";

    // Outside the comparison: the wire outlet and the outlet without a known leaning use the planted words too.
    private const string Elsewhere = "The brutes and the comrades met. Villains freed the town.";

    public static readonly KeyValuePair<string, string>[] Leanings =
    [
        new("a1", "camp-a"), new("a2", "camp-a"), new("a3", "camp-a"),
        new("b1", "camp-b"), new("b2", "camp-b"), new("b3", "camp-b"),
        new("w1", "wire"),
    ];

    public static Lexicon LoadLexicon() => Framing.Lexicons.Lexicon.Parse(Lexicon, "planted.yaml");

    /// <summary>The documents as (id, outlet, text), in corpus order.</summary>
    public static IEnumerable<(string Id, string Outlet, string Text)> Records()
    {
        foreach (var outlet in new[] { "a1", "b1", "w1", "a2", "b2", "u1", "a3", "b3" })
        {
            for (var i = 0; i < 4; i++)
            {
                var text = outlet[0] switch
                {
                    'a' => i < 2 ? AEnglish : AArabic,
                    'b' => i < 2 ? BEnglish + (outlet == "b1" ? " The heroes came back." : string.Empty) : BArabic,
                    _ => Elsewhere,
                };
                yield return ($"{outlet}-{i}", outlet, text);
            }
        }
    }

    public static IEnumerable<Document> Documents() =>
        Records().Select((r, line) => new Document(r.Id, new Dictionary<string, string> { ["outlet"] = r.Outlet }, r.Text, new DocumentSource("planted.jsonl", line + 1)));
}
