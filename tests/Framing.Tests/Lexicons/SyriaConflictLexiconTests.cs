using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Tests.Lexicons;

/// <summary>
/// Validation of the shipped syria-conflict lexicon: its structure, and for every dimension, pole and language a set of
/// invented sentences that must count for the pole and near-misses that must not (see <see cref="SyriaConflictCases"/>).
/// </summary>
public sealed class SyriaConflictLexiconTests
{
    private const string Id = "syria-conflict";

    private static readonly Lazy<Lexicon> Shipped = new(() => Lexicon.Load(Id));

    private static readonly Lazy<CompiledLexicon> Compiled = new(() => Shipped.Value.Compile());

    private static readonly (string Dimension, string PoleA, string PoleB)[] ExpectedDimensions =
    [
        ("armed-opposition", "terrorism", "opposition"),
        ("government-forces", "state", "regime"),
        ("territorial-change", "liberation", "capture"),
        ("allied-forces", "allies", "militias"),
        ("civilian-harm", "counterterrorism", "atrocity"),
        ("population-transfer", "evacuation", "displacement"),
        ("foreign-role", "support", "intervention"),
        ("isis-naming", "daesh", "islamic-state"),
    ];

    public static TheoryData<string, string, string, string> MatchingCases => ToTheoryData(matches: true);

    public static TheoryData<string, string, string, string> NonMatchingCases => ToTheoryData(matches: false);

    [Theory]
    [MemberData(nameof(MatchingCases))]
    public void SentenceCountsForThePole(string language, string dimension, string pole, string sentence)
    {
        var result = Score(sentence);

        Assert.Equal(language, result.Language);
        Assert.True(
            result.Matches.Any(m => m.Dimension.Id == dimension && m.Pole?.Id == pole),
            $"expected a match for {dimension}/{pole}; matches: {Describe(result.Matches)}");
    }

    [Theory]
    [MemberData(nameof(NonMatchingCases))]
    public void SentenceDoesNotCountForThePole(string language, string dimension, string pole, string sentence)
    {
        var result = Score(sentence);

        Assert.Equal(language, result.Language);
        Assert.False(
            result.Matches.Any(m => m.Dimension.Id == dimension && m.Pole?.Id == pole),
            $"expected no match for {dimension}/{pole}; matches: {Describe(result.Matches)}");
    }

    [Fact]
    public void EveryDimensionPoleAndLanguageHasEnoughCases()
    {
        foreach (var language in new[] { "ar", "en" })
        {
            foreach (var (dimension, poleA, poleB) in ExpectedDimensions)
            {
                foreach (var pole in new[] { poleA, poleB })
                {
                    var cases = SyriaConflictCases.All.Where(c => c.Language == language && c.Dimension == dimension && c.Pole == pole).ToList();
                    Assert.True(cases.Count(c => c.Matches) >= 10, $"{language} {dimension}/{pole}: fewer than 10 matching sentences");
                    Assert.True(cases.Count(c => !c.Matches) >= 5, $"{language} {dimension}/{pole}: fewer than 5 non-matching sentences");
                }
            }
        }
    }

    [Fact]
    public void CasesNameOnlyKnownDimensionsAndPoles()
    {
        foreach (var c in SyriaConflictCases.All)
        {
            Assert.Contains(ExpectedDimensions, d => d.Dimension == c.Dimension && (d.PoleA == c.Pole || d.PoleB == c.Pole));
        }
    }

    [Fact]
    public void HasTheSpecifiedDimensionsPolesAndNeutralCategories()
    {
        var lexicon = Shipped.Value;

        Assert.Equal(ExpectedDimensions.Select(d => d.Dimension), lexicon.Dimensions.Select(d => d.Id));
        foreach (var (id, poleA, poleB) in ExpectedDimensions)
        {
            var dimension = lexicon.FindDimension(id)!;
            Assert.Equal(poleA, dimension.PoleA.Id);
            Assert.Equal(poleB, dimension.PoleB.Id);
            Assert.NotNull(dimension.Neutral);
            foreach (var pole in new[] { dimension.PoleA, dimension.PoleB })
            {
                Assert.False(string.IsNullOrWhiteSpace(pole.Label));
                Assert.False(string.IsNullOrWhiteSpace(pole.Description));
                Assert.NotEmpty(pole.Examples);
            }

            foreach (var language in new[] { "ar", "en" })
            {
                foreach (var side in new[] { PoleSide.A, PoleSide.B, PoleSide.Neutral })
                {
                    Assert.True(
                        lexicon.Entries.Any(e => e.DimensionId == id && e.Language == language && e.Side == side),
                        $"{id}: no {language} entry for {side}");
                }
            }
        }
    }

