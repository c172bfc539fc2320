using Framing.Scoring;
using Framing.Statistics.Comparisons;
using Framing.Statistics.MultipleTesting;
using static Framing.Statistics.Tests.ComparisonFixture;

namespace Framing.Statistics.Tests;

public sealed class GroupComparerTests
{
    private static readonly ToleranceComparer Tol = new(1e-9);

    private static readonly Lazy<IReadOnlyList<ComparisonRow>> AllPairs = new(() => Compare(ThreeOutlets()));

    [Fact]
    public void RowsComeByTargetWithPairsThenTheOmnibusRow()
    {
        var rows = AllPairs.Value;
        Assert.Equal(12, rows.Count);
        Assert.Equal(
            ["forces", "forces", "forces", "forces", "opposition", "opposition", "opposition", "opposition", "mixed", "mixed", "mixed", "mixed"],
            rows.Select(r => r.Dimension));
        Assert.Equal(
            ["x/y", "x/z", "y/z", "*/"],
            rows.Take(4).Select(r => r.Group1 + "/" + r.Group2));
        Assert.Equal(["pair", "pair", "pair", "omnibus"], rows.Take(4).Select(r => r.Comparison));
        Assert.All(rows.Where(r => r.Comparison == "pair"), r => Assert.Equal(20, r.Documents1));
        var omnibus = rows.Omnibus("forces");
        Assert.Equal(60, omnibus.Documents1);

        // An omnibus row has no second group: its figures are absent, not zero.
        Assert.Null(omnibus.Documents2);
        Assert.Null(omnibus.CountA2);
        Assert.Null(omnibus.CountB2);
    }

    [Fact]
    public void PairFiguresMatchR()
    {
        var xy = AllPairs.Value.Row("forces", "x", "y");
        Assert.Equal((20L, 20L, 2L, 18L, 15L, 5L), (xy.Documents1, xy.Documents2, xy.CountA1, xy.CountB1, xy.CountA2, xy.CountB2));
        Assert.Equal(-0.8, xy.Score1!.Value, 12);
        Assert.Equal(0.5, xy.Score2!.Value, 12);
        Assert.Equal(-1.3, xy.Difference!.Value, 12);

        // R: m <- matrix(c(2,15,18,5),2); chisq.test(m) -> 14.7314578005115, p 0.000123960649710194 (every expected count >= 8.5)
        //    fisher.test(m) -> estimate 0.0415980113746604, conf.int 0.00350829201276576 0.262065969487359
        //    2*asin(sqrt(2/20)) - 2*asin(sqrt(15/20)) -> -1.45089399359991
        Assert.Equal("Pearson chi-square with Yates' continuity correction", xy.CountTest);
        Assert.Equal(14.7314578005115, xy.Statistic!.Value, Tol);
        Assert.Equal(1, xy.DegreesOfFreedom);
        Assert.Equal(0.000123960649710194, xy.PCounts!.Value, Tol);
        Assert.Equal(0.0415980113746604, xy.OddsRatio!.Value, new ToleranceComparer(1e-6));
        Assert.Equal(0.00350829201276576, xy.OddsRatioLower!.Value, new ToleranceComparer(1e-6));
        Assert.Equal(0.262065969487359, xy.OddsRatioUpper!.Value, new ToleranceComparer(1e-6));
        Assert.Equal(-1.45089399359991, xy.CohensH!.Value, Tol);
        Assert.Null(xy.CramersV);

        // The bootstrap interval brackets the difference, clearly below 0; 18 of 20 against 5 of 20 documents differ clearly.
        Assert.InRange(xy.Difference.Value, xy.DifferenceLower!.Value, xy.DifferenceUpper!.Value);
        Assert.True(xy.DifferenceUpper.Value < -0.5, $"{xy.DifferenceLower}..{xy.DifferenceUpper}");
        Assert.True(xy.DifferenceLower.Value > -1.8, $"{xy.DifferenceLower}..{xy.DifferenceUpper}");
        Assert.InRange(xy.PPermutation!.Value, 0.0005, 0.005);
        Assert.Equal(string.Empty, xy.Note);

        // R: m <- matrix(c(2,9,18,9),2); chisq.test(m) -> 5.55321735877291, p 0.0184467491602273
        var xz = AllPairs.Value.Row("forces", "x", "z");
        Assert.Equal(5.55321735877291, xz.Statistic!.Value, Tol);
        Assert.Equal(0.0184467491602273, xz.PCounts!.Value, Tol);
        Assert.Equal(-0.927295218001612, xz.CohensH!.Value, Tol);

        // y against z: the difference is smaller, so the permutation p-value is larger.
        var yz = AllPairs.Value.Row("forces", "y", "z");
        Assert.True(yz.PPermutation > xy.PPermutation);
        Assert.True(yz.PPermutation > 0.05);
    }

