using Framing.Statistics.Contingency;

namespace Framing.Statistics.Tests;

/// <summary>Reference values from R 4.2 (r-base-core, Debian 12); the R call is beside each value.</summary>
public sealed class ContingencyTests
{
    private static void Close(double expected, double actual, double relative = 1e-9) =>
        Assert.True(ToleranceComparer.Close(expected, actual, relative), $"expected {expected:R}, got {actual:R}");

    [Fact]
    public void PearsonWithoutCorrectionMatchesR()
    {
        // R: chisq.test(matrix(c(30,10,4970,19990),2), correct=FALSE) -> X-squared 75.7461939102564, p 3.22572274057627e-18
        var r = ChiSquareTest.Pearson(ContingencyTable.Of(30, 4970, 10, 19990));
        Close(75.7461939102564, r.Statistic);
        Close(3.22572274057627e-18, r.PValue, 1e-8);
        Assert.Equal(1, r.DegreesOfFreedom);
        Assert.Equal("Pearson chi-square", r.Test);
    }

    [Fact]
    public void PearsonWithYatesMatchesR()
    {
        // R: chisq.test(matrix(c(30,10,4970,19990),2), correct=TRUE) -> X-squared 72.3423101963141, p 1.80926442640079e-17
        var r = ChiSquareTest.Pearson(ContingencyTable.Of(30, 4970, 10, 19990), yates: true);
        Close(72.3423101963141, r.Statistic);
        Close(1.80926442640079e-17, r.PValue, 1e-8);
        Assert.Contains("Yates", r.Test, StringComparison.Ordinal);
    }

    [Fact]
    public void YatesCorrectionIsCappedByTheSmallestDeviationAsInR()
    {
        // R: chisq.test(matrix(c(3,1,1,3),2), correct=TRUE) -> X-squared 0.5, p 0.479500122186953
        // (|O - E| = 1 everywhere, so the correction is min(0.5, 1) = 0.5)
        var r = ChiSquareTest.Pearson(ContingencyTable.Of(3, 1, 1, 3), yates: true);
        Close(0.5, r.Statistic);
        Close(0.479500122186953, r.PValue);
    }

    [Fact]
    public void PearsonRxCMatchesR()
    {
        // R: chisq.test(matrix(c(23,11,17,0, 7,6,0,27, 2,3,7,12), nrow=3, byrow=TRUE))
        //    -> X-squared 56.6195131818753, df 6, p 2.18136634037085e-10
        var r = ChiSquareTest.Pearson(ThreeByFour());
        Close(56.6195131818753, r.Statistic);
        Assert.Equal(6, r.DegreesOfFreedom);
        Close(2.18136634037085e-10, r.PValue, 1e-8);
    }

    [Fact]
    public void GTestAndWilliamsMatchR()
    {
        // R: m <- matrix(c(23,11,17,0, 7,6,0,27, 2,3,7,12), nrow=3, byrow=TRUE); E <- outer(rowSums(m), colSums(m))/sum(m)
        //    G <- 2*sum(ifelse(m>0, m*log(m/E), 0)); c(G, pchisq(G, 6, lower.tail=FALSE)) -> 78.9699480735901 5.83064072079583e-15
        //    N <- sum(m); q <- 1 + (N*sum(1/rowSums(m)) - 1)*(N*sum(1/colSums(m)) - 1)/(6*N*6)
        //    c(q, G/q, pchisq(G/q, 6, lower.tail=FALSE)) -> 1.03466079970636 76.3244805408713 2.04803687585995e-14
        var g = GTest.Compute(ThreeByFour());
        Close(78.9699480735901, g.Statistic);
        Close(5.83064072079583e-15, g.PValue, 1e-8);
        Close(1.03466079970636, GTest.WilliamsQ(ThreeByFour()));
        var w = GTest.Compute(ThreeByFour(), williams: true);
        Close(76.3244805408713, w.Statistic);
        Close(2.04803687585995e-14, w.PValue, 1e-8);
    }

    [Fact]
    public void CramersVMatchesR()
    {
        // R: m <- matrix(c(23,11,17,0, 7,6,0,27, 2,3,7,12), nrow=3, byrow=TRUE); x <- chisq.test(m); sqrt(x$statistic/(sum(m)*(min(dim(m))-1))) -> 0.496157028009214
        Close(0.496157028009214, CramersV.Compute(ThreeByFour()));
    }

    [Fact]
    public void WoolfOddsRatioMatchesR()
    {
        // R: or <- (10*998)/(2*990); se <- sqrt(1/10+1/2+1/990+1/998)
        //    c(or, exp(log(or) - qnorm(0.975)*se), exp(log(or) + qnorm(0.975)*se)) -> 5.04040404040404 1.10159726389285 23.06257806118922
        var or = OddsRatio.Woolf(10, 990, 2, 998);
        Close(5.04040404040404, or.Estimate);
        Close(1.10159726389285, or.Lower, 1e-8);
        Close(23.06257806118922, or.Upper, 1e-8);
        Assert.True(double.IsNaN(OddsRatio.Woolf(0, 5, 3, 4).Lower));
    }

