using Framing.Corpus;
using Framing.Lexicons;
using Framing.Text;
using Framing.Verbs;

namespace Framing.Statistics.Tests;

/// <summary>
/// README's extension point for a new language, used as a library user would: a normalizer of their own (public API
/// only), in a profile added to a registry, given to the lexicon and to the run.
/// </summary>
public sealed class CustomLanguageTests
{
    private const string Yaml = """
        id: sahel-fr
        version: 0.1.0
        title: Sahel (French, invented)
        description: An invented French lexicon for tests.
        license: CC0-1.0
        authors: [Tester]
        languages: [fr]
        dimensions:
          - id: armed
            description: How armed groups are named.
            poles:
              a: { id: terrorism, label: Terrorism, description: Terrorists. }
              b: { id: rebellion, label: Rebellion, description: Rebels. }
        entries:
          - { lang: fr, pattern: "terroristes", dimension: armed, pole: terrorism, note: "invented" }
          - { lang: fr, pattern: "armée", dimension: armed, pole: terrorism, note: "invented" }
          - { lang: fr, pattern: "rebelles", dimension: armed, pole: rebellion, note: "invented" }
        """;

    private static readonly LanguageRegistry Languages = LanguageRegistry.Default.With(new LanguageProfile("fr", new FrenchNormalizer(), null));

    private static readonly Document[] Documents =
    [
        Document.Create("1", "L’ARMÉE a frappé les terroristes.", ("outlet", "nord"), ("language", "fr-FR")),
        Document.Create("2", "Qu'ils soient rebelles ou non, l'armée avance.", ("outlet", "nord"), ("language", "fr")),
        Document.Create("3", "Les rebelles tiennent la ville.", ("outlet", "sud"), ("language", "FR")),
    ];

    [Fact]
    public void ACustomNormalizerTakesEffectInScoringKwicAndKeyness()
    {
        var lexicon = Lexicon.Parse(Yaml, "sahel-fr.yaml", Languages);
        var options = new CorpusRunOptions { Languages = Languages };

        var rows = FramingVerbs.ScoreGroups(Documents, lexicon, new GroupScoreOptions { Bootstrap = null }, options).Rows;
        var nord = rows.Single(r => r.Group == "nord");
        Assert.Equal((3L, 1L), (nord.Row.CountA, nord.Row.CountB)); // l'armée twice: the elision is the normalizer's
        Assert.Equal((0L, 1L), rows.Single(r => r.Group == "sud") is var sud ? (sud.Row.CountA, sud.Row.CountB) : default);

        // kwic shows the original text, not the normalized form, at the original offsets.
        var surfaces = FramingVerbs.Kwic(CorpusRun.FromDocuments(Documents, options), lexicon).Select(l => (l.DocumentId, l.Match.Surface, l.Match.Start)).ToArray();
        Assert.Equal([("1", "L’ARMÉE", 0), ("1", "terroristes", 21), ("2", "rebelles", 14), ("2", "l'armée", 31), ("3", "rebelles", 4)], surfaces);
        Assert.All(surfaces, s => Assert.Equal(s.Surface, Documents[int.Parse(s.DocumentId, System.Globalization.CultureInfo.InvariantCulture) - 1].Text.Substring(s.Start, s.Surface.Length)));

        // keyness reads the terms with the run's French normalizer: "armee", not "larmee".
        var keyness = FramingVerbs.Keyness(CorpusRun.FromDocuments(Documents, options), new KeynessRequest("nord") { MinimumCount = 1 });
        Assert.Contains(keyness.Table.Rows, r => r.Term == "armee");
        Assert.DoesNotContain(keyness.Table.Rows, r => r.Term == "larmee");
    }

    /// <summary>French as a user might write it: elided articles and pronouns (l', d', qu') dropped, then Latin folding.</summary>
    private sealed class FrenchNormalizer : TextNormalizer
    {
        public override string Name => "french-test";

        public override void Normalize(ReadOnlySpan<char> source, NormalizedTextBuilder output)
        {
            var apostrophe = source.IndexOfAny('\'', '\u2019');
            if (apostrophe is > 0 and <= 3)
            {
                source = source[(apostrophe + 1)..];
            }

            LatinNormalizer.Default.Normalize(source, output);
        }
    }
}