    [Fact]
    public void SmallExpectedCountsGetFishersTestAndAnInfiniteOddsRatio()
    {
        // opposition x (4, 0) against y (0, 3): expected counts below 5.
        // R: fisher.test(matrix(c(4,0,0,3),2)) -> p 0.0285714285714286, estimate Inf, conf.int 0.925848299925889 Inf
        var xy = AllPairs.Value.Row("opposition", "x", "y");
        Assert.Equal("Fisher's exact test", xy.CountTest);
        Assert.Null(xy.Statistic);
        Assert.Null(xy.DegreesOfFreedom);
        Assert.Equal(0.0285714285714286, xy.PCounts!.Value, Tol);
        Assert.Equal(double.PositiveInfinity, xy.OddsRatio);
        Assert.Equal(0.925848299925889, xy.OddsRatioLower!.Value, new ToleranceComparer(1e-5));
        Assert.Equal(double.PositiveInfinity, xy.OddsRatioUpper);
        Assert.Equal(Math.PI, xy.CohensH!.Value, 12);

        // y (0, 3) against z (2, 0): R: fisher.test(matrix(c(0,2,3,0),2)) -> p 0.1, estimate 0, conf.int 0 2.74167208963026
        var yz = AllPairs.Value.Row("opposition", "y", "z");
        Assert.Equal(0.1, yz.PCounts!.Value, Tol);
        Assert.Equal(0, yz.OddsRatio);
        Assert.Equal(0, yz.OddsRatioLower);
        Assert.Equal(2.74167208963026, yz.OddsRatioUpper!.Value, new ToleranceComparer(1e-5));
    }

    [Fact]
    public void ACountTestNeedsBothPolesAndBothGroups()
    {
        // opposition x (4, 0) against z (2, 0): no pole B at all. Both scores are 1, the difference 0 and every split
        // of the 6 documents with matches (exact enumeration) as extreme: p = 1.
        var xz = AllPairs.Value.Row("opposition", "x", "z");
        Assert.Equal("count test needs matches of both poles and in both groups", xz.Note);
        Assert.Equal(string.Empty, xz.CountTest);
        Assert.Null(xz.PCounts);
        Assert.Null(xz.OddsRatio);
        Assert.Equal(0, xz.CohensH); // shares 1 and 1: R 2*asin(sqrt(4/4)) - 2*asin(sqrt(2/2)) -> 0 (it was left empty)
        Assert.Equal(0, xz.Difference);
        Assert.Equal(1, xz.PPermutation!.Value, 10);
        Assert.Equal((0.0, 0.0), (xz.DifferenceLower!.Value, xz.DifferenceUpper!.Value));
    }

