using System.Globalization;
using System.Text;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Tests.Scoring;

/// <summary>
/// Lexicons of many dimensions (an imported LIWC dictionary has dozens): masks give each slot (a dimension or a marker
/// kind) one bit of 64, so a lexicon with more slots is matched in lanes of at most 64 (<see cref="LanguageMatcher"/>).
/// Adding dimensions must change nothing for the others: the context lexicon's two dimensions, with its actors,
/// speech cues, negation, target rules and scare markers, give the same counts, matches (in the same order) and
/// coverage whether they stand alone or among dozens of padding dimensions, before or after them. All texts are
/// invented.
/// </summary>
public sealed class WideLexiconTests
{
    private static readonly string[] Texts =
    [
        "The so-called Free Syrian Army shelled the market, the regime said. \"They are not terrorists,\" he told reporters.",
        "Rebels and militants of ISIS fought; the terrorists withdrew. Assad's \u201cregime\u201d denied it.",
        "قال مسؤول إن والإرهابيين انسحبوا، وأكدت المصادر أن قوات النظام تقدمت. هذا ليس ما يسمى بالجيش الحر.",
        "انسحب الجيش الحر المزعوم من البلدة، وهاجم الثوار مواقع تنظيم داعش. لم يستطع الإرهابيون التقدم بحسب النظام.",
        "إنهم ليسوا إرهابيين. سيطر «الجيش الحر» على البلدة والنظام يقصف.",
    ];

    // Words the padding dimensions match, so that their bits meet the context lexicon's in the readings of a token:
    // entries' words, marker words (a name, a cue, a negation, a link, a scare marker) and whole tokens whose
    // clitic-stripped reading is an entry's word («والإرهابيين» → «إرهابيين», «بالجيش» → «جيش»).
    private static readonly string[] SharedWords =
    [
        "terrorists", "rebels", "regime", "said", "not", "of", "assad", "so-called", "إرهابيين", "والإرهابيين", "ثوار",
        "النظام", "والنظام", "قوات", "قال", "ليس", "من", "مزعوم", "داعش", "بالجيش", "الحر", "الإرهابيون", "أن",
    ];

    [Theory]
    [InlineData(50, false)]
    [InlineData(55, false)]
    [InlineData(56, false)]
    [InlineData(57, false)]
    [InlineData(62, false)]
    [InlineData(64, false)]
    [InlineData(70, false)]
    [InlineData(130, false)]
    [InlineData(55, true)]
    [InlineData(62, true)]
    [InlineData(130, true)]
    public void PaddingDimensionsThatNeverMatchChangeNothing(int padding, bool after)
    {
        var plain = Scorer(ContextLexicon.Yaml);
        var wide = Scorer(Padded(padding, after, shared: false));
        var offset = after ? 0 : padding;
        foreach (var text in Texts)
        {
            var expected = plain.Score("t", text);
            var actual = wide.Score("t", text);
            AssertSameForContextDimensions(expected, actual, offset, text);
            Assert.Equal(expected.CoveredTokens, actual.CoveredTokens);
            for (var d = 0; d < padding; d++)
            {
                Assert.Equal(0, actual.Counts.Count(after ? 2 + d : d, PoleSide.A));
            }
        }
    }

    [Theory]
    [InlineData(20, false)]
    [InlineData(56, false)]
    [InlineData(60, false)]
    [InlineData(64, false)]
    [InlineData(70, false)]
    [InlineData(130, false)]
    [InlineData(60, true)]
    [InlineData(130, true)]
    public void PaddingDimensionsThatShareWordsChangeNothingForTheOthers(int padding, bool after)
    {
        var plain = Scorer(ContextLexicon.Yaml);
        var wide = Scorer(Padded(padding, after, shared: true));
        var offset = after ? 0 : padding;
        foreach (var text in Texts)
        {
            AssertSameForContextDimensions(plain.Score("t", text), wide.Score("t", text), offset, text);
        }
    }

    /// <summary>
    /// A padding dimension counts what a lexicon of that dimension alone counts, whichever lane it falls in: the
    /// whole token «والإرهابيين» for one, its reading «إرهابيين» for the context lexicon's opposition.
    /// </summary>
    [Theory]
    [InlineData(70)]
    [InlineData(130)]
    public void EachPaddingDimensionCountsAsItWouldAlone(int padding)
    {
        var wide = Scorer(Padded(padding, after: false, shared: true));
        foreach (var text in Texts)
        {
            var result = wide.Score("t", text);
            foreach (var d in new[] { 0, 56, 57, 63, 64, padding - 1 })
            {
                var alone = Scorer(Lone(d)).Score("t", text);
                Assert.True(
                    alone.Counts.Count(0, PoleSide.A) == result.Counts.Count(d, PoleSide.A),
                    $"padding dimension {d} ({SharedWords[d % SharedWords.Length]}) in: {text}");
            }
        }
    }

