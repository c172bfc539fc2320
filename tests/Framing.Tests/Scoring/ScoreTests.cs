using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;
using Framing.Tests.Lexicons;
using static Framing.Tests.Lexicons.TestLexicon;

namespace Framing.Tests.Scoring;

/// <summary>Weights, offsets, voice, coverage and the figures of <see cref="ScoreRow"/>, with hand-computed values.</summary>
public sealed class ScoreTests
{
    private const int Forces = 0;
    private const int Opposition = 1;

    private static IReadOnlyList<ScoreRow> Rows(Lexicon lexicon, VoiceSelection voices, params DocumentResult[] documents)
    {
        var tally = new CorpusTally(lexicon.Dimensions.Count);
        foreach (var document in documents)
        {
            tally.Add("g", document, DocumentSample.IdentityOf("g", document.Id, string.Empty)); // the sample is not under test
        }

        return ScoreTable.Build(tally, lexicon, voices);
    }

    private static ScoreRow Row(Lexicon lexicon, string dimension, params DocumentResult[] documents) =>
        Rows(lexicon, VoiceSelection.All, documents).Single(r => r.Dimension == dimension);

    [Fact]
    public void WeightsAreSummedExactly()
    {
        // 0.1 + 0.1 + 0.1 is 0.30000000000000004 in binary floating point; in thousandths it is exactly 300.
        var lexicon = ParseEntries(
            Entry("en", "rebels", "opposition", "rebel", weight: "0.1"),
            Entry("en", "insurgents", "opposition", "rebel", weight: "0.1"),
            Entry("en", "revolutionaries", "opposition", "rebel", weight: "0.1"),
            Entry("en", "gunmen", "opposition", "terror", weight: "0.5"));
        var result = Scorer(lexicon).Score("d", "rebels, insurgents and revolutionaries met gunmen and gunmen");

        Assert.Equal(300, result.Counts.WeightMilli(Opposition, PoleSide.B));
        Assert.Equal(1000, result.Counts.WeightMilli(Opposition, PoleSide.A));
        var row = Row(lexicon, "opposition", result);
        Assert.Equal(300, row.WeightBMilli);
        Assert.Equal(0.3, row.WeightB);
        Assert.Equal(1.0, row.WeightA);
        Assert.Equal(3, row.CountB);
        Assert.Equal(2, row.CountA);
        // (1 - 0.3) / (1 + 0.3) = 7/13
        Assert.Equal(7.0 / 13.0, row.Score);
    }

    [Fact]
    public void DecomposedTextMatchesLikePrecomposedText()
    {
        // The same sentence in NFD: ئ and ؤ written as ي and و followed by U+0654 (hamza above).
        var lexicon = ParseEntries(Entry("ar", "فصائل معارضة", "opposition", "rebel"), Entry("ar", "مسؤول", "opposition", "terror"));
        var text = "قالت \u0641\u0635\u0627\u064A\u0654\u0644 \u0627\u0644\u0645\u0639\u0627\u0631\u0636\u0629 \u0625\u0646 \u0645\u0633\u0648\u0654\u0648\u0644";
        var result = Scorer(lexicon).Score("d", text, "ar");

        Assert.Equal(["فصائل المعارضه", "مسؤول"], result.Matches.Select(m => m.Normalized));
        Assert.All(result.Matches, m => Assert.Equal(text.Substring(m.Start, m.Length), m.Surface));
    }

    [Fact]
    public void ATatweelWrittenAsADashIsNotAToken()
    {
        // Arabic outlets write a lone tatweel as a dash (a dateline «دمشق ـ سانا», an aside «ـ بدعم من الحلفاء ـ»): it
        // is punctuation, so it counts as no token (rates and coverage are per word) and a phrase matches across it
        // as it does across a hyphen.
        var lexicon = ParseEntries(Entry("ar", "إرهابيين", "opposition", "terror"));
        var text = "دمشق ـ سانا: حرر الجيش ـــ بدعم من الحلفاء ـ بلدة من الإرهابيين";
        var result = Scorer(lexicon).Score("d", text);

        Assert.Equal(10, result.Tokens);
        var match = Assert.Single(result.Matches);
        Assert.Equal(9, match.FirstToken);
        Assert.Equal(text.Substring(match.Start, match.Length), match.Surface);
    }