    [Fact]
    public void OmnibusRowsMatchR()
    {
        // R: m <- matrix(c(2,15,9, 18,5,9), ncol=2); chisq.test(m) -> 17.3651442307692, df 2, p 0.000169514495540967;
        //    sqrt(17.3651442307692/sum(m)) -> 0.547173682171884
        var forces = AllPairs.Value.Omnibus("forces");
        Assert.Equal("Pearson chi-square", forces.CountTest);
        Assert.Equal(17.3651442307692, forces.Statistic!.Value, Tol);
        Assert.Equal(2, forces.DegreesOfFreedom);
        Assert.Equal(0.000169514495540967, forces.PCounts!.Value, Tol);
        Assert.Equal(0.547173682171884, forces.CramersV!.Value, Tol);
        Assert.Equal(("*", string.Empty, string.Empty), (forces.Group1, forces.Group2, forces.Note));
        Assert.Null(forces.PPermutation);

        // R: chisq.test(matrix(c(4,0,2, 0,3,0), ncol=2)) -> 9, df 2, p 0.0111089965382423; V = sqrt(9/9) = 1
        var opposition = AllPairs.Value.Omnibus("opposition");
        Assert.Equal(9, opposition.Statistic!.Value, 10);
        Assert.Equal(0.0111089965382423, opposition.PCounts!.Value, Tol);
        Assert.Equal(1, opposition.CramersV!.Value, 12);
        Assert.Equal("6 of 6 expected counts below 5: the chi-square p is approximate and may be too small", opposition.Note);
        Assert.Equal(string.Empty, forces.Note); // 8.07 the smallest expected count of forces: no note
    }

    [Fact]
    public void CompositeRowsPoolTheirSignedDimensions()
    {
        // mixed = forces - opposition: x (2 + 0, 18 + 4), y (15 + 3, 5 + 0), z (9 + 0, 9 + 2).
        var rows = AllPairs.Value;
        var xz = rows.Row("mixed", "x", "z");
        Assert.Equal((2L, 22L, 9L, 11L), (xz.CountA1, xz.CountB1, xz.CountA2, xz.CountB2));
        Assert.Equal((2 - 22) / 24.0, xz.Score1!.Value, 12);
        Assert.Equal((9 - 11) / 20.0, xz.Score2!.Value, 12);

        // R: chisq.test(matrix(c(2,9,22,11),2)) -> 5.98888888888889, p 0.0143962676902262 (expected counts 6, 18, 5, 15)
        Assert.Equal(5.98888888888889, xz.Statistic!.Value, Tol);
        Assert.Equal(0.0143962676902262, xz.PCounts!.Value, Tol);

        // R: m <- matrix(c(2,18,9, 22,5,11), ncol=2); chisq.test(m) -> 23.4282799389779, df 2, p 8.17737004457006e-06, V 0.591333932718853
        var omnibus = rows.Omnibus("mixed");
        Assert.Equal(23.4282799389779, omnibus.Statistic!.Value, Tol);
        Assert.Equal(8.17737004457006e-06, omnibus.PCounts!.Value, Tol);
        Assert.Equal(0.591333932718853, omnibus.CramersV!.Value, Tol);
    }

    [Fact]
    public void PValuesAreAdjustedAcrossEveryPairAndSeparatelyAcrossOmnibusRows()
    {
        var rows = AllPairs.Value;
        var pairs = rows.Where(r => r.Comparison == "pair").ToList();
        var permutation = pairs.Where(r => r.PPermutation is not null).ToList();
        Assert.Equal(PValues.Adjust(permutation.Select(r => r.PPermutation!.Value).ToArray(), PValueAdjustment.Holm), permutation.Select(r => r.PPermutationAdjusted!.Value));
        var counts = pairs.Where(r => r.PCounts is not null).ToList();
        Assert.Equal(8, counts.Count);
        Assert.Equal(PValues.Adjust(counts.Select(r => r.PCounts!.Value).ToArray(), PValueAdjustment.Holm), counts.Select(r => r.PCountsAdjusted!.Value));
        var omnibus = rows.Where(r => r.Comparison == "omnibus").ToList();
        Assert.Equal(PValues.Adjust(omnibus.Select(r => r.PCounts!.Value).ToArray(), PValueAdjustment.Holm), omnibus.Select(r => r.PCountsAdjusted!.Value));
        Assert.All(omnibus, r => Assert.Null(r.PPermutationAdjusted));
        Assert.Null(rows.Row("opposition", "x", "z").PCountsAdjusted);

        // R: p.adjust(c(0.000169514495540967, 0.0111089965382423, 8.17737004457006e-06), "bonferroni") -> 0.000508543486622901 0.0333269896147269 2.45321101337102e-05
        var bonferroni = Compare(ThreeOutlets(), new ComparisonOptions { Adjustment = PValueAdjustment.Bonferroni, Permutations = 99 }).Where(r => r.Comparison == "omnibus").ToList();
        Assert.Equal([0.000508543486622901, 0.0333269896147269, 2.45321101337102e-05], bonferroni.Select(r => r.PCountsAdjusted!.Value), Tol);
        var none = Compare(ThreeOutlets(), new ComparisonOptions { Adjustment = PValueAdjustment.None, Permutations = 99 });
        Assert.All(none.Where(r => r.PCounts is not null), r => Assert.Equal(r.PCounts, r.PCountsAdjusted));
    }