    [Fact]
    public void HasTheMetadataOfACitableResearchLexicon()
    {
        var metadata = Shipped.Value.Metadata;

        Assert.Equal(Id, metadata.Id);
        Assert.Equal("2.3.1", metadata.Version);
        Assert.Equal("CC-BY-4.0", metadata.License);
        Assert.Equal(["Framing contributors"], metadata.Authors);
        Assert.False(string.IsNullOrWhiteSpace(metadata.Citation));
        Assert.Equal(["ar", "en"], metadata.Languages);
    }

    [Fact]
    public void StatesItsValidationWithCorporaFiguresCommandsAndLimits()
    {
        var validation = Shipped.Value.Metadata.Validation;

        Assert.Equal(LexiconValidationStatus.Validated, validation.Status);
        Assert.NotNull(validation.Date);
        Assert.Equal(["fakes-en.dev.jsonl", "arabic-fc.dev.jsonl"], validation.Corpora);
        Assert.NotEmpty(validation.Figures);
        Assert.All(validation.Figures, f => Assert.Contains("(framing validate ../shared/dev-corpora/", f, StringComparison.Ordinal));
        Assert.All(validation.Figures, f => Assert.Contains("--lexicon syria-conflict", f, StringComparison.Ordinal));
        Assert.Contains("development half", validation.Note, StringComparison.Ordinal);
        Assert.Contains("held-out outlets", validation.Note, StringComparison.Ordinal);
        Assert.Contains("not met", validation.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void DamascusAlignmentCombinesTheSixDimensionsThatSeparateTheCamps()
    {
        var composite = Assert.Single(Shipped.Value.Composites);

        Assert.Equal("damascus-alignment", composite.Id);
        Assert.Equal(
            ExpectedDimensions.Take(7).Select(d => d.Dimension).Where(d => d != "civilian-harm"),
            composite.Components.Select(c => c.DimensionId));
        Assert.All(composite.Components, c => Assert.Equal(1, c.Sign));
        Assert.Contains("isis-naming", composite.Description, StringComparison.Ordinal);
        Assert.Contains("civilian-harm", composite.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public void HasAtLeast150EntriesPerLanguage(string language)
    {
        Assert.True(Shipped.Value.Entries.Count(e => e.Language == language) >= 150);
    }

    [Fact]
    public void EveryShippedLexiconLoadsAndEveryEntryHasANote()
    {
        Assert.Contains(Id, Lexicon.BuiltInIds);
        Assert.Contains("starter", Lexicon.BuiltInIds);
        foreach (var id in Lexicon.BuiltInIds)
        {
            var lexicon = Lexicon.Load(id);
            Assert.NotEmpty(lexicon.Entries);
            Assert.All(lexicon.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Note), $"{id}: entry \"{e.Pattern}\" at line {e.Location.Line} has no note"));
            Assert.NotNull(lexicon.Compile());
        }
    }

    private static DocumentResult Score(string sentence) =>
        Compiled.Value.CreateScorer(new ScoringOptions { CollectMatches = true }).Score("t", SyriaConflictScope.InScope(sentence));

    private static string Describe(IReadOnlyList<FramingMatch> matches) =>
        matches.Count == 0 ? "(none)" : string.Join("; ", matches.Select(m => $"{m.Dimension.Id}/{m.Pole?.Id} '{m.Surface}' ({m.Entry.Pattern})"));

    private static TheoryData<string, string, string, string> ToTheoryData(bool matches)
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var c in SyriaConflictCases.All.Where(c => c.Matches == matches))
        {
            data.Add(c.Language, c.Dimension, c.Pole, c.Sentence);
        }

        return data;
    }
}