    [Fact]
    public void MatchOffsetsAndSurfaceAreThoseOfTheOriginalTextWithDiacriticsAndTatweel()
    {
        var lexicon = ParseEntries(
            Entry("ar", "إرهابيين", "opposition", "terror"),
            Entry("ar", "معارضة", "opposition", "rebel"));
        // قالَ(0-3) إنّ(5-7) الإرهـــابيين(9-21: 13 code units with 3 tatweels) هاجموا(23-28) المُعارَضةَ(30-40: 11 code units)
        var text = "قال\u064E إن\u0651 الإره\u0640\u0640\u0640ابيين هاجموا الم\u064Fعار\u064Eضة\u064E";
        var result = Scorer(lexicon).Score("d", text);

        Assert.Equal("ar", result.Language);
        Assert.Equal(5, result.Tokens);
        Assert.Equal(2, result.Matches.Count);

        var terror = result.Matches[0];
        Assert.Equal((9, 13), (terror.Start, terror.Length));
        Assert.Equal("الإره\u0640\u0640\u0640ابيين", terror.Surface);
        Assert.Equal(text.Substring(terror.Start, terror.Length), terror.Surface);
        Assert.Equal("الارهابيين", terror.Normalized);
        Assert.Equal("ال+…", terror.Rule);
        Assert.Equal(2, terror.FirstToken);

        var rebel = result.Matches[1];
        Assert.Equal((30, 11), (rebel.Start, rebel.Length));
        Assert.Equal("الم\u064Fعار\u064Eضة\u064E", rebel.Surface);
        Assert.Equal("المعارضه", rebel.Normalized);
        Assert.Equal(4, rebel.FirstToken);
    }