    [Fact]
    public void VersusRestPoolsTheOtherGroups()
    {
        var rows = Compare(ThreeOutlets(), new ComparisonOptions { Pairs = ComparisonPairs.VersusRest, Permutations = 199 });
        Assert.Equal(["x/rest", "y/rest", "z/rest", "*/"], rows.Where(r => r.Dimension == "forces").Select(r => r.Group1 + "/" + r.Group2));
        var x = rows.Row("forces", "x", "rest");
        Assert.Equal("vs-rest", x.Comparison);
        Assert.Equal((20L, 40L, 2L, 18L, 24L, 14L), (x.Documents1, x.Documents2, x.CountA1, x.CountB1, x.CountA2, x.CountB2));

        // R: m <- matrix(c(2,24,18,14),2); chisq.test(m) -> 12.8989277580972, p 0.000328770425972992;
        //    2*asin(sqrt(2/20)) - 2*asin(sqrt(24/38)) -> -1.19358923511979
        Assert.Equal(12.8989277580972, x.Statistic!.Value, Tol);
        Assert.Equal(0.000328770425972992, x.PCounts!.Value, Tol);
        Assert.Equal(-1.19358923511979, x.CohensH!.Value, Tol);
        Assert.Equal(-0.8 - ((24 - 14) / 38.0), x.Difference!.Value, 12);
        Assert.True(x.DifferenceUpper < 0);
        Assert.InRange(x.PPermutation!.Value, 0.001, 0.02);
    }

    [Fact]
    public void OnePairIsComparedInTheGivenOrder()
    {
        var rows = Compare(ThreeOutlets(), new ComparisonOptions { Pairs = ComparisonPairs.One, Pair = ("y", "x"), Permutations = 99 });
        Assert.Equal(6, rows.Count);
        var yx = rows.Row("forces", "y", "x");
        Assert.Equal((15L, 5L, 2L, 18L), (yx.CountA1, yx.CountB1, yx.CountA2, yx.CountB2));
        Assert.Equal(1.3, yx.Difference!.Value, 12);
        Assert.Equal(1.45089399359991, yx.CohensH!.Value, Tol);

        var (tally, weights) = Score(ThreeOutlets());
        var unknown = Assert.Throws<ArgumentException>(() => GroupComparer.Compare(Lexicon, tally, weights, new ComparisonOptions { Pairs = ComparisonPairs.One, Pair = ("x", "nope") }));
        Assert.Equal("no group 'nope' in the corpus (groups: x, y, z)", unknown.Message);
        Assert.Throws<ArgumentException>(() => GroupComparer.Compare(Lexicon, tally, weights, new ComparisonOptions { Pairs = ComparisonPairs.One }));
    }