    [Fact]
    public void RejectsBadTables()
    {
        Assert.Throws<ArgumentException>(() => new ContingencyTable(new double[,] { { 1, 2 } }));
        Assert.Throws<ArgumentException>(() => ContingencyTable.Of(1, -2, 3, 4));
        Assert.Throws<ArgumentException>(() => ContingencyTable.Of(1, double.NaN, 3, 4));
    }

    [Fact]
    public void YatesCorrectionStopsAtTheDeviationWhenItIsBelowOneHalf()
    {
        // R: chisq.test(matrix(c(3,5,2,4),2), correct=TRUE) -> X-squared 3.83474051149103e-32 (0 up to rounding), p 1
        // (|O - E| = 0.142857 < 0.5 in every cell, so the correction is 0.142857: the table is corrected to independence,
        // not past it; with an uncapped 0.5 the statistic would be (0.5 - 0.142857)^2 * sum(1/E) > 0)
        var r = ChiSquareTest.Pearson(ContingencyTable.Of(3, 2, 5, 4), yates: true);
        Assert.InRange(r.Statistic, 0, 1e-25);
        Close(1, r.PValue);
        Assert.Equal("Pearson chi-square with Yates' continuity correction", r.Test);

        // R: chisq.test(matrix(c(1,2,2,4),2)) -> X-squared 0, p 1, method "Pearson's Chi-squared test" (no correction to apply)
        var independent = ChiSquareTest.Pearson(ContingencyTable.Of(1, 2, 2, 4), yates: true);
        Assert.Equal(0, independent.Statistic, 14);
        Assert.Equal("Pearson chi-square", independent.Test);
    }

    [Fact]
    public void YatesCorrectionAppliesTo2x2TablesOnly()
    {
        // R: m <- matrix(c(10,4,3,12,6,6),2); chisq.test(m, correct=TRUE) and correct=FALSE -> both 7.79364319890636, df 2,
        //    p 0.0203063507008459 (R corrects only 2 x 2 tables)
        var twoByThree = new ContingencyTable(new double[,] { { 10, 3, 6 }, { 4, 12, 6 } });
        Assert.False(twoByThree.Is2x2);
        Assert.False(new ContingencyTable(new double[,] { { 1, 2 }, { 3, 4 }, { 5, 6 } }).Is2x2);
        Assert.True(ContingencyTable.Of(1, 2, 3, 4).Is2x2);
        var r = ChiSquareTest.Pearson(twoByThree, yates: true);
        Close(7.79364319890636, r.Statistic);
        Close(0.0203063507008459, r.PValue);
        Assert.Equal(2, r.DegreesOfFreedom);
        Assert.Equal("Pearson chi-square", r.Test);
    }

    [Fact]
    public void CramersVOfA2x2TableUsesTheUncorrectedStatistic()
    {
        // R: m <- matrix(c(10,4,3,12),2); sqrt(chisq.test(m, correct=FALSE)$statistic/sum(m)) -> 0.516752326586893
        //    (with Yates' correction the statistic would be 5.804149496337, not 7.74395604395604)
        Close(0.516752326586893, CramersV.Compute(ContingencyTable.Of(10, 3, 4, 12)));
    }

    [Fact]
    public void ArgumentsAreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => ChiSquareTest.Pearson(null!));
        Assert.Throws<ArgumentNullException>(() => CramersV.Compute(null!));
        Assert.Throws<ArgumentNullException>(() => GTest.Compute(null!));
        Assert.Throws<ArgumentNullException>(() => GTest.WilliamsQ(null!));
        Assert.Throws<ArgumentNullException>(() => new ContingencyTable(null!));
        var small = Assert.Throws<ArgumentException>(() => new ContingencyTable(new double[,] { { 1, 2 } }));
        Assert.StartsWith("a contingency table needs at least 2 rows and 2 columns", small.Message, StringComparison.Ordinal);
        var negative = Assert.Throws<ArgumentException>(() => ContingencyTable.Of(1, -2, 3, 4));
        Assert.StartsWith("count [0,1] = -2 is not a non-negative number", negative.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ContingencyTable.Of(1, 2, double.PositiveInfinity, 4));
    }

    [Fact]
    public void TestNamesSayWhichCorrection()
    {
        Assert.Equal("G-test", GTest.Compute(ThreeByFour()).Test);
        Assert.Equal("G-test with Williams' correction", GTest.Compute(ThreeByFour(), williams: true).Test);
        Assert.Equal("sample odds ratio, Woolf interval", OddsRatio.Woolf(10, 990, 2, 998).Method);
        Assert.Equal("sample odds ratio, Woolf interval", OddsRatio.Woolf(0, 5, 3, 4).Method);
    }

    private static ContingencyTable ThreeByFour() => new(new double[,] { { 23, 11, 17, 0 }, { 7, 6, 0, 27 }, { 2, 3, 7, 12 } });
}
