using Framing.Statistics.Scaling;

namespace Framing.Statistics.Tests.Scaling;

/// <summary>What the Wordscores model refuses, and how it treats texts and sets where quanteda's arithmetic breaks down.</summary>
public sealed class WordscoresRulesTests
{
    private static Dictionary<string, long> Counts(params (string Term, long Count)[] counts) =>
        counts.ToDictionary(c => c.Term, c => c.Count, StringComparer.Ordinal);

    private static readonly WordscoresReference Left = new("left", -1, Counts(("a", 3), ("b", 1)));
    private static readonly WordscoresReference Right = new("right", 1, Counts(("b", 1), ("c", 3)));

    [Fact]
    public void WordScoresOfTwoReferencesAreTheirPositionsWeightedByRelativeFrequency()
    {
        var model = WordscoresModel.Fit([Left, Right]);
        Assert.Equal(-1, model.WordScores["a"]);
        Assert.Equal(1, model.WordScores["c"]);
        Assert.Equal(0, model.WordScores["b"], 15);

        // A text of a, a, c: raw = (2·−1 + 1·1) / 3; SE = √(Σ F (raw − S)²) / √3.
        var text = model.Score("t", Counts(("a", 2), ("c", 1), ("unseen", 5)));
        Assert.Equal(-1.0 / 3, text.Score, 15);
        var expectedSe = Math.Sqrt((2.0 / 3 * Math.Pow(-1.0 / 3 + 1, 2)) + (1.0 / 3 * Math.Pow(-1.0 / 3 - 1, 2))) / Math.Sqrt(3);
        Assert.Equal(expectedSe, text.StandardError, 15);
        Assert.Equal(8, text.Words);
        Assert.Equal(3, text.ScoredWords);
    }

    [Fact]
    public void ATextWithoutScoredWordsHasNoScoreAndStaysOutOfTheLbgRescaling()
    {
        var model = WordscoresModel.Fit([Left, Right]);
        var empty = model.Score("empty", Counts(("unseen", 4)));
        Assert.False(empty.HasScore);
        Assert.True(double.IsNaN(empty.Score));
        Assert.Equal(4, empty.Words);

        var one = model.Score("one", Counts(("a", 1)));
        var two = model.Score("two", Counts(("c", 1), ("a", 1)));
        var withEmpty = model.Predict([one, empty, two]);
        var without = model.Predict([one, two]);
        Assert.Equal(without.Lbg!.Mean, withEmpty.Lbg!.Mean);
        Assert.Equal(without.Lbg.ScoreStandardDeviation, withEmpty.Lbg.ScoreStandardDeviation);
        Assert.True(double.IsNaN(withEmpty.Texts[1].Raw.Score));
        Assert.True(double.IsNaN(withEmpty.Texts[1].Lbg!.Score));
        Assert.True(double.IsNaN(withEmpty.Texts[1].MartinVanberg!.Score));
    }

    [Fact]
    public void LbgIsUndefinedForOneTextOrTextsWithoutSpread()
    {
        var model = WordscoresModel.Fit([Left, Right]);
        var a = model.Score("a1", Counts(("a", 2)));
        Assert.Null(model.Predict([a]).Lbg);
        Assert.Null(model.Predict([a, model.Score("a2", Counts(("a", 5)))]).Lbg);
        Assert.NotNull(model.Predict([a, model.Score("c", Counts(("c", 1)))]).Lbg);
    }

    [Fact]
    public void MartinVanbergNeedsOneReferenceTextAtEachEnd()
    {
        var middle = new WordscoresReference("middle", 1, Counts(("b", 4)));
        var tied = WordscoresModel.Fit([Left, Right, middle]);
        var prediction = tied.Predict([tied.Score("t", Counts(("a", 1)))]);
        Assert.Null(prediction.MartinVanberg);
        Assert.Null(prediction.Texts[0].MartinVanberg);
        Assert.Contains("\"right\" and \"middle\"", prediction.MartinVanbergUnavailable, StringComparison.Ordinal);
        Assert.Contains("highest", prediction.MartinVanbergUnavailable, StringComparison.Ordinal);

        var model = WordscoresModel.Fit([Left, Right]);
        var mv = model.Predict([model.Score("t", Counts(("a", 1)))]).MartinVanberg!;
        Assert.Equal(-1, mv.Apply(model.References[0].Score.Score), 14);
        Assert.Equal(1, mv.Apply(model.References[1].Score.Score), 14);
    }