    [Fact]
    public void ResultsDependOnTheSeedNotOnParallelismOrDocumentOrder()
    {
        var documents = ThreeOutlets();
        var options = new ComparisonOptions { Permutations = 499, Seed = 5 };
        var one = Compare(documents, options);
        var three = Compare(documents, options with { MaxDegreeOfParallelism = 3 });
        var shuffled = documents.ToArray();
        new Random(4).Shuffle(shuffled);
        var reordered = Compare(shuffled, options);
        Assert.Equal(one, three);
        Assert.Equal(one.Select(r => r.PPermutation), reordered.Select(r => r.PPermutation));
        var otherSeed = Compare(documents, options with { Seed = 6 });
        Assert.NotEqual(one.Select(r => r.PPermutation), otherSeed.Select(r => r.PPermutation));

        // Each comparison draws from its own stream: the same two groups give other draws in another comparison.
        var xy = one.Row("forces", "x", "y");
        var yx = Compare(documents, options with { Pairs = ComparisonPairs.One, Pair = ("x", "y") }).Row("forces", "x", "y");
        Assert.Equal(xy.PPermutation, yx.PPermutation);
    }

    [Fact]
    public void MissingFiguresSayWhy()
    {
        // a: 3 documents (army); b: 1 regime document and 5 without matches; c: 2 documents without matches.
        List<(string, string, string)> documents =
        [
            ("a1", "a", "The army advanced."), ("a2", "a", "The army advanced."), ("a3", "a", "The army advanced."),
            ("b1", "b", "The regime advanced."), ("b2", "b", "Quiet."), ("b3", "b", "Quiet."), ("b4", "b", "Quiet."), ("b5", "b", "Quiet."), ("b6", "b", "Quiet."),
            ("c1", "c", "Quiet."), ("c2", "c", "Quiet."),
        ];
        var rows = Compare(documents, new ComparisonOptions { Permutations = 99 });

        // a against b: a has 3 < 5 documents; R: fisher.test(matrix(c(3,0,0,1),2)) -> p 0.25, estimate Inf, conf.int 0.0769229687500001 Inf.
        // Exact permutation p: group a gets 3 of the 9 labels (84 ways); as extreme as the observed 1 - (-1) = 2 are the
        // 3 army documents alone (1 way), the regime document with 2 of the 5 without matches (10 ways), and no
        // document with matches (10 ways, no score: counted as extreme): 21/84 = 0.25.
        var ab = rows.Row("forces", "a", "b");
        Assert.Equal("too few documents for an interval (< 5)", ab.Note);
        Assert.Null(ab.DifferenceLower);
        Assert.Equal(0.25, ab.PCounts!.Value, Tol);
        Assert.Equal(0.0769229687500001, ab.OddsRatioLower!.Value, new ToleranceComparer(1e-5));
        Assert.Equal(0.25, ab.PPermutation!.Value, 12);

        var ac = rows.Row("forces", "a", "c");
        Assert.Equal("a group has no matches; count test needs matches of both poles and in both groups", ac.Note);
        Assert.Null(ac.Score2);
        Assert.Null(ac.Difference);
        Assert.Null(ac.PPermutation);

        var omnibus = rows.Omnibus("forces");
        Assert.Equal("1 group(s) without matches left out", omnibus.Note);
        Assert.Equal(11, omnibus.Documents1);

        // Two groups left, every expected count below 5: the omnibus table is the pair's, tested as the pair row tests it.
        // R: fisher.test(matrix(c(3,0,0,1),2))$p.value -> 0.25 (chisq.test(..., correct=FALSE) would say 4, p 0.0455,
        // with "Chi-squared approximation may be incorrect")
        Assert.Equal(("Fisher's exact test", 0.25), (omnibus.CountTest, omnibus.PCounts!.Value));
        Assert.Equal(ab.PCounts, omnibus.PCounts);
        Assert.Null(omnibus.Statistic);
        Assert.Null(omnibus.DegreesOfFreedom);

        var opposition = rows.Omnibus("opposition");
        Assert.Equal("omnibus test needs at least two groups with matches and matches of both poles", opposition.Note);
        Assert.Null(opposition.PCounts);
        Assert.Equal(string.Empty, opposition.CountTest);
    }

