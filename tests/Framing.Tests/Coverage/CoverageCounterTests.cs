using Framing.Coverage;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Text;
using static Framing.Tests.Lexicons.TestLexicon;

namespace Framing.Tests.Coverage;

/// <summary>Coverage and unmatched terms of <see cref="CoverageCounter"/>, with hand-computed values.</summary>
public sealed class CoverageCounterTests
{
    private static Lexicon EnglishLexicon() => ParseEntries(
        Entry("en", "regime forces", "forces", "regime"),
        Entry("en", "regime", "opposition", "terror"),
        Entry("en", "rebels", "opposition", "rebel"),
        Entry("en", "fighters", "forces", "neutral"));

    // Regime0 forces1 shelled2 the3 old4 market5 | Fighters6 saw7 rebels8 near9 the10 old11 market12 bridge13
    // Matches: "regime forces" (forces) and "regime" (opposition) overlap on token 0; "fighters" is neutral; "rebels".
    private const string EnglishText = "Regime forces shelled the old market. Fighters saw rebels near the old market bridge.";

    private static Dictionary<string, long> Counts(GroupCoverage group, CoverageTermKind kind) =>
        group.Terms(kind).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static GroupCoverage Single(CoverageCounter counter) => Assert.Single(counter.Groups);

    [Fact]
    public void CoverageCountsEachCoveredTokenOnceInAnyDimensionNeutralIncluded()
    {
        var counter = new CoverageCounter(EnglishLexicon().Compile());
        var result = counter.Add("g", "d1", EnglishText, "en");
        var group = Single(counter);

        Assert.Equal("g", group.Group);
        Assert.Equal(1, group.Documents);
        Assert.Equal(14, group.Tokens);
        Assert.Equal(4, group.CoveredTokens); // regime, forces, fighters, rebels: token 0 is in two matches but counts once
        Assert.Equal(2.0 / 7.0, group.Coverage);
        Assert.Equal(result.Coverage, group.Coverage);
        Assert.Equal(1, counter.Documents);
    }

    [Fact]
    public void UnmatchedUnigramsAndBigramsAreExact()
    {
        var counter = new CoverageCounter(EnglishLexicon().Compile());
        counter.Add("g", "d1", EnglishText, "en");
        var group = Single(counter);

        // "the" is a built-in stopword; covered tokens are not counted.
        Assert.Equal(
            new Dictionary<string, long> { ["shelled"] = 1, ["old"] = 2, ["market"] = 2, ["saw"] = 1, ["near"] = 1, ["bridge"] = 1 },
            Counts(group, CoverageTermKind.Unigram));

        // market5-fighters6 crosses a sentence and a covered token, saw-rebels-near a covered token, shelled-the a stopword.
        Assert.Equal(
            new Dictionary<string, long> { ["old market"] = 2, ["market bridge"] = 1 },
            Counts(group, CoverageTermKind.Bigram));
        Assert.Equal([new TermCount("old market", 2), new TermCount("market bridge", 1)], group.Top(CoverageTermKind.Bigram, 10));
    }