    [Fact]
    public void AReversedMartinVanbergScaleHasAPositiveStandardErrorAndAnOrderedInterval()
    {
        // Six reference texts of one word each: "bee" in H (+1), L2 (−0.9), L3 (−0.8); "sea" in L (−1), M (0.9), M2 (0.8).
        // S_bee = (1 − 0.9 − 0.8) / 3 = −7/30, S_sea = +7/30: H, the text at the highest position, has the lower raw score,
        // so the multiplier (1 − −1) / (−7/30 − 7/30) = −30/7 is negative. quanteda's (upr − fit) / z then gave se_mv
        // −0.544331 and lwr 1.400203 above upr −0.733536, as this did.
        var model = WordscoresModel.Fit(
        [
            new WordscoresReference("H", 1, Counts(("bee", 1))), new WordscoresReference("L2", -0.9, Counts(("bee", 1))),
            new WordscoresReference("L3", -0.8, Counts(("bee", 1))), new WordscoresReference("L", -1, Counts(("sea", 1))),
            new WordscoresReference("M", 0.9, Counts(("sea", 1))), new WordscoresReference("M2", 0.8, Counts(("sea", 1))),
        ]);
        var prediction = model.Predict([model.Score("V", Counts(("bee", 2), ("sea", 1)))]);
        Assert.True(prediction.MartinVanberg!.IsReversed);
        var raw = prediction.Texts[0].Raw;
        var mv = prediction.Texts[0].MartinVanberg!;

        // Raw: (2 · −7/30 + 7/30) / 3 = −7/90; SE = √(2/3 · (−7/30 + 7/90)² + 1/3 · (7/30 + 7/90)²) / √3 = 0.127011.
        Assert.Equal(-7.0 / 90, raw.Score, 12);
        var se = Math.Sqrt((2.0 / 3 * Math.Pow((-7.0 / 30) + (7.0 / 90), 2)) + (1.0 / 3 * Math.Pow((7.0 / 30) + (7.0 / 90), 2))) / Math.Sqrt(3);
        Assert.Equal(se, raw.StandardError, 12);

        // MV: (S − S_L) · k + y_L = (−7/90 − 7/30) · −30/7 − 1 = 1/3; SE · |k|; the interval 1/3 ∓ z · SE · |k|, low end first.
        var z = 1.959963984540054;
        Assert.Equal(1.0 / 3, mv.Score, 12);
        Assert.Equal(se * 30 / 7, mv.StandardError, 12);
        Assert.Equal((1.0 / 3) - (z * se * 30 / 7), mv.Lower, 9);
        Assert.Equal((1.0 / 3) + (z * se * 30 / 7), mv.Upper, 9);
        Assert.True(mv.Lower < mv.Upper);
        Assert.Equal(-0.733536, mv.Lower, 6);
        Assert.Equal(1.400203, mv.Upper, 6);
    }

    [Fact]
    public void RawScoresThatDifferOnlyByRoundingLeaveBothRescalingsUndefined()
    {
        // A smoothing of 1e12 makes every word score about (−1 + 1) / 2 = 0, the raw scores equal but for rounding
        // (about 1e-13 apart). Before, the rescalings divided by those differences: LBG and MV scores and intervals of
        // ±14 built from rounding. Now they are left undefined, as for raw scores exactly equal.
        var flat = WordscoresModel.Fit([Left, Right], smooth: WordscoresModel.MaxSmooth);
        var texts = new[] { flat.Score("t1", Counts(("a", 3), ("b", 1))), flat.Score("t2", Counts(("c", 2), ("a", 1))) };
        Assert.NotEqual(texts[0].Score, texts[1].Score); // they do differ, by rounding
        Assert.True(Math.Abs(texts[0].Score - texts[1].Score) < 1e-9);
        var prediction = flat.Predict(texts);
        Assert.Null(prediction.Lbg);
        Assert.Null(prediction.MartinVanberg);
        Assert.Contains("same raw score (to within 1e-9 of the positions' range", prediction.MartinVanbergUnavailable, StringComparison.Ordinal);

        // An ordinary smoothing keeps both.
        var smoothed = WordscoresModel.Fit([Left, Right], smooth: 1);
        var both = smoothed.Predict([smoothed.Score("t1", Counts(("a", 3), ("b", 1))), smoothed.Score("t2", Counts(("c", 2), ("a", 1)))]);
        Assert.NotNull(both.Lbg);
        Assert.NotNull(both.MartinVanberg);
    }

    [Fact]
    public void ResultsDoNotDependOnTheOrderOfCounts()
    {
        var forward = Counts(("a", 3), ("b", 1), ("c", 2), ("d", 7));
        var backward = Counts(("d", 7), ("c", 2), ("b", 1), ("a", 3));
        var refs = new[] { new WordscoresReference("x", 0, Counts(("a", 1), ("b", 2), ("d", 1))), new("y", 3, Counts(("c", 5), ("d", 2), ("b", 1))) };
        var reversed = new[] { new WordscoresReference("x", 0, Counts(("d", 1), ("b", 2), ("a", 1))), new("y", 3, Counts(("b", 1), ("d", 2), ("c", 5))) };
        var m1 = WordscoresModel.Fit(refs, 0.25, ["e"]);
        var m2 = WordscoresModel.Fit(reversed, 0.25, ["e"]);
        Assert.Equal(m1.Score("t", forward), m2.Score("t", backward));
        Assert.Equal(m1.Score("t", forward).Score, m1.Score("t", backward).Score);
        Assert.Equal(m1.Score("t", forward).StandardError, m1.Score("t", backward).StandardError);
    }