    [Fact]
    public void OnePoleOnlyLeavesTheOmnibusTestOut()
    {
        List<(string, string, string)> documents = [("a1", "a", "The army advanced."), ("b1", "b", "The army advanced.")];
        var omnibus = Compare(documents, new ComparisonOptions { Permutations = 9 }).Omnibus("forces");
        Assert.Equal("omnibus test needs at least two groups with matches and matches of both poles", omnibus.Note);
        List<(string, string, string)> regime = [("a1", "a", "The regime advanced."), ("b1", "b", "The regime advanced.")];
        Assert.Equal(omnibus.Note, Compare(regime, new ComparisonOptions { Permutations = 9 }).Omnibus("forces").Note);
    }

    [Fact]
    public void FewDocumentsWithMatchesGiveNoDifferenceInterval()
    {
        // Each group has 10 documents, one with a match: a replicate has both scores only when both documents are
        // drawn (probability (1 - e^-1)^2 = 0.40 < 0.5).
        var documents = new List<(string, string, string)> { ("p0", "p", "The army advanced."), ("q0", "q", "The regime advanced.") };
        for (var i = 1; i < 10; i++)
        {
            documents.Add(($"p{i}", "p", "Quiet."));
            documents.Add(($"q{i}", "q", "Quiet."));
        }

        var pq = Compare(documents, new ComparisonOptions { Permutations = 99 }).Row("forces", "p", "q");
        Assert.Equal("too few documents with matches for an interval", pq.Note);
        Assert.Null(pq.DifferenceLower);
        Assert.Null(pq.DifferenceUpper);
        Assert.Equal(2, pq.Difference);
    }

    [Fact]
    public void OneReplicateGivesNoDifferenceIntervalForWantOfReplicates()
    {
        // --bootstrap 1: every document has matches, so the reason is the single replicate, not the documents.
        var documents = new List<(string, string, string)>();
        for (var i = 0; i < 6; i++)
        {
            documents.Add(($"p{i}", "p", i % 3 == 0 ? "The regime advanced." : "The army advanced."));
            documents.Add(($"q{i}", "q", i % 3 == 0 ? "The army advanced." : "The regime advanced."));
        }

        var pq = Compare(documents, new ComparisonOptions { Permutations = 99 }, replicates: 1).Row("forces", "p", "q");
        Assert.Equal("too few replicates for an interval", pq.Note);
        Assert.Null(pq.DifferenceLower);
        Assert.Null(pq.DifferenceUpper);
        // 39 replicates would read a 95% limit off the largest difference: no interval, and the note says how many it needs.
        Assert.Equal("too few replicates for a 95% interval (39; at least 40)", Compare(documents, new ComparisonOptions { Permutations = 99 }, replicates: 39).Row("forces", "p", "q").Note);
        Assert.NotNull(Compare(documents, new ComparisonOptions { Permutations = 99 }, replicates: 40).Row("forces", "p", "q").DifferenceLower);
    }

    [Fact]
    public void EqualCountsInBothGroupsAreStillTested()
    {
        // Two army and two regime documents in each group: every cell of the table is 2, none is empty.
        // The table is symmetric, so the two-sided exact p-value is 1 and the conditional odds ratio 1 (R 4.2.2:
        // fisher.test(matrix(c(2,2,2,2),2)) -> p 1, odds ratio 1).
        List<(string, string, string)> documents =
        [
            ("p1", "p", "The army advanced."), ("p2", "p", "The army advanced."), ("p3", "p", "The regime advanced."), ("p4", "p", "The regime advanced."),
            ("q1", "q", "The army advanced."), ("q2", "q", "The army advanced."), ("q3", "q", "The regime advanced."), ("q4", "q", "The regime advanced."),
        ];
        var pq = Compare(documents, new ComparisonOptions { Permutations = 9 }).Row("forces", "p", "q");
        Assert.Equal((2L, 2L, 2L, 2L), (pq.CountA1, pq.CountB1, pq.CountA2, pq.CountB2));
        Assert.NotNull(pq.CountTest);
        Assert.Equal(1, pq.PCounts!.Value, Tol);
        Assert.Equal(1, pq.OddsRatio!.Value, new ToleranceComparer(1e-6));
    }