    [Fact]
    public void BigramsDoNotCrossSentences()
    {
        var counter = new CoverageCounter(EnglishLexicon().Compile());
        counter.Add("g", "d", "Market burned. Bridge collapsed\nStorm passed", "en");
        Assert.Equal(
            ["bridge collapsed", "market burned", "storm passed"],
            Single(counter).Bigrams.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void BigramsDoNotCrossACommaOrOtherBarrierAsALexiconPhraseDoesNot()
    {
        // "militia convoy" was suggested three times from text where no phrase entry could ever match it.
        var counter = new CoverageCounter(EnglishLexicon().Compile());
        counter.Add("g", "d", "The militia, convoy said. The militia; convoy left. Then militia (convoy) came. A militia convoy.", "en");
        var bigrams = Single(counter).Bigrams;

        Assert.Equal(1, bigrams["militia convoy"]);
    }

    [Fact]
    public void KeynessTermsDoNotCrossACommaOrOtherBarrier()
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        new TermExtractor(2, 2).Count("The militia, convoy said. The militia: convoy left. A militia convoy.", "en", counts);

        Assert.Equal(1, counts["militia convoy"]);
        Assert.Equal(1, counts["convoy said"]);
    }

    [Fact]
    public void BigramsDoNotCrossCoveredTokens()
    {
        var counter = new CoverageCounter(EnglishLexicon().Compile(), new CoverageOptions { Stopwords = StopwordList.None });
        counter.Add("g", "d", "Heavy rebels attack fighters retreat", "en");
        var group = Single(counter);
        Assert.Empty(group.Bigrams);
        Assert.Equal(["attack", "heavy", "retreat"], group.Unigrams.Keys.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void WithoutStopwordsFunctionWordsCount()
    {
        var counter = new CoverageCounter(EnglishLexicon().Compile(), new CoverageOptions { Stopwords = StopwordList.None });
        counter.Add("g", "d1", EnglishText, "en");
        var group = Single(counter);
        Assert.Equal(2, group.Unigrams["the"]);
        Assert.Equal(2, group.Bigrams["the old"]);
        Assert.Equal(1, group.Bigrams["shelled the"]);
        Assert.Equal(1, group.Bigrams["near the"]);
        Assert.False(group.Bigrams.ContainsKey("saw near"));
    }

    [Fact]
    public void StopwordsAreDroppedFromUnigramsAndBigrams()
    {
        var stopwords = StopwordList.Parse("# mine\nold\n\nBRIDGE\n", "mine.txt");
        var counter = new CoverageCounter(EnglishLexicon().Compile(), new CoverageOptions { Stopwords = stopwords });
        counter.Add("g", "d1", EnglishText, "en");
        var group = Single(counter);
        Assert.Equal(["market", "near", "saw", "shelled", "the"], group.Unigrams.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["near the", "shelled the"], group.Bigrams.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(2, group.Unigrams["the"]);
    }

    [Fact]
    public void MinimumLengthCountsLetters()
    {
        var lexicon = EnglishLexicon().Compile();
        var text = "A UN convoy of 12 trucks";
        var byDefault = new CoverageCounter(lexicon, new CoverageOptions { Stopwords = StopwordList.None });
        byDefault.Add("g", "d", text, "en");
        Assert.Equal(["convoy", "of", "trucks", "un"], Single(byDefault).Unigrams.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["convoy of", "un convoy"], Single(byDefault).Bigrams.Keys.Order(StringComparer.Ordinal).ToArray()); // not "a un", "of 12", "12 trucks"

        var all = new CoverageCounter(lexicon, new CoverageOptions { Stopwords = StopwordList.None, MinimumLength = 0 });
        all.Add("g", "d", text, "en");
        Assert.Equal(["12", "a", "convoy", "of", "trucks", "un"], Single(all).Unigrams.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(5, Single(all).Bigrams.Count);

        var long4 = new CoverageCounter(lexicon, new CoverageOptions { Stopwords = StopwordList.None, MinimumLength = 4 });
        long4.Add("g", "d", text, "en");
        Assert.Equal(["convoy", "trucks"], Single(long4).Unigrams.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Empty(Single(long4).Bigrams);
    }

    [Fact]
    public void ArabicTermsLoseTheirArticleChain()
    {
        var lexicon = ParseEntries(Entry("ar", "إرهابيين", "opposition", "terror"));
        var counter = new CoverageCounter(lexicon.Compile());

        // قصف0 الإرهابيون1 المدينة2 والمستشفى3 | وقالت4 المعارضة5 إن6 الإرهابيين7 قصفوا8 المدينة9
        counter.Add("g", "d", "قصف الإرهابيون المدينة والمستشفى. وقالت المعارضة إن الإرهابيين قصفوا المدينة.");
        var group = Single(counter);
        Assert.Equal((10L, 1L), (group.Tokens, group.CoveredTokens));
        Assert.Equal(
            new Dictionary<string, long> { ["قصف"] = 1, ["ارهابيون"] = 1, ["مدينه"] = 2, ["مستشفي"] = 1, ["معارضه"] = 1, ["قصفوا"] = 1 },
            Counts(group, CoverageTermKind.Unigram));
        Assert.Equal(
            new Dictionary<string, long> { ["قصف ارهابيون"] = 1, ["ارهابيون مدينه"] = 1, ["مدينه مستشفي"] = 1, ["قصفوا مدينه"] = 1 },
            Counts(group, CoverageTermKind.Bigram));
    }

    [Fact]
    public void ArabicStopwordsAreNormalizedLikeTokens()
    {
        var counter = new CoverageCounter(ParseEntries(Entry("ar", "إرهابيين", "opposition", "terror")).Compile());

        // إلى and على with their spelling variants, الذي and وفي are built-in stopwords.
        counter.Add("g", "d", "ذهب الوفد الى المدينة الذى على الحدود وفى القرية", "ar");
        Assert.Equal(["حدود", "ذهب", "قريه", "مدينه", "وفد"], Single(counter).Unigrams.Keys.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(["ذهب وفد"], Single(counter).Bigrams.Keys.ToArray());
    }

    [Fact]
    public void TopSortsByCountThenTermOrdinal()
    {
        var counter = new CoverageCounter(EnglishLexicon().Compile(), new CoverageOptions { CountBigrams = false });
        counter.Add("g", "d", "zebra apple Zebra mango apple zebra banana mango Banana", "en");
        var top = Single(counter).Top(CoverageTermKind.Unigram, 3);
        Assert.Equal([new TermCount("zebra", 3), new TermCount("apple", 2), new TermCount("banana", 2)], top);
        Assert.Empty(Single(counter).Bigrams);
        Assert.Equal(4, Single(counter).Top(CoverageTermKind.Unigram, 100).Count);
    }

    [Fact]
    public void AGroupWithoutTokensHasNoCoverage()
    {
        var counter = new CoverageCounter(EnglishLexicon().Compile());
        counter.Add("silent", "d1", "!!! ...", "en");
        Assert.True(counter.TryGetGroup("silent", out var silent));
        Assert.Equal((1L, 0L, 0L), (silent.Documents, silent.Tokens, silent.CoveredTokens));
        Assert.Null(silent.Coverage); // undefined over no tokens, not 0
        Assert.Null(counter.Total().Coverage);
    }

    [Fact]
    public void GroupsAreKeptApartAndPoolIntoTheTotal()
    {
        var lexicon = EnglishLexicon().Compile();
        var counter = new CoverageCounter(lexicon);
        counter.Add("b", "d1", EnglishText, "en");
        counter.Add("a", "d2", "The old bridge held.", "en");
        Assert.Equal(["a", "b"], counter.Groups.Select(g => g.Group).ToArray());
        Assert.True(counter.TryGetGroup("a", out var a));
        Assert.Equal((1L, 4L, 0L, 0.0), (a.Documents, a.Tokens, a.CoveredTokens, a.Coverage));

        var total = counter.Total();
        Assert.Equal("(all)", total.Group);
        Assert.Equal((2L, 18L, 4L), (total.Documents, total.Tokens, total.CoveredTokens));
        Assert.Equal(3, total.Unigrams["old"]);
        Assert.Equal(2, total.Unigrams["bridge"]);
        Assert.Equal(1, total.Bigrams["old bridge"]);
        Assert.Equal(1, total.Bigrams["bridge held"]);
    }

    [Fact]
    public void MergedCountersEqualOneCounterOfTheWhole()
    {
        var lexicon = StarterLexicon();
        var documents = Enumerable.Range(0, 12).Select(i => (Group: "g" + (i % 3), Text: SampleText(i))).ToList();
        var whole = new CoverageCounter(lexicon);
        var first = new CoverageCounter(lexicon);
        var second = new CoverageCounter(lexicon);
        for (var i = 0; i < documents.Count; i++)
        {
            whole.Add(documents[i].Group, "d" + i, documents[i].Text);
            (i < 5 ? first : second).Add(documents[i].Group, "d" + i, documents[i].Text);
        }

        first.Merge(second);
        Assert.Equal(whole.Documents, first.Documents);
        foreach (var (w, m) in whole.Groups.Zip(first.Groups))
        {
            Assert.Equal((w.Group, w.Documents, w.Tokens, w.CoveredTokens), (m.Group, m.Documents, m.Tokens, m.CoveredTokens));
            Assert.Equal(w.Unigrams.OrderBy(p => p.Key, StringComparer.Ordinal), m.Unigrams.OrderBy(p => p.Key, StringComparer.Ordinal));
            Assert.Equal(w.Bigrams.OrderBy(p => p.Key, StringComparer.Ordinal), m.Bigrams.OrderBy(p => p.Key, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void CoverageEqualsTheScoreTablesCoverage()
    {
        var lexicon = StarterLexicon();
        var counter = new CoverageCounter(lexicon);
        var tally = new CorpusTally(lexicon.Dimensions.Count);
        var scorer = lexicon.CreateScorer();
        for (var i = 0; i < 12; i++)
        {
            var group = "g" + (i % 2);
            counter.Add(group, "d" + i, SampleText(i));
            tally.Add(group, scorer.Score("d" + i, SampleText(i)), DocumentSample.IdentityOf(group, "d" + i, SampleText(i)));
        }

        foreach (var row in ScoreTable.Build(tally, lexicon.Lexicon))
        {
            Assert.True(counter.TryGetGroup(row.Group, out var group));
            Assert.Equal(row.Coverage, group.Coverage);
            Assert.Equal(row.Tokens, group.Tokens);
        }
    }

    [Fact]
    public void AddingAResultWithoutItsMatchesIsRefused()
    {
        var lexicon = EnglishLexicon().Compile();
        var counter = new CoverageCounter(lexicon);
        var withoutMatches = lexicon.CreateScorer().Score("d", EnglishText, "en");
        Assert.Throws<ArgumentException>(() => counter.Add("g", EnglishText, withoutMatches));
        var withMatches = lexicon.CreateScorer(new ScoringOptions { CollectMatches = true }).Score("d", EnglishText, "en");
        Assert.Throws<ArgumentException>(() => counter.Add("g", "another text", withMatches));
        counter.Add("g", EnglishText, withMatches);
        Assert.Equal(4, Single(counter).CoveredTokens);
    }

    [Fact]
    public void NegativeMinimumLengthIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoverageCounter(EnglishLexicon().Compile(), new CoverageOptions { MinimumLength = -1 }));

    private static Framing.Matching.CompiledLexicon StarterLexicon() => Lexicon.Load("starter").Compile();

    private static string SampleText(int i) => (i % 4) switch
    {
        0 => "Regime forces shelled eastern Aleppo as rebels held the old city. Activists said the bombing continued.",
        1 => "The Syrian Arab Army liberated the district from terrorists. Residents returned to the district.",
        2 => "قصفت قوات النظام الأحياء الشرقية من حلب، وقال ناشطون إن الثوار صدوا الهجوم.",
        _ => "حررت وحدات الجيش العربي السوري حي النخيل من الإرهابيين، وعاد الأهالي إلى الحي.",
    };

    [Fact]
    public void ALabelThatDoesNotCountIsCoveredAndNotUnmatched()
    {
        // syria-conflict has negation words: "not terrorists" is a negated label, the document's only match.
        var counter = new CoverageCounter(Lexicon.Load("syria-conflict").Compile());
        var result = counter.Add("g", "d", "They are not terrorists at all.", "en");

        Assert.Empty(result.Matches);
        Assert.NotEmpty(result.UncountedMatches);
        var group = Single(counter);
        Assert.Equal(result.CoveredTokens, group.CoveredTokens);
        Assert.True(group.CoveredTokens > 0);
        Assert.DoesNotContain("terrorists", Counts(group, CoverageTermKind.Unigram).Keys);
        Assert.DoesNotContain("terrorist", Counts(group, CoverageTermKind.Unigram).Keys);
    }
}