    [Fact]
    public void BadReferencesAndOptionsAreRefused()
    {
        Assert.Contains("at least two", Assert.Throws<ArgumentException>(() => WordscoresModel.Fit([Left])).Message, StringComparison.Ordinal);
        Assert.Contains("twice", Assert.Throws<ArgumentException>(() => WordscoresModel.Fit([Left, Left with { Position = 1 }])).Message, StringComparison.Ordinal);
        Assert.Contains("all equal", Assert.Throws<ArgumentException>(() => WordscoresModel.Fit([Left, Right with { Position = -1 }])).Message, StringComparison.Ordinal);
        Assert.Contains("no words", Assert.Throws<ArgumentException>(() => WordscoresModel.Fit([Left, Right with { Counts = Counts(("c", 0)) }])).Message, StringComparison.Ordinal);
        Assert.Contains("finite", Assert.Throws<ArgumentException>(() => WordscoresModel.Fit([Left, Right with { Position = double.NaN }])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => WordscoresModel.Fit([Left, Right with { Counts = Counts(("c", -1), ("d", 5)) }]));
        Assert.Contains("outside ±1E+100", Assert.Throws<ArgumentException>(() => WordscoresModel.Fit([Left, Right with { Position = 1e101 }])).Message, StringComparison.Ordinal);
        Assert.Contains("outside", Assert.Throws<ArgumentException>(() => WordscoresModel.Fit([Left with { Position = -1e308 }, Right])).Message, StringComparison.Ordinal);
        Assert.Contains("nonzero within ±1E-100", Assert.Throws<ArgumentException>(() => WordscoresModel.Fit([Left with { Position = -1e-170 }, Right])).Message, StringComparison.Ordinal);
        Assert.NotEmpty(WordscoresModel.Fit([Left with { Position = 0 }, Right with { Position = 1e-100 }]).WordScores); // 0 and 1e-100 themselves are allowed
        Assert.Throws<ArgumentOutOfRangeException>(() => WordscoresModel.Fit([Left, Right], smooth: -0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => WordscoresModel.Fit([Left, Right], smooth: double.PositiveInfinity));
        Assert.Contains("from 0 to 1e12", Assert.Throws<ArgumentOutOfRangeException>(() => WordscoresModel.Fit([Left, Right], smooth: 1e308)).Message, StringComparison.Ordinal); // every word score was NaN
        Assert.NotEmpty(WordscoresModel.Fit([Left, Right], smooth: WordscoresModel.MaxSmooth).WordScores);
        var model = WordscoresModel.Fit([Left, Right]);
        Assert.Throws<ArgumentException>(() => model.Score("t", Counts(("a", -2))));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Predict([], 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Predict([], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Predict([], double.NaN));
    }

    [Fact]
    public void PositionsAtTheLimitGiveFiniteScoresErrorsAndRescalings()
    {
        // Squaring a position near 1e308 overflows; at the limit of 1e100 every figure stays finite.
        var model = WordscoresModel.Fit([Left with { Position = -WordscoresModel.MaxPosition }, Right with { Position = WordscoresModel.MaxPosition }]);
        var prediction = model.Predict([model.Score("t", Counts(("a", 2), ("c", 1))), model.Score("u", Counts(("b", 1), ("c", 1)))], 0.95);
        foreach (var text in prediction.Texts)
        {
            foreach (var estimate in new[] { text.Raw, text.Lbg!, text.MartinVanberg! })
            {
                Assert.True(double.IsFinite(estimate.Score) && double.IsFinite(estimate.StandardError) && double.IsFinite(estimate.Lower) && double.IsFinite(estimate.Upper), text.Text.Name);
            }
        }

        Assert.Equal(-1e100 / 3, prediction.Texts[0].Raw.Score, 1e86);
    }

    [Fact]
    public void TheIntervalWidensWithTheLevel()
    {
        var model = WordscoresModel.Fit([Left, Right]);
        var text = model.Score("t", Counts(("a", 2), ("c", 1)));
        var p90 = model.Predict([text], 0.90);
        var p99 = model.Predict([text], 0.99);
        Assert.Equal(1.6448536269514722, p90.Z, 12);
        Assert.Equal(2.5758293035489004, p99.Z, 12);
        Assert.True(p99.Texts[0].Raw.Lower < p90.Texts[0].Raw.Lower);
        Assert.Equal(text.Score - (p90.Z * text.StandardError), p90.Texts[0].Raw.Lower, 15);
    }
}