    [Fact]
    public void WithoutBootstrapThereIsNoIntervalAndTheNoteSaysWhy()
    {
        // As a score without replicates has the note "no bootstrap", so has a difference (before, the note was empty
        // and a missing interval looked like a bug).
        var rows = Compare(ThreeOutlets(), new ComparisonOptions { Permutations = 99 }, replicates: 0);
        var xy = rows.Row("forces", "x", "y");
        Assert.Null(xy.DifferenceLower);
        Assert.Equal("no bootstrap", xy.Note);
        Assert.NotNull(xy.PPermutation);
    }

    [Fact]
    public void TheConfidenceLevelWidensTheInterval()
    {
        var narrow = Compare(ThreeOutlets(), new ComparisonOptions { Permutations = 9, ConfidenceLevel = 0.5 }).Row("forces", "x", "z");
        var wide = Compare(ThreeOutlets(), new ComparisonOptions { Permutations = 9, ConfidenceLevel = 0.99 }).Row("forces", "x", "z");
        Assert.True(wide.DifferenceLower < narrow.DifferenceLower);
        Assert.True(wide.DifferenceUpper > narrow.DifferenceUpper);
        Assert.True(wide.OddsRatioUpper > narrow.OddsRatioUpper);
        var strict = Compare(ThreeOutlets(), new ComparisonOptions { Permutations = 9, MinimumDocuments = 21 }).Row("forces", "x", "z");
        Assert.Equal("too few documents for an interval (< 21)", strict.Note);

        // Exactly the minimum (20 documents a group) is enough.
        var exact = Compare(ThreeOutlets(), new ComparisonOptions { Permutations = 9, MinimumDocuments = 20 }).Row("forces", "x", "z");
        Assert.Equal(string.Empty, exact.Note);
        Assert.NotNull(exact.DifferenceLower);
    }

    [Fact]
    public void VoicesMustMatchTheDocumentWeights()
    {
        var (tally, weights) = Score(ThreeOutlets());
        var e = Assert.Throws<ArgumentException>(() => GroupComparer.Compare(Lexicon, tally, weights, new ComparisonOptions { Voices = VoiceSelection.Editorial }));
        Assert.Equal("documents", e.ParamName);
        Assert.Throws<ArgumentNullException>(() => GroupComparer.Compare(null!, tally, weights, new ComparisonOptions()));
        Assert.Throws<ArgumentNullException>(() => GroupComparer.Compare(Lexicon, null!, weights, new ComparisonOptions()));
        Assert.Throws<ArgumentNullException>(() => GroupComparer.Compare(Lexicon, tally, null!, new ComparisonOptions()));
        Assert.Throws<ArgumentNullException>(() => GroupComparer.Compare(Lexicon, tally, weights, null!));
    }

    [Fact]
    public void OnlyTheSelectedVoicesCount()
    {
        // Quoted labels count for the quoted voice only.
        List<(string, string, string)> documents =
        [
            ("a1", "a", "The army advanced."), ("a2", "a", "They said \"the regime\" advanced."),
            ("b1", "b", "The regime advanced."), ("b2", "b", "The regime advanced."),
        ];
        var all = Compare(documents, new ComparisonOptions { Permutations = 9 }).Row("forces", "a", "b");
        var editorial = Compare(documents, new ComparisonOptions { Permutations = 9, Voices = VoiceSelection.Editorial }).Row("forces", "a", "b");
        Assert.Equal((1L, 1L), (all.CountA1, all.CountB1));
        Assert.Equal((1L, 0L), (editorial.CountA1, editorial.CountB1));
        Assert.Equal(1, editorial.Score1);
    }
}