    [Fact]
    public void VoiceIsQuotedInsideGuillemetsAndEditorialOutside()
    {
        var lexicon = ParseEntries(
            Entry("ar", "إرهابيين", "opposition", "terror"),
            Entry("ar", "ثوار", "opposition", "rebel", weight: "0.5"));
        var text = "قال المصدر إن «الإرهابيين هاجموا الثوار» ثم فر الإرهابيين";
        var result = Scorer(lexicon).Score("d", text);

        Assert.Equal(
            [("الإرهابيين", Voice.Quoted), ("الثوار", Voice.Quoted), ("الإرهابيين", Voice.Editorial)],
            result.Matches.Select(m => (m.Surface, m.Voice)));
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A, VoiceSelection.Quoted));
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A, VoiceSelection.Editorial));
        Assert.Equal(2, result.Counts.Count(Opposition, PoleSide.A, VoiceSelection.All));
        Assert.Equal(500, result.Counts.WeightMilli(Opposition, PoleSide.B, VoiceSelection.Quoted));
        Assert.Equal(0, result.Counts.WeightMilli(Opposition, PoleSide.B, VoiceSelection.Editorial));

        var quoted = Rows(lexicon, VoiceSelection.Quoted, result).Single(r => r.Dimension == "opposition");
        Assert.Equal((1, 1, 1000, 500), (quoted.CountA, quoted.CountB, quoted.WeightAMilli, quoted.WeightBMilli));
        Assert.Equal(500.0 / 1500.0, quoted.Score);
        var editorial = Rows(lexicon, VoiceSelection.Editorial, result).Single(r => r.Dimension == "opposition");
        Assert.Equal((1, 0, 1000, 0), (editorial.CountA, editorial.CountB, editorial.WeightAMilli, editorial.WeightBMilli));
        Assert.Equal(1.0, editorial.Score);
    }

    [Fact]
    public void VoiceOfAPhraseIsThatOfItsFirstToken()
    {
        var lexicon = ParseEntries(Entry("en", "regime forces", "forces", "regime"));
        var result = Scorer(lexicon).Score("d", "He said \u201Cregime\u201D forces and regime \u201Cforces\u201D left.");
        Assert.Equal([Voice.Quoted, Voice.Editorial], result.Matches.Select(m => m.Voice));
    }

    [Fact]
    public void StraightDoubleQuotesMakeAQuotedVoiceAndSentencesAreNumbered()
    {
        var lexicon = ParseEntries(Entry("en", "rebels", "opposition", "rebel"));
        var result = Scorer(lexicon).Score("d", "He said \"rebels\" left. Later rebels returned.");
        Assert.Equal([(Voice.Quoted, 0), (Voice.Editorial, 1)], result.Matches.Select(m => (m.Voice, m.Sentence)));
    }

    [Fact]
    public void OverlongTokensAreCountedButNotMatched()
    {
        var lexicon = ParseEntries(Entry("en", "rebel*", "opposition", "rebel"));
        var text = "rebel" + new string('x', 60) + " rebels"; // a 65-character token, then a 6-character one
        var result = lexicon.Compile().CreateScorer().Score("d", text);
        Assert.Equal((2L, 1L), (result.Tokens, result.CoveredTokens));

        var longer = lexicon.Compile().CreateScorer(new ScoringOptions { MaxMatchableTokenLength = 65 }).Score("d", text);
        Assert.Equal((2L, 2L), (longer.Tokens, longer.CoveredTokens));
    }

    [Fact]
    public void AScorerWhoseTokenCacheIsFullScoresNewWordsAsAFreshOne()
    {
        // Once a scorer has met TokenCache.Capacity distinct tokens, it resolves new ones without remembering them; the
        // phrases, the clitic readings, the overlong token and the matches' forms must come out as from a fresh scorer.
        var lexicon = ParseEntries(
            Entry("en", "armed gangs", "opposition", "terror"),
            Entry("en", "rebel*", "opposition", "rebel"));
        var filler = string.Join(' ', Enumerable.Range(0, TokenCache.Capacity + 10).Select(i => "f" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var text = "Armed gangs and rebels; then " + new string('x', 70) + " armed gangs, armed gangs.";
        var options = new ScoringOptions { CollectMatches = true };
        var used = lexicon.Compile().CreateScorer(options);
        used.Score("filler", filler);
        var afterFull = used.Score("d", text);
        var fresh = lexicon.Compile().CreateScorer(options).Score("d", text);

        Assert.Equal(4, fresh.Matches.Count);
        Assert.Equal(
            fresh.Matches.Select(m => (m.Surface, m.Start, m.Length, m.Pole!.Id)),
            afterFull.Matches.Select(m => (m.Surface, m.Start, m.Length, m.Pole!.Id)));
        Assert.Equal((fresh.Tokens, fresh.CoveredTokens), (afterFull.Tokens, afterFull.CoveredTokens));
    }

    [Fact]
    public void NeutralEntriesCountForCoverageButNotForTheScore()
    {
        var lexicon = ParseEntries(
            Entry("en", "fighters", "forces", "neutral"),
            Entry("en", "regime", "forces", "regime"));
        var result = Scorer(lexicon).Score("d", "fighters attacked the regime");

        Assert.Equal(4, result.Tokens);
        Assert.Equal(2, result.CoveredTokens);
        Assert.Equal(0.5, result.Coverage);
        Assert.Equal(1, result.Counts.Count(Forces, PoleSide.Neutral));
        Assert.Equal(1000, result.Counts.WeightMilli(Forces, PoleSide.Neutral));
        Assert.Equal("Neutral", result.Matches[0].Pole!.Label); // the default label of a neutral category
        Assert.Equal("neutral", result.Matches[0].Pole!.Id);

        var row = Row(lexicon, "forces", result);
        Assert.Equal((0, 1, 1), (row.CountA, row.CountB, row.CountNeutral));
        Assert.Equal((0, 1000), (row.WeightAMilli, row.WeightBMilli));
        Assert.Equal(-1.0, row.Score);
        Assert.Equal(-1.0986122886681098, row.LogOdds!.Value, 12); // ln(0.5 / 1.5) = -ln 3
        Assert.Equal(0.5, row.Coverage);
    }

    [Fact]
    public void OnlyNeutralMatchesGiveNoScore()
    {
        var lexicon = ParseEntries(Entry("en", "fighters", "forces", "neutral"));
        var row = Row(lexicon, "forces", Scorer(lexicon).Score("d", "fighters and fighters"));
        Assert.Equal(2, row.CountNeutral);
        Assert.Equal(2, row.CoveredTokens);
        Assert.Null(row.Score);
        Assert.Null(row.LogOdds);
    }

    [Fact]
    public void ScoreLogOddsAndRatesFromHandComputedWeights()
    {
        var lexicon = ParseEntries(
            Entry("en", "army", "forces", "state"),
            Entry("en", "government forces", "forces", "state", weight: "0.5"),
            Entry("en", "regime", "forces", "regime", weight: "0.8"));
        // 8 tokens; wA = 1 + 0.5 = 1.5 (2 matches), wB = 0.8 (1 match); 4 tokens covered.
        var result = Scorer(lexicon).Score("d", "The army and government forces fought the regime.");
        var row = Row(lexicon, "forces", result);

        Assert.Equal(("g", "forces", false, 1L, 8L), (row.Group, row.Dimension, row.IsComposite, row.Documents, row.Tokens));
        Assert.Equal(("state", "regime"), (row.PoleA, row.PoleB));
        Assert.Equal((2, 1, 0), (row.CountA, row.CountB, row.CountNeutral));
        Assert.Equal((1500, 800), (row.WeightAMilli, row.WeightBMilli));
        Assert.Equal(1.5, row.WeightA);
        Assert.Equal(0.8, row.WeightB);
        Assert.Equal(0.30434782608695654, row.Score); // (1.5 - 0.8) / (1.5 + 0.8) = 7/23
        Assert.Equal(0.43078291609245434, row.LogOdds!.Value, 14); // ln((1.5 + 0.5) / (0.8 + 0.5)) = ln(20/13)
        Assert.Equal(250.0, row.RateA); // 2 per 8 tokens = 250 per 1,000
        Assert.Equal(125.0, row.RateB);
        Assert.Equal(4, row.CoveredTokens);
        Assert.Equal(0.5, row.Coverage);

        var opposition = Row(lexicon, "opposition", result);
        Assert.Equal((0, 0), (opposition.CountA, opposition.CountB));
        Assert.Null(opposition.Score);
        Assert.Null(opposition.LogOdds);
        Assert.Equal(0.0, opposition.RateA);
        Assert.Equal(4, opposition.CoveredTokens); // coverage is the group's, on every row
    }

    [Theory]
    [InlineData(1000, 0, 1.0, 1.0986122886681098)]                   // ln(1.5 / 0.5) = ln 3
    [InlineData(0, 800, -1.0, -0.9555114450274363)]                  // ln(0.5 / 1.3) = ln(5/13)
    [InlineData(500, 500, 0.0, 0.0)]
    [InlineData(1500, 2800, -0.3023255813953488, -0.5007752879124893)] // -13/43; ln(2 / 3.3)
    public void FramingScoreFormulas(long a, long b, double score, double logOdds)
    {
        Assert.Equal(score, FramingScore.Score(a, b)!.Value, 15);
        Assert.Equal(logOdds, FramingScore.LogOdds(a, b)!.Value, 14);
    }

    [Fact]
    public void FramingScoreIsNullWithoutWeights()
    {
        Assert.Null(FramingScore.Score(0, 0));
        Assert.Null(FramingScore.LogOdds(0, 0));
    }

    private static Lexicon CompositeLexicon() =>
        Parse(YamlWith(
            "[ar, en]",
            "composites:\n" +
            "  - id: mixed\n" +
            "    description: State and rebel framing against regime and terror framing.\n" +
            "    components:\n" +
            "      - { dimension: forces, sign: 1 }\n" +
            "      - { dimension: opposition, sign: -1 }\n" +
            "  - id: same\n" +
            "    description: Both dimensions as they are.\n" +
            "    components:\n" +
            "      - { dimension: forces, sign: 1 }\n" +
            "      - { dimension: opposition }\n" +
            "  - id: inverse\n" +
            "    description: The forces dimension upside down.\n" +
            "    components:\n" +
            "      - { dimension: forces, sign: -1 }\n",
            Entry("en", "army", "forces", "state", weight: "0.5"),
            Entry("en", "regime", "forces", "regime"),
            Entry("en", "fighters", "forces", "neutral"),
            Entry("en", "terrorists", "opposition", "terror"),
            Entry("en", "rebels", "opposition", "rebel", weight: "0.8")));

    [Fact]
    public void CompositeRowsPoolSignedDimensions()
    {
        var lexicon = CompositeLexicon();
        var result = Scorer(lexicon).Score("d", "The army fought the regime and the regime fought terrorists and rebels while fighters watched.");
        // forces: A = 0.5 (1), B = 1 + 1 (2), neutral 1; opposition: A = 1 (1), B = 0.8 (1).
        var rows = Rows(lexicon, VoiceSelection.All, result);
        Assert.Equal(["forces", "opposition", "mixed", "same", "inverse"], rows.Select(r => r.Dimension));
        Assert.Equal([false, false, true, true, true], rows.Select(r => r.IsComposite));

        // mixed = forces - opposition: A = forces.A + opposition.B = 0.5 + 0.8; B = forces.B + opposition.A = 2 + 1.
        var mixed = rows[2];
        Assert.Equal(("a", "b"), (mixed.PoleA, mixed.PoleB));
        Assert.Equal((2, 3, 1), (mixed.CountA, mixed.CountB, mixed.CountNeutral));
        Assert.Equal((1300, 3000), (mixed.WeightAMilli, mixed.WeightBMilli));
        Assert.Equal(-0.3953488372093023, mixed.Score!.Value, 15);      // (1.3 - 3) / 4.3 = -17/43
        Assert.Equal(-0.6649763035932491, mixed.LogOdds!.Value, 14);    // ln(1.8 / 3.5)

        // same = forces + opposition (sign defaults to 1): A = 0.5 + 1; B = 2 + 0.8.
        var same = rows[3];
        Assert.Equal((2, 3, 1), (same.CountA, same.CountB, same.CountNeutral));
        Assert.Equal((1500, 2800), (same.WeightAMilli, same.WeightBMilli));
        Assert.Equal(-0.3023255813953488, same.Score!.Value, 15);        // -1.3 / 4.3 = -13/43

        // inverse = -forces: the poles swap.
        var inverse = rows[4];
        Assert.Equal((2, 1, 1), (inverse.CountA, inverse.CountB, inverse.CountNeutral));
        Assert.Equal((2000, 500), (inverse.WeightAMilli, inverse.WeightBMilli));
        Assert.Equal(-rows[0].Score!.Value, inverse.Score!.Value, 15);
        Assert.Equal(0.6, inverse.Score!.Value, 15);                     // (2 - 0.5) / 2.5

        Assert.All(rows, r => Assert.Equal((15L, 6L, 1L), (r.Tokens, r.CoveredTokens, r.Documents)));
    }

    [Fact]
    public void LanguageDetectionPicksTheEntriesOfTheTextsLanguage()
    {
        var lexicon = ParseEntries(
            Entry("ar", "معارضة", "opposition", "rebel"),
            Entry("en", "opposition", "opposition", "rebel", weight: "0.5"));
        var scorer = Scorer(lexicon);

        var ar = scorer.Score("ar", "قالت المعارضة السورية opposition");
        Assert.Equal("ar", ar.Language);
        Assert.Equal("المعارضة", Assert.Single(ar.Matches).Surface);
        Assert.Equal(1000, ar.Counts.WeightMilli(Opposition, PoleSide.B));
        Assert.Equal(4, ar.Tokens);

        var en = scorer.Score("en", "The opposition (المعارضة) said");
        Assert.Equal("en", en.Language);
        Assert.Equal("opposition", Assert.Single(en.Matches).Surface);
        Assert.Equal(500, en.Counts.WeightMilli(Opposition, PoleSide.B));

        // A language given by the caller overrides detection.
        var forced = scorer.Score("x", "قالت المعارضة السورية opposition", "en");
        Assert.Equal("en", forced.Language);
        Assert.Equal("opposition", Assert.Single(forced.Matches).Surface);
    }

    [Fact]
    public void DocumentInALanguageTheLexiconLacksStillCountsItsTokens()
    {
        var lexicon = Parse(YamlWith("[en]", string.Empty, Entry("en", "opposition", "opposition", "rebel")));
        var result = Scorer(lexicon).Score("d", "قالت المعارضة السورية");

        Assert.Equal("ar", result.Language);
        Assert.Equal(3, result.Tokens);
        Assert.Equal(0, result.CoveredTokens);
        Assert.True(result.Counts.IsEmpty);
        Assert.Empty(result.Matches);

        var row = Row(lexicon, "opposition", result, Scorer(lexicon).Score("e", "The opposition won"));
        Assert.Equal((2L, 6L, 1L, 1L), (row.Documents, row.Tokens, row.CountB, row.CoveredTokens));
        Assert.Equal(1000.0 / 6.0, row.RateB);
    }

    [Fact]
    public void EmptyDocumentHasNoTokens()
    {
        var lexicon = ParseEntries(Entry("en", "rebels", "opposition", "rebel"));
        var result = Scorer(lexicon).Score("d", " . ؟ ");
        Assert.Equal((0L, 0L), (result.Tokens, result.CoveredTokens));
        Assert.Null(result.Coverage); // a share of no tokens is undefined, not 0
        Assert.True(result.Counts.IsEmpty);
    }

    [Fact]
    public void AGroupWithoutTokensHasNoRatesAndNoCoverage()
    {
        // Rates per 1,000 tokens and the coverage share are undefined over no tokens, as the score is without a match.
        var lexicon = ParseEntries(Entry("en", "rebels", "opposition", "rebel"));
        var row = Row(lexicon, "opposition", Scorer(lexicon).Score("d1", "!!! ..."), Scorer(lexicon).Score("d2", "?"));
        Assert.Equal((2L, 0L, 0L, 0L), (row.Documents, row.Tokens, row.CountA, row.CountB));
        Assert.Null(row.RateA);
        Assert.Null(row.RateB);
        Assert.Null(row.Coverage);
        Assert.Null(row.Score);
    }

    [Fact]
    public void MatchesAreNotCollectedByDefaultButCountsAreTheSame()
    {
        var lexicon = ParseEntries(Entry("en", "rebel*", "opposition", "rebel", weight: "0.8"));
        const string text = "rebels and rebellion";
        var plain = lexicon.Compile().CreateScorer().Score("d", text);
        var collected = Scorer(lexicon).Score("d", text);
        Assert.Empty(plain.Matches);
        Assert.Equal(2, collected.Matches.Count);
        Assert.Equal(collected.Counts.ExportCounts(), plain.Counts.ExportCounts());
        Assert.Equal(collected.Counts.ExportWeights(), plain.Counts.ExportWeights());
        Assert.Equal(collected.CoveredTokens, plain.CoveredTokens);
    }
}
