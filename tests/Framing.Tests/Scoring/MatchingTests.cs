using System.Globalization;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;
using static Framing.Tests.Lexicons.TestLexicon;

namespace Framing.Tests.Scoring;

/// <summary>
/// Which tokens match which entries, on small inline lexicons (see <see cref="Framing.Tests.Lexicons.TestLexicon"/>:
/// dimension 0 <c>forces</c> = state (A) / regime (B) / neutral; dimension 1 <c>opposition</c> = terror (A) / rebel (B)).
/// </summary>
public sealed class MatchingTests
{
    private const int Forces = 0;
    private const int Opposition = 1;

    private static string[] Surfaces(DocumentResult result) => [.. result.Matches.Select(m => m.Surface)];

    [Fact]
    public void ExactWordMatchesOnlyThatWord()
    {
        var scorer = Scorer(Entry("en", "rebels", "opposition", "rebel"));
        var result = scorer.Score("d", "The rebels advanced; a rebel fled.");

        Assert.Equal("en", result.Language);
        Assert.Equal(6, result.Tokens);
        Assert.Equal(1, result.CoveredTokens);
        var m = Assert.Single(result.Matches);
        Assert.Equal(4, m.Start);
        Assert.Equal(6, m.Length);
        Assert.Equal("rebels", m.Surface);
        Assert.Equal("rebels", m.Normalized);
        Assert.Equal(1, m.FirstToken);
        Assert.Equal(1, m.TokenCount);
        Assert.Equal(0, m.Sentence);
        Assert.Equal(string.Empty, m.Rule);
        Assert.Equal(Voice.Editorial, m.Voice);
        Assert.Equal("opposition", m.Dimension.Id);
        Assert.Equal("rebel", m.Pole!.Id);
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.B));
        Assert.Equal(1000, result.Counts.WeightMilli(Opposition, PoleSide.B));
        Assert.Equal(0, result.Counts.Count(Opposition, PoleSide.A));
    }

    [Fact]
    public void PrefixMatchesEveryWordStartingWithIt()
    {
        var scorer = Scorer(Entry("en", "rebel*", "opposition", "rebel", weight: "0.8"));
        var result = scorer.Score("d", "Rebel rebels rebellion reb rebe arebel");

        Assert.Equal(["Rebel", "rebels", "rebellion"], Surfaces(result));
        Assert.Equal(3, result.Counts.Count(Opposition, PoleSide.B));
        Assert.Equal(2400, result.Counts.WeightMilli(Opposition, PoleSide.B));
    }

    [Fact]
    public void HyphenSeparatesTokensSoAPrefixMatchesTheFirstPart()
    {
        var scorer = Scorer(Entry("en", "rebel*", "opposition", "rebel"));
        var m = Assert.Single(scorer.Score("d", "the rebel-held town").Matches);
        Assert.Equal((4, 5, "rebel"), (m.Start, m.Length, m.Surface));
    }

    [Fact]
    public void PhraseMatchesConsecutiveTokensAndSpansTheOriginalText()
    {
        var scorer = Scorer(Entry("en", "regime forces", "forces", "regime"));

        var m = Assert.Single(scorer.Score("d", "Regime forces shelled the town.").Matches);
        Assert.Equal((0, 13, "Regime forces", "regime forces", 2), (m.Start, m.Length, m.Surface, m.Normalized, m.TokenCount));

        // A phrase spans what joins words (a hyphen, quotation marks), from the first token's start to the last token's
        // end, but not a comma, semicolon, colon, parenthesis, bracket or dash (it did: "regime, forces said" counted as a
        // "regime forces").
        m = Assert.Single(scorer.Score("d", "The regime-forces shelled").Matches);
        Assert.Equal((4, 13, "regime-forces"), (m.Start, m.Length, m.Surface));
        m = Assert.Single(scorer.Score("d", "The \"regime\" forces shelled").Matches);
        Assert.Equal((5, 14, "regime\" forces"), (m.Start, m.Length, m.Surface));
        m = Assert.Single(scorer.Score("d", "The regime\u2013forces shelled").Matches); // an en dash between two words joins them
        Assert.Equal("regime\u2013forces", m.Surface);
        foreach (var apart in new[]
        {
            "The regime, forces said", "the regime; forces", "the regime: forces", "the (regime) forces", "the regime [forces]", "the regime\u060C forces",
            "the regime \u2014 forces", "the regime\u2014forces", "the regime \u2015 forces", "the regime - forces", "the regime -forces",
            "the regime \u2013 forces", "the regime\u00A0\u2013 forces", "the regime \u0640 forces",
        })
        {
            Assert.Empty(scorer.Score("d", apart).Matches);
        }

        Assert.Empty(scorer.Score("d", "The regime army forces").Matches);
        Assert.Empty(scorer.Score("d", "forces regime").Matches);
        Assert.Empty(scorer.Score("d", "regime").Matches);
    }

    [Theory]
    [InlineData("The regime. Forces shelled the town.")]
    [InlineData("Who backs the regime? Forces loyal to it.")]
    [InlineData("regime!forces")]
    [InlineData("regime\nforces")]
    [InlineData("regime\u2026 forces")]
    public void PhraseDoesNotMatchAcrossASentenceBoundary(string text)
    {
        var scorer = Scorer(Entry("en", "regime forces", "forces", "regime"));
        var result = scorer.Score("d", text);
        Assert.Empty(result.Matches);
        Assert.True(result.Counts.IsEmpty);
    }

    [Theory]
    [InlineData("They shouted \u201CWe are the opposition\u201D fighters then left.")] // the closing mark
    [InlineData("The opposition \u201Cfighters are heroes\u201D, he said.")]           // the opening mark
    [InlineData("They said \u00ABthe opposition\u00BB fighters left.")]               // guillemets, as Arabic writes them
    [InlineData("They said \u00BBthe opposition\u00AB fighters left.")]
    [InlineData("\u201EWe are the opposition\u201C fighters said.")]
    [InlineData("He said \u2018we are the opposition\u2019 fighters.")]
    [InlineData("He said \"we are the opposition\" fighters.")]
    [InlineData("the \u201Copposition\u201D \u201Cfighters said so\u201D")]
    [InlineData("\u201Cthe opposition\u201D \u201Cfighters\u201D")]                 // a mark closes one quotation, another opens the next
    [InlineData("\u201CWe said: \u2018the opposition\u2019 fighters\u201D")]       // an inner quotation
    public void PhraseDoesNotStraddleAQuotationBoundary(string text)
    {
        var scorer = Scorer(Entry("en", "opposition fighters", "opposition", "rebel"));
        Assert.Empty(scorer.Score("d", text).Matches);
    }

    [Theory]
    [InlineData("He said \u201Copposition fighters\u201D came.", "opposition fighters")]            // inside one quotation
    [InlineData("\u201CWe saw opposition fighters\u201D, he said.", "opposition fighters")]
    [InlineData("the \u201Copposition\u201D fighters came", "opposition\u201D fighters")]          // scare quotes on some of its words
    [InlineData("the opposition \u201Cfighters\u201D came", "opposition \u201Cfighters")]
    [InlineData("the \u00ABopposition\u00BB fighters came", "opposition\u00BB fighters")]
    [InlineData("\u201CThey are \u2018opposition\u2019 fighters\u201D", "opposition\u2019 fighters")] // inside the outer quotation
    [InlineData("the opposition\u2019 fighters", "opposition\u2019 fighters")]                      // an apostrophe, no quotation
    [InlineData("\u2018the opposition\u2019s fighters", "opposition\u2019s fighters")]
    public void PhraseMatchesInsideAQuotationAndAroundScareQuotes(string text, string surface)
    {
        var scorer = Scorer(Entry("en", "opposition fighters", "opposition", "rebel"));
        Assert.Equal(surface, Assert.Single(scorer.Score("d", text).Matches).Surface);
    }

    [Fact]
    public void AbbreviationDoesNotEndTheSentenceSoThePhraseMatches()
    {
        var scorer = Scorer(Entry("en", "st forces", "forces", "regime"));
        var m = Assert.Single(scorer.Score("d", "near St. Forces").Matches);
        Assert.Equal("St. Forces", m.Surface);
    }

    [Fact]
    public void LongestMatchWinsWithinADimension()
    {
        var scorer = Scorer(
            Entry("en", "regime", "forces", "regime", weight: "1"),
            Entry("en", "regime forces", "forces", "regime", weight: "0.5"));
        var result = scorer.Score("d", "regime forces shelled the regime");

        Assert.Equal(["regime forces", "regime"], Surfaces(result));
        Assert.Equal(["regime forces", "regime"], result.Matches.Select(m => m.Entry.Pattern));
        Assert.Equal(2, result.Counts.Count(Forces, PoleSide.B));
        Assert.Equal(1500, result.Counts.WeightMilli(Forces, PoleSide.B)); // 0.5 + 1, not 1 + 1
        Assert.Equal(5, result.Tokens);
        Assert.Equal(3, result.CoveredTokens);
    }

    [Theory]
    [InlineData(false, "1", "1")]
    [InlineData(true, "1", "1")]
    [InlineData(false, "0.5", "1")] // the prefix weighs more, and still loses
    [InlineData(true, "0.5", "1")]
    public void OfTwoEntriesAsLongAWholeWordBeatsAPrefixWhateverTheirOrder(bool prefixFirst, string wordWeight, string prefixWeight)
    {
        // rebel* (terror) listed before rebels (rebel) took "rebels", so the rebels entry never counted; swapping the two
        // lines changed the pole. The more specific entry wins now.
        var word = Entry("en", "rebels", "opposition", "rebel", weight: wordWeight);
        var prefix = Entry("en", "rebel*", "opposition", "terror", weight: prefixWeight);
        var scorer = prefixFirst ? Scorer(prefix, word) : Scorer(word, prefix);
        var result = scorer.Score("d", "rebels and a rebellion");

        Assert.Equal(["rebels", "rebel*"], result.Matches.Select(m => m.Entry.Pattern));
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.B));
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void OfTwoPhrasesAsLongTheOneWithFewerPrefixWordsWins(bool prefixFirst)
    {
        // Only the last word was compared: "rebel* fighters" and "rebels fighters" tied, and the order of the file decided.
        var word = Entry("en", "rebels fighters", "opposition", "rebel");
        var prefix = Entry("en", "rebel* fighters", "opposition", "terror");
        var scorer = prefixFirst ? Scorer(prefix, word) : Scorer(word, prefix);
        Assert.Equal("rebels fighters", Assert.Single(scorer.Score("d", "the rebels fighters came").Matches).Entry.Pattern);
        Assert.Equal("rebel* fighters", Assert.Single(scorer.Score("d", "the rebellion fighters came").Matches).Entry.Pattern);
    }

    [Fact]
    public void OfTwoPrefixesAsLongTheHigherWeightWins()
    {
        var scorer = Scorer(Entry("en", "rebel*", "opposition", "terror", weight: "0.5"), Entry("en", "rebe*", "opposition", "rebel", weight: "0.9"));
        var match = Assert.Single(scorer.Score("d", "rebels").Matches);

        Assert.Equal("rebe*", match.Entry.Pattern);
    }

    [Theory]
    [InlineData("en", "rebels", "the rebels\uFE0F advanced")]
    [InlineData("en", "rebels", "the rebe\uFE0Els advanced")]
    [InlineData("ar", "الثوار", "تقدم الثوار\uFE0F اليوم")]
    public void AVariationSelectorAfterOrInAWordDoesNotHideIt(string language, string pattern, string text)
    {
        // An emoji keyboard leaves U+FE0F (VS16) after a word; the word with it never matched.
        var scorer = Scorer(Entry(language, pattern, "opposition", "rebel"));
        var match = Assert.Single(scorer.Score("d", text).Matches);
        Assert.Equal(pattern, match.Entry.Pattern);
        Assert.DoesNotContain('\uFE0F', match.Normalized);
    }

    [Fact]
    public void DifferentDimensionsBothCountTheSameTokenButCoverageCountsItOnce()
    {
        var scorer = Scorer(
            Entry("en", "regime", "forces", "regime"),
            Entry("en", "regime", "opposition", "terror", weight: "0.25"));
        var result = scorer.Score("d", "the regime");

        Assert.Equal(2, result.Matches.Count);
        Assert.Equal(1, result.Counts.Count(Forces, PoleSide.B));
        Assert.Equal(1000, result.Counts.WeightMilli(Forces, PoleSide.B));
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
        Assert.Equal(250, result.Counts.WeightMilli(Opposition, PoleSide.A));
        Assert.Equal(2, result.Tokens);
        Assert.Equal(1, result.CoveredTokens);
        Assert.Equal(0.5, result.Coverage);
    }

    [Fact]
    public void MatchesOfTwoDimensionsThatOverlapCoverTheirUnion()
    {
        // "regime forces" (tokens 0-1) and "forces shelled" (1-2) share one token: three tokens covered, not four; a
        // later match ("regime forces" again, 4-5) adds its own two.
        var scorer = Scorer(
            Entry("en", "regime forces", "forces", "regime"),
            Entry("en", "forces shelled", "opposition", "terror"));
        var result = scorer.Score("d", "regime forces shelled the regime");
        Assert.Equal(1, result.Counts.Count(Forces, PoleSide.B));
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
        Assert.Equal(3, result.CoveredTokens);
        Assert.Equal(5, scorer.Score("d", "regime forces shelled the regime forces").CoveredTokens);
    }

    [Fact]
    public void LongerPhraseInOneDimensionDoesNotHideAMatchInAnother()
    {
        var scorer = Scorer(
            Entry("en", "regime forces", "forces", "regime"),
            Entry("en", "forces", "opposition", "terror"));
        var result = scorer.Score("d", "regime forces");
        Assert.Equal(1, result.Counts.Count(Forces, PoleSide.B));
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
        Assert.Equal(2, result.CoveredTokens);
    }

    [Fact]
    public void OverlappingPhrasesLeftmostWins()
    {
        // At "armed" only "armed opposition" starts; it takes "opposition", so "opposition fighters" cannot start there.
        var scorer = Scorer(
            Entry("en", "armed opposition", "opposition", "terror", weight: "0.8"),
            Entry("en", "opposition fighters", "opposition", "rebel"));
        var result = scorer.Score("d", "armed opposition fighters advanced");

        var m = Assert.Single(result.Matches);
        Assert.Equal("armed opposition", m.Surface);
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
        Assert.Equal(800, result.Counts.WeightMilli(Opposition, PoleSide.A));
        Assert.Equal(0, result.Counts.Count(Opposition, PoleSide.B));
        Assert.Equal(2, result.CoveredTokens);

        // Without the leftmost phrase, the longest entry starting at "opposition" wins over the single word.
        scorer = Scorer(
            Entry("en", "opposition", "opposition", "rebel", weight: "0.6"),
            Entry("en", "opposition fighters", "opposition", "rebel"));
        m = Assert.Single(scorer.Score("d", "armed opposition fighters advanced").Matches);
        Assert.Equal(("opposition fighters", 1000), (m.Surface, m.Entry.WeightMilli));
    }

    [Fact]
    public void NextMatchStartsRightAfterThePreviousOne()
    {
        var scorer = Scorer(Entry("en", "regime forces", "forces", "regime"));
        var result = scorer.Score("d", "regime forces regime forces forces");
        Assert.Equal([0, 2], result.Matches.Select(m => m.FirstToken));
        Assert.Equal(4, result.CoveredTokens);
    }

    [Fact]
    public void TieOnLengthGoesToTheHigherWeight()
    {
        // "rebel*" and "rebe*" both match the one token "rebels" (a whole word would beat either: see above).
        var scorer = Scorer(
            Entry("en", "rebel*", "opposition", "rebel", weight: "0.8"),
            Entry("en", "rebe*", "opposition", "terror", weight: "0.6"));
        var m = Assert.Single(scorer.Score("d", "rebels").Matches);
        Assert.Equal("rebel*", m.Entry.Pattern);

        scorer = Scorer(
            Entry("en", "rebel*", "opposition", "rebel", weight: "0.6"),
            Entry("en", "rebe*", "opposition", "terror", weight: "0.9"));
        var result = scorer.Score("d", "rebels");
        Assert.Equal("rebe*", Assert.Single(result.Matches).Entry.Pattern);
        Assert.Equal(900, result.Counts.WeightMilli(Opposition, PoleSide.A));
        Assert.Equal(0, result.Counts.Count(Opposition, PoleSide.B));
    }

    [Fact]
    public void TieOnLengthAndWeightGoesToTheEntryDefinedFirst()
    {
        var first = Scorer(
            Entry("en", "rebel*", "opposition", "rebel", weight: "0.7"),
            Entry("en", "rebe*", "opposition", "terror", weight: "0.7"));
        Assert.Equal("rebel*", Assert.Single(first.Score("d", "rebels").Matches).Entry.Pattern);

        var second = Scorer(
            Entry("en", "rebe*", "opposition", "terror", weight: "0.7"),
            Entry("en", "rebel*", "opposition", "rebel", weight: "0.7"));
        var result = second.Score("d", "rebels");
        Assert.Equal("rebe*", Assert.Single(result.Matches).Entry.Pattern);
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
    }

    // ------------------------------------------------------------------ exclusions

    private static DocumentScorer RegimeWithExclusions() =>
        Scorer(Entry("en", "regime", "forces", "regime", exclude: "[regime change, sanctions regime]"));

    [Theory]
    [InlineData("They want regime change.", 0)]
    [InlineData("They want Regime Change now.", 0)]
    [InlineData("The sanctions regime is strict.", 0)]
    [InlineData("sanctions regime change", 0)]
    [InlineData("The regime fell.", 1)]
    [InlineData("Regime troops advanced.", 1)]        // "sanctions regime" cannot start before the first token
    [InlineData("They praised the regime", 1)]        // "regime change" cannot end after the last token
    [InlineData("the regime changed", 1)]             // exclusion words are exact unless written with '*'
    [InlineData("regime change; the regime won", 1)]
    public void ExclusionsStopTheEntryWhereTheyMatchAroundIt(string text, int expected)
    {
        var result = RegimeWithExclusions().Score("d", text);
        Assert.Equal(expected, result.Counts.Count(Forces, PoleSide.B));
        Assert.Equal(expected, result.Matches.Count);
        Assert.Equal(expected, result.CoveredTokens);
    }

    [Theory]
    [InlineData("The EU extended sanctions. Regime troops advanced.")]
    [InlineData("They fought the regime. Change came slowly.")]
    [InlineData("Sanctions?\nRegime troops advanced.")]
    public void ExclusionDoesNotMatchAcrossASentenceBoundary(string text)
    {
        // Phrases never span two sentences; neither do the exclusion phrases that contain them.
        var result = RegimeWithExclusions().Score("d", text);
        Assert.Equal("regime", Assert.Single(result.Matches).Normalized);
    }

    // Every word of an exclusion must be there, on either side of the entry: the word tested first (the first one outside
    // the entry) is not enough alone, nor are the others without it.
    [Theory]
    [InlineData("pro government fighters advanced", 0)]
    [InlineData("government fighters advanced", 1)]
    [InlineData("pro fighters advanced", 1)]
    [InlineData("pro state fighters advanced", 1)]
    [InlineData("the fighters loyal to Damascus", 0)]
    [InlineData("the fighters loyal", 1)]
    [InlineData("the fighters loyal at last to Damascus", 1)]
    [InlineData("the fighters to loyal", 1)]
    [InlineData("pro government. Fighters advanced", 1)]  // not across a sentence end
    public void EveryWordOfAnExclusionAroundTheEntryMustBeThere(string text, int expected)
    {
        var scorer = Scorer(Entry("en", "fighters", "opposition", "rebel", exclude: "[pro government fighters, fighters loyal to]"));
        Assert.Equal(expected, scorer.Score("d", text).Counts.Count(Opposition, PoleSide.B));
    }

    [Fact]
    public void ExclusionOfOneDimensionDoesNotAffectAnother()
    {
        var scorer = Scorer(
            Entry("en", "regime", "forces", "regime", exclude: "[regime change]"),
            Entry("en", "regime", "opposition", "terror"));
        var result = scorer.Score("d", "regime change");
        Assert.Equal(0, result.Counts.Count(Forces, PoleSide.B));
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
    }

    [Fact]
    public void ExcludedLongerEntryLeavesRoomForAShorterOne()
    {
        var scorer = Scorer(
            Entry("en", "regime", "forces", "regime", weight: "0.5"),
            Entry("en", "regime forces", "forces", "regime", exclude: "[regime forces withdrew]"));
        var m = Assert.Single(scorer.Score("d", "regime forces withdrew").Matches);
        Assert.Equal(("regime", 500), (m.Surface, m.Entry.WeightMilli));
    }

    [Theory]
    [InlineData("هاجم النظام المدينة", 1)]
    [InlineData("انتقد النظام التركي الهجوم", 0)]
    [InlineData("انتقد والنظام التركي الهجوم", 0)]  // the exclusion matches through the clitic و
    [InlineData("انتقد النظامُ التركيُّ الهجوم", 0)] // and through diacritics
    [InlineData("النظام السوري والتركي", 1)]
    public void ArabicExclusionsMatchThroughNormalizationAndClitics(string text, int expected)
    {
        var scorer = Scorer(Entry("ar", "النظام", "forces", "regime", exclude: "[النظام التركي]"));
        Assert.Equal(expected, scorer.Score("d", text).Counts.Count(Forces, PoleSide.B));
    }

    // ------------------------------------------------------------------ Arabic clitics

    [Fact]
    public void ConjunctionAndArticleAreStrippedFromTheToken()
    {
        var scorer = Scorer(Entry("ar", "إرهابيين", "opposition", "terror"));
        var m = Assert.Single(scorer.Score("d", "قتل والإرهابيين").Matches);
        Assert.Equal("والإرهابيين", m.Surface);
        Assert.Equal("والارهابيين", m.Normalized);
        Assert.Equal("وال+…", m.Rule);
        Assert.Equal((4, 11), (m.Start, m.Length));
    }

    [Fact]
    public void ContractedArticleMatchesPatternsWithAndWithoutTheArticle()
    {
        var bare = Scorer(Entry("ar", "إرهابيين", "opposition", "terror"));
        var m = Assert.Single(bare.Score("d", "للإرهابيين").Matches);
        Assert.Equal("لل+…", m.Rule);
        Assert.Equal("للإرهابيين", m.Surface);

        var withArticle = Scorer(Entry("ar", "الإرهابيين", "opposition", "terror"));
        m = Assert.Single(withArticle.Score("d", "للإرهابيين").Matches);
        Assert.Equal("لل+… (ال restored)", m.Rule);
        Assert.Equal("للارهابيين", m.Normalized);
    }

    [Fact]
    public void ContractedArticleMatchesBothPatternsInTwoDimensionsOfOneLexicon()
    {
        // A token counts once in each dimension: the article-restored reading matches the forces entry, and the
        // article-less reading must still match the opposition entry.
        var scorer = Scorer(
            Entry("ar", "الإرهابيين", "forces", "state"),
            Entry("ar", "إرهابيين", "opposition", "terror"));
        var result = scorer.Score("d", "للإرهابيين");
        Assert.Equal(1, result.Counts.Count(Forces, PoleSide.A));
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
    }

    /// <summary>
    /// «والإرهابيين» is read whole, then as و+ «الإرهابيين», then as وال+ «إرهابيين». A dimension takes the first reading
    /// that serves it, however many pattern words of that reading serve it and however many later readings serve it too:
    /// the later reading's entry (of higher weight) never counts.
    /// </summary>
    [Theory]
    [InlineData("الإرهابيين")] // a second reading serves the dimension too
    [InlineData("والإرهاب*")]  // the first reading serves it through two pattern words
    public void ADimensionTakesTheFirstReadingThatServesItWhateverElseServesIt(string otherPattern)
    {
        var scorer = Scorer(
            Entry("ar", "والإرهابيين", "opposition", "terror", weight: "0.5"),
            Entry("ar", otherPattern, "opposition", "terror", weight: "0.5"),
            Entry("ar", "إرهابيين", "opposition", "terror"));
        var m = Assert.Single(scorer.Score("d", "قتل والإرهابيين").Matches);
        Assert.Equal((500, string.Empty), (m.Entry.WeightMilli, m.Rule));
        Assert.Equal(500, scorer.Score("d", "قتل والإرهابيين").Counts.WeightMilli(Opposition, PoleSide.A));

        // The control: without the whole word's entry, the last reading's entry counts.
        var control = Scorer(Entry("ar", "إرهابيين", "opposition", "terror"));
        Assert.Equal(1000, Assert.Single(control.Score("d", "قتل والإرهابيين").Matches).Entry.WeightMilli);
    }

    [Fact]
    public void AReadingThatServesTwoDimensionsCountsOnlyForTheOneNoEarlierReadingClaimed()
    {
        // The whole token claims opposition; «إرهابيين» (وال+) serves forces and opposition, and counts for forces only:
        // its opposition entry (of higher weight) does not replace the whole token's.
        var scorer = Scorer(
            Entry("ar", "والإرهابيين", "opposition", "terror", weight: "0.5"),
            Entry("ar", "إرهابيين", "opposition", "terror"),
            Entry("ar", "إرهابيين", "forces", "state"));
        var result = scorer.Score("d", "قتل والإرهابيين");
        Assert.Equal(500, result.Counts.WeightMilli(Opposition, PoleSide.A));
        Assert.Equal(1000, result.Counts.WeightMilli(Forces, PoleSide.A));
    }

    [Fact]
    public void AnExclusionOfOneEntryDoesNotHideMatchesOfAnother()
    {
        var scorer = Scorer(
            Entry("ar", "سقوط", "forces", "regime", exclude: "[سقوط القتلى]"),
            Entry("ar", "قتلى", "opposition", "terror"));
        var result = scorer.Score("d", "ارتفع عدد القتلى");
        Assert.Equal("القتلى", Assert.Single(result.Matches).Surface);
    }

    [Fact]
    public void WithoutTheOtherEntrysExclusionTheStrippedReadingMatches()
    {
        // The control for the test above: the same text and entry, without the unrelated exclusion.
        var scorer = Scorer(
            Entry("ar", "سقوط", "forces", "regime"),
            Entry("ar", "قتلى", "opposition", "terror"));
        Assert.Equal("القتلى", Assert.Single(scorer.Score("d", "ارتفع عدد القتلى").Matches).Surface);
    }

    [Fact]
    public void PrepositionAndArticleAreStripped()
    {
        var scorer = Scorer(Entry("ar", "معارضة", "opposition", "rebel"));
        var m = Assert.Single(scorer.Score("d", "اتصل بالمعارضة").Matches);
        Assert.Equal(("بالمعارضة", "بال+…"), (m.Surface, m.Rule));
    }

    [Fact]
    public void EncliticPronounIsStripped()
    {
        var scorer = Scorer(Entry("ar", "قوات", "forces", "state"));
        var m = Assert.Single(scorer.Score("d", "تقدمت قواتهم").Matches);
        Assert.Equal(("قواتهم", "…+هم"), (m.Surface, m.Rule));

        m = Assert.Single(scorer.Score("d", "تقدمت قوات").Matches);
        Assert.Equal(("قوات", string.Empty), (m.Surface, m.Rule));
    }

    [Fact]
    public void RuleOfAPhraseListsTheRuleOfEveryTokenThatNeededOne()
    {
        var scorer = Scorer(Entry("ar", "أمن و استقرار", "forces", "state"));
        var m = Assert.Single(scorer.Score("d", "أعاد الأمن والاستقرار").Matches);
        Assert.Equal(("الأمن والاستقرار", "ال+…; وال+…"), (m.Surface, m.Rule));

        m = Assert.Single(scorer.Score("d", "أعاد أمن والاستقرار").Matches);
        Assert.Equal("وال+…", m.Rule);

        m = Assert.Single(scorer.Score("d", "أعاد أمن واستقرار").Matches);
        Assert.Equal("و+…", m.Rule);
    }

    [Fact]
    public void PhraseWordAfterTheFirstDoesNotMatchThroughAConjunctionClitic()
    {
        // «التنظيم والدولة» is two things coordinated ("the organization and the state"), not the construct تنظيم الدولة:
        // a conjunction (و or ف) glued to a later word of a phrase begins a new phrase. The first word may carry one.
        var scorer = Scorer(Entry("ar", "تنظيم دولة", "opposition", "terror"));
        Assert.Empty(scorer.Score("d", "قال إن التنظيم والدولة لا يتفقان").Matches);
        Assert.Empty(scorer.Score("d", "قال إن التنظيم فالدولة لا يتفقان").Matches);
        Assert.Empty(scorer.Score("d", "قال إن تنظيم ودولة لا يتفقان").Matches);
        Assert.Equal(["تنظيم الدولة", "وتنظيم الدولة"], Surfaces(scorer.Score("d", "هاجم تنظيم الدولة وتنظيم الدولة")));
    }

    [Fact]
    public void LoneConjunctionInAPatternJoinsTheNextWordToThePhrase()
    {
        // A phrase that names two coordinated things writes the conjunction as a word of its own: «أمن و استقرار» is
        // الأمن والاستقرار. The conjunction is required, and only the one written.
        var scorer = Scorer(Entry("ar", "أمن و استقرار", "forces", "state"));
        Assert.Equal(["الأمن والاستقرار"], Surfaces(scorer.Score("d", "أعاد الأمن والاستقرار")));
        Assert.Empty(scorer.Score("d", "أعاد الأمن الاستقرار").Matches);
        Assert.Empty(scorer.Score("d", "أعاد الأمن فالاستقرار").Matches);
        Assert.Empty(scorer.Score("d", "أعاد الاستقرار").Matches);

        var plain = Scorer(Entry("ar", "أمن استقرار", "forces", "state"));
        Assert.Empty(plain.Score("d", "أعاد الأمن والاستقرار").Matches);
    }

    [Fact]
    public void WordWrittenWithTaMarbutaIsNotReadAsAStemAndThePronounHeh()
    {
        // فصيلة (a platoon) normalizes to فصيله, which also reads as فصيل + ه (his faction); but a pronoun suffix is never
        // written ة, so a word written with ة (after any diacritics or tatweel) keeps its final letter.
        var scorer = Scorer(Entry("ar", "فصيل", "opposition", "rebel"));
        Assert.Empty(scorer.Score("d", "انضمت فصيلة من الجنود").Matches);
        Assert.Empty(scorer.Score("d", "انضمت فصيلةٌ من الجنود وفصيلةـ أخرى").Matches);
        Assert.Empty(scorer.Score("d", "انضمت وفصيلة أخرى").Matches);

        var m = Assert.Single(scorer.Score("d", "قاتل فصيله في حلب").Matches);
        Assert.Equal(("فصيله", "…+ه"), (m.Surface, m.Rule));
        m = Assert.Single(scorer.Score("d", "قاتل وفصيلها في حلب").Matches);
        Assert.Equal("و+…+ها", m.Rule);
    }

    [Theory]
    [InlineData("starter")]
    [InlineData("syria-conflict")]
    [InlineData("russia-ukraine")]
    public void ShippedLexiconsExcludeTheFemaleEditorInChiefAsTheMale(string id)
    {
        // رئيسة تحرير had been excluded only by reading رئيسة as رئيس + ه; each lexicon that excludes رئيس تحرير names it.
        var scorer = Scorer(Lexicon.Load(id));
        Assert.DoesNotContain(scorer.Score("d", "كتبت رئيسة تحرير المجلة في سوريا مقالا", "ar").Matches, m => m.Entry.Pattern == "تحرير");
        Assert.DoesNotContain(scorer.Score("d", "كتب رئيس تحرير المجلة في سوريا مقالا", "ar").Matches, m => m.Entry.Pattern == "تحرير");
    }

    [Fact]
    public void WordGluedToANumberStillMatches()
    {
        // «١٠إرهابيين» (ten terrorists, the number written without a space) is a number and a word.
        var scorer = Scorer(Entry("ar", "إرهابيين", "opposition", "terror"));
        Assert.Equal(["إرهابيين", "إرهابيين", "والإرهابيين"], Surfaces(scorer.Score("d", "قتل ١٠إرهابيين و10إرهابيين و٣والإرهابيين")));
    }

    [Fact]
    public void ExclusionSpansACommaOnlyWhereItWritesOne()
    {
        // «النظام، العام الماضي، …» (the regime, last year, …) is no النظام العام (public order): an exclusion's words, like
        // a phrase's, are not separated by a comma in text, unless the exclusion writes one there ("Odessa, Texas").
        var scorer = Scorer(Entry("ar", "النظام", "forces", "regime", exclude: "[\"النظام عام\"]"));
        Assert.Empty(scorer.Score("d", "حفظ النظام العام واجب").Matches);
        Assert.Single(scorer.Score("d", "اتهم النظام، العام الماضي، المعارضة").Matches);
        Assert.Single(scorer.Score("d", "اتهم النظام ، العام الماضي").Matches);

        var english = Scorer(Entry("en", "regime", "forces", "regime", exclude: "[\"regime change\"]"));
        Assert.Empty(english.Score("d", "They want regime change.").Matches);
        Assert.Single(english.Score("d", "They fought the regime, change came later.").Matches);

        var town = Scorer(Entry("en", "Odessa", "forces", "regime", exclude: "[\"Odessa, Texas\"]"));
        Assert.Empty(town.Score("d", "Oil prices rose in Odessa, Texas.").Matches);
        Assert.Empty(town.Score("d", "Oil prices rose in Odessa Texas.").Matches);
        Assert.Single(town.Score("d", "Troops entered Odessa; Texas sent no aid.").Matches);
    }

    [Fact]
    public void PatternWrittenWithTheArticleDoesNotMatchTheBareWord()
    {
        var scorer = Scorer(Entry("ar", "النظام", "forces", "regime"));
        Assert.Empty(scorer.Score("d", "انهار نظام وقف إطلاق النار").Matches);

        var result = scorer.Score("d", "هاجم النظام ثم والنظام");
        Assert.Equal(["النظام", "والنظام"], Surfaces(result));
        Assert.Equal([string.Empty, "و+…"], result.Matches.Select(m => m.Rule));
    }

    [Fact]
    public void CliticsDoNotApplyToEnglish()
    {
        var scorer = Scorer(Entry("en", "regime", "forces", "regime"));
        Assert.Empty(scorer.Score("d", "the wregime and regimehm").Matches);
    }

    // ------------------------------------------------------------------ English and Latin folding

    [Theory]
    [InlineData("Assad's forces", "Assad forces shelled the town", "Assad forces")]
    [InlineData("Assad forces", "Assad's forces shelled the town", "Assad's forces")]
    [InlineData("Assad forces", "Assad\u2019s forces shelled the town", "Assad\u2019s forces")]
    [InlineData("Assad's forces", "ASSAD\u2019S FORCES shelled the town", "ASSAD\u2019S FORCES")]
    [InlineData("Assad forces", "Assad\u2018s forces shelled the town", "Assad\u2018s forces")] // typed for an apostrophe
    [InlineData("Assad forces", "Assad\u00B4s forces shelled the town", "Assad\u00B4s forces")]
    [InlineData("Assad forces", "Assad`s forces shelled the town", "Assad`s forces")]
    [InlineData("Assad's forces", "Assad\u02BBs forces shelled the town", "Assad\u02BBs forces")]
    public void PossessiveMatchesTheBareNameAndViceVersa(string pattern, string text, string surface)
    {
        var scorer = Scorer(Entry("en", pattern, "forces", "regime"));
        var m = Assert.Single(scorer.Score("d", text).Matches);
        Assert.Equal(surface, m.Surface);
        Assert.Equal("assad forces", m.Normalized);
        Assert.Equal(0, m.Start);
    }

    [Fact]
    public void TurkishDottedCapitalIMatchesPlainI()
    {
        var scorer = Scorer(Entry("en", "idlib", "forces", "regime"));
        var result = scorer.Score("d", "In İDLİB and Idlib");
        Assert.Equal(["İDLİB", "Idlib"], Surfaces(result));
        Assert.Equal((3, 5), (result.Matches[0].Start, result.Matches[0].Length));
        Assert.All(result.Matches, m => Assert.Equal("idlib", m.Normalized));
    }

    [Fact]
    public void MatchingIsCaseInsensitiveUnderTurkishCulture()
    {
        CultureInfo turkish;
        try
        {
            turkish = CultureInfo.GetCultureInfo("tr-TR");
        }
        catch (CultureNotFoundException)
        {
            return; // globalization-invariant mode: no Turkish casing to guard against
        }

        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = turkish;
            Assert.Equal("ıdlıb", "IDLIB".ToLower(CultureInfo.CurrentCulture)); // the trap this test guards against

            var scorer = Scorer(
                Entry("en", "IDLIB", "forces", "regime"),
                Entry("en", "ISIS", "opposition", "terror"));
            var result = scorer.Score("d", "idlib Idlib IDLIB İdlib ıdlıb isis Isis");
            Assert.Equal(5, result.Counts.Count(Forces, PoleSide.B));
            Assert.Equal(2, result.Counts.Count(Opposition, PoleSide.A));
            Assert.All(result.Matches.Where(m => m.Dimension.Id == "forces"), m => Assert.Equal("idlib", m.Normalized));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void LatinDiacriticsFoldInTextAndPatterns()
    {
        var scorer = Scorer(Entry("en", "régime", "forces", "regime"));
        Assert.Equal(["regime", "RÉGIME", "Re\u0301gime"], Surfaces(scorer.Score("d", "regime RÉGIME Re\u0301gime")));
    }

    /// <summary>
    /// A walk that keeps more paths open than the scorer's first stack holds (8): a token matching 16 prefix words (the
    /// most a token's reading resolves to), each the start of 6 phrases whose second word the next token matches, so 21
    /// paths wait at once. Every phrase is found: the one that wins the tie (the highest weight) is counted.
    /// </summary>
    [Fact]
    public void AWalkWithMorePathsThanTheFirstStackFindsThemAll()
    {
        var entries = new List<string>();
        for (var k = 1; k <= 16; k++)
        {
            for (var j = 1; j <= 6; j++)
            {
                var best = k == 9 && j == 4;
                entries.Add(Entry("en", new string('x', k) + "* " + new string('y', j) + "*", "opposition", best ? "terror" : "rebel", best ? "1" : "0.5"));
            }
        }

        var scorer = Scorer([.. entries]);
        var result = scorer.Score("d", new string('x', 16) + " " + new string('y', 6) + " and more.", "en");
        var match = Assert.Single(result.Matches);
        Assert.Equal(2, match.TokenCount);
        Assert.Equal("terror", match.Pole!.Id);
        Assert.Equal(1000, result.Counts.WeightMilli(Opposition, PoleSide.A));
        Assert.Equal(0, result.Counts.WeightMilli(Opposition, PoleSide.B));
    }

    /// <summary>
    /// A lexicon of more than 64 dimensions (the width of the scorer's dimension masks): every dimension, below and above
    /// the 64th, counts its own entries, in editorial text and inside a quotation attributed by a speech cue (the marker
    /// slots then lie beyond the 64th bit too), and a phrase of a high dimension still wins over a single word.
    /// </summary>
    [Fact]
    public void EveryDimensionCountsInALexiconOfMoreThanSixtyFourDimensions()
    {
        const int dimensions = 70;
        var yaml = new System.Text.StringBuilder();
        yaml.Append("id: wide\nversion: 1.0.0\ntitle: Wide\ndescription: Many dimensions.\nlicense: CC0-1.0\nauthors: [Tester]\nlanguages: [en]\n");
        yaml.Append("speech:\n  en: { cues: [said] }\ndimensions:\n");
        for (var d = 0; d < dimensions; d++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: d{d}, description: Dimension {d}., poles: {{ a: {{ id: a{d}, label: A, description: A. }}, b: {{ id: b{d}, label: B, description: B. }} }} }}\n");
        }

        yaml.Append("entries:\n");
        var words = new List<string>();
        for (var d = 0; d < dimensions; d++)
        {
            var word = "w" + new string((char)('a' + (d / 26)), 1) + new string((char)('a' + (d % 26)), 2);
            words.Add(word);
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ lang: en, pattern: {word}, dimension: d{d}, pole: a{d}, note: test }}\n");
        }

        yaml.Append(CultureInfo.InvariantCulture, $"  - {{ lang: en, pattern: \"{words[67]} {words[68]}\", dimension: d67, pole: b67, note: test }}\n");
        var lexicon = Lexicon.Parse(yaml.ToString(), "wide.yaml");
        var scorer = lexicon.Compile().CreateScorer(new ScoringOptions { CollectMatches = true });

        var editorial = scorer.Score("e", string.Join(' ', words.Take(67)) + ".", "en");
        var quoted = scorer.Score("q", "He said \"" + string.Join(' ', words.Skip(67)) + " " + words[1] + " " + words[66] + "\".", "en");
        for (var d = 0; d < dimensions; d++)
        {
            Assert.True((d < 67 ? 1 : 0) == editorial.Counts.Count(d, PoleSide.A), $"dimension {d}, editorial: {editorial.Counts.Count(d, PoleSide.A)}");
        }

        // The phrase (d67, pole b) covers the words of d67 and d68; d69 and the two low ones count alone.
        Assert.Equal(1, quoted.Counts.Count(67, PoleSide.B));
        Assert.Equal(0, quoted.Counts.Count(67, PoleSide.A));
        Assert.Equal(1, quoted.Counts.Count(68, PoleSide.A));
        foreach (var d in new[] { 1, 66, 69 })
        {
            Assert.Equal(1, quoted.Counts.Count(d, PoleSide.A, VoiceSelection.Quoted));
            Assert.Equal(0, quoted.Counts.Count(d, PoleSide.A, VoiceSelection.Editorial));
        }
    }

    /// <summary>
    /// In a lexicon of more than 64 dimensions, dimension 64 does not share dimension 0's bit: the whole token
    /// «والإرهابيين» is a word of dimension 0 (inside a phrase that is not there), so that reading claims dimension 0 only;
    /// its reading وال+ «إرهابيين» starts and matches an entry of dimension 64, which still counts, through that reading
    /// (dimension 64 lies in the second lane of the matcher, with a bit of its own). An actor's name, in the first slot
    /// after the dimensions, counts for no dimension.
    /// </summary>
    [Fact]
    public void AReadingOfDimensionZeroLeavesDimensionSixtyFourFreeInAWideLexicon()
    {
        const int dimensions = 65;
        var yaml = new System.Text.StringBuilder();
        yaml.Append("id: wide\nversion: 1.0.0\ntitle: Wide\ndescription: Many dimensions.\nlicense: CC0-1.0\nauthors: [Tester]\nlanguages: [ar]\n");
        yaml.Append("dimensions:\n");
        for (var d = 0; d < dimensions; d++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: d{d}, description: Dimension {d}., poles: {{ a: {{ id: a{d}, label: A, description: A. }}, b: {{ id: b{d}, label: B, description: B. }} }} }}\n");
        }

        yaml.Append("actors:\n  - { id: isis, label: Islamic State, description: The group., names: { ar: [داعش] } }\n");
        yaml.Append("entries:\n");
        yaml.Append("  - { lang: ar, pattern: \"مقاتلي والإرهابيين\", dimension: d0, pole: a0, note: test }\n");
        yaml.Append("  - { lang: ar, pattern: إرهابيين, dimension: d64, pole: a64, note: test }\n");
        var scorer = Lexicon.Parse(yaml.ToString(), "wide.yaml").Compile().CreateScorer(new ScoringOptions { CollectMatches = true });

        var result = scorer.Score("d", "قتل والإرهابيين");
        var m = Assert.Single(result.Matches);
        Assert.Equal(("d64", "والإرهابيين"), (m.Dimension.Id, m.Surface));
        Assert.Equal(1, result.Counts.Count(64, PoleSide.A));
        var alone = Scorer(Entry("ar", "إرهابيين", "opposition", "terror")).Score("d", "قتل والإرهابيين");
        Assert.Equal(Assert.Single(alone.Matches).Rule, m.Rule);
        Assert.NotEqual(string.Empty, m.Rule);

        // The phrase itself still counts for dimension 0 (and dimension 64 at its second word).
        result = scorer.Score("d", "مقاتلي والإرهابيين");
        Assert.Equal(1, result.Counts.Count(0, PoleSide.A));
        Assert.Equal(1, result.Counts.Count(64, PoleSide.A));

        // The actors' slot, the first after the dimensions, shares every bit too: a name is still no dimension's entry.
        result = scorer.Score("d", "هاجم داعش البلدة");
        Assert.Empty(result.Matches);
        Assert.True(result.Counts.IsEmpty);
    }

    [Fact]
    public void AScorerRefusesANullIdOrText()
    {
        var scorer = Scorer(Entry("en", "rebels", "opposition", "rebel"));
        Assert.Equal("id", Assert.Throws<ArgumentNullException>(() => scorer.Score(null!, "The rebels.")).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => scorer.Score("d", null!)).ParamName);
    }

    [Fact]
    public void AWordThatEndsAPhraseInOneDimensionAndStartsOneInAnotherCountsInBoth()
    {
        // "forces" is the last word of a forces phrase and the first of an opposition phrase; "terror" only ends one.
        var scorer = Scorer(
            Entry("en", "regime forces", "forces", "regime"),
            Entry("en", "forces of terror", "opposition", "terror"));

        var result = scorer.Score("d", "The regime forces of terror fled.");

        Assert.Equal(["regime forces", "forces of terror"], Surfaces(result));
        Assert.Equal(1, result.Counts.Count(Forces, PoleSide.B));
        Assert.Equal(1, result.Counts.Count(Opposition, PoleSide.A));
        Assert.Equal(4, result.CoveredTokens);
        Assert.Empty(scorer.Score("d", "terror of forces").Matches);
    }

    [Fact]
    public void ATokensStartSlotsAreTheSlotsOfTheEntriesThatBeginWithItsWords()
    {
        var matcher = ParseEntries(
            Entry("en", "regime forces", "forces", "regime"),
            Entry("en", "forces of terror", "opposition", "terror"),
            Entry("en", "terror", "opposition", "terror")).Compile().MatcherFor("en")!;

        Assert.Equal(1UL << Forces, StartSlots(matcher, "regime"));
        Assert.Equal(1UL << Opposition, StartSlots(matcher, "forces")); // inside a forces phrase, never at its start
        Assert.Equal(0UL, StartSlots(matcher, "of"));
        Assert.Equal(1UL << Opposition, StartSlots(matcher, "terror"));
        Assert.Equal(0UL, StartSlots(matcher, "town"));
    }

    /// <summary>The start slots of a token's occurrences, as the scorer computes them for <see cref="ResolvedToken.StartSlots"/>.</summary>
    private static ulong StartSlots(LanguageMatcher matcher, string token)
    {
        var occurrences = new ElementOccurrences();
        var count = matcher.Resolve(token, token, new Framing.Text.AffixVariant[Framing.Text.AffixStripper.MaxVariants], occurrences);
        var slots = 0UL;
        for (var k = 0; k < count; k++)
        {
            slots |= occurrences.Mask(k) & matcher.StartSlots(occurrences.Element(k));
        }

        return slots;
    }
}