    /// <summary>
    /// The old rule's failure, on one token: a padding dimension past the 64th slot whose word is the whole token
    /// «والإرهابيين» shared the bits of every slot, so that reading claimed every dimension and opposition lost its
    /// reading «إرهابيين».
    /// </summary>
    [Fact]
    public void AWholeTokenOfADimensionPastTheSixtyFourthLeavesTheCliticReadingToTheOthers()
    {
        var pads = Enumerable.Range(0, 70).Select(d => ("en", "zzqx" + Letters(d))).ToList();
        pads[65] = ("ar", "والإرهابيين");
        var result = Scorer(Padded(pads, after: false)).Score("t", "قتل والإرهابيين");
        Assert.Equal(1, result.Counts.Count(65, PoleSide.A));
        Assert.Equal(1, result.Counts.Count(70 + ContextLexicon.Opposition, PoleSide.A));
        var m = Assert.Single(result.Matches, m => m.Dimension.Id == "opposition");
        Assert.Equal(("والإرهابيين", "إرهابيين"), (m.Surface, m.Entry.Pattern));
    }

    private static DocumentScorer Scorer(string yaml) =>
        Lexicon.Parse(yaml, "wide.yaml").Compile().CreateScorer(new ScoringOptions { CollectMatches = true });

    private static void AssertSameForContextDimensions(DocumentResult expected, DocumentResult actual, int offset, string text)
    {
        for (var d = 0; d < 2; d++)
        {
            SameCounts.Assert(expected.Counts, d, actual.Counts, offset + d, text);
        }

        Assert.Equal(Describe(expected.Matches), Describe(actual.Matches.Where(IsContextDimension)));
        Assert.Equal(Describe(expected.UncountedMatches), Describe(actual.UncountedMatches.Where(IsContextDimension)));
    }

    private static bool IsContextDimension(FramingMatch m) => m.Dimension.Id is "opposition" or "forces";

    private static string[] Describe(IEnumerable<FramingMatch> matches) =>
        [.. matches.Select(m => string.Join('|', m.Dimension.Id, m.Entry.Pattern, m.Start, m.Length, m.Voice, m.Status, m.Kind, m.Target?.Id, m.Rule, m.Sentence, m.FirstToken))];

    /// <summary>The context lexicon with <paramref name="padding"/> more dimensions, before or after its own.</summary>
    private static string Padded(int padding, bool after, bool shared) =>
        Padded([.. Enumerable.Range(0, padding).Select(d => shared ? Shared(d) : ("en", "zzqx" + Letters(d)))], after);

    /// <summary>
    /// The context lexicon (so with its actors, cues, negation, target links and scare markers) and one dimension of
    /// its own before its dimensions, whose only entry is padding dimension <paramref name="d"/>'s word.
    /// </summary>
    private static string Lone(int d) => Padded([Shared(d)], after: false);

    private static string Padded(List<(string Language, string Word)> pads, bool after)
    {
        var dimensions = new StringBuilder();
        var entries = new StringBuilder();
        for (var d = 0; d < pads.Count; d++)
        {
            dimensions.Append(CultureInfo.InvariantCulture, $"  - {{ id: pad{d}, description: Padding., poles: {{ a: {{ id: pa{d}, label: A, description: A. }}, b: {{ id: pb{d}, label: B, description: B. }} }} }}\n");
            entries.Append(CultureInfo.InvariantCulture, $"  - {{ lang: {pads[d].Language}, pattern: \"{pads[d].Word}\", dimension: pad{d}, pole: pa{d}, note: padding }}\n");
        }

        var yaml = ContextLexicon.Yaml;
        var dimensionsAt = yaml.IndexOf("dimensions:\n", StringComparison.Ordinal) + "dimensions:\n".Length;
        var actorsAt = yaml.IndexOf("actors:\n", StringComparison.Ordinal);
        var entriesAt = yaml.IndexOf("entries:\n", StringComparison.Ordinal) + "entries:\n".Length;
        var insertDimensionsAt = after ? actorsAt : dimensionsAt;
        return yaml[..insertDimensionsAt] + dimensions + yaml[insertDimensionsAt..entriesAt] + entries + yaml[entriesAt..];
    }

    private static (string Language, string Word) Shared(int d)
    {
        var word = SharedWords[d % SharedWords.Length];
        return (word[0] < 'z' ? "en" : "ar", word);
    }

    private static string Letters(int d) => string.Concat((char)('a' + (d / 26)), (char)('a' + (d % 26)));
}
