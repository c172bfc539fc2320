using Framing.Statistics.Contingency;

namespace Framing.Statistics.Tests;

/// <summary>
/// R's fisher.test: matrix(c(a, c, b, d), 2) is the table [[a, b], [c, d]] (R fills by column).
/// Reference values from R 4.2 with options(digits = 15).
/// </summary>
public sealed class FisherExactTestTests
{
    private static void Close(double expected, double actual, double relative = 1e-6) =>
        Assert.True(ToleranceComparer.Close(expected, actual, relative), $"expected {expected:R}, got {actual:R}");

    [Fact]
    public void ReferenceTableFromStatisticsMd()
    {
        // R: fisher.test(matrix(c(10,2,990,998),2)) -> p 0.0380112474928514, OR 5.0368031780854787,
        //    95% CI 1.0694443157843210 47.3928655813606170
        var r = FisherExactTest.TwoSided(10, 990, 2, 998);
        Close(0.0380112474928514, r.PValue, 1e-9);
        Close(5.0368031780854787, r.OddsRatio);
        Close(1.0694443157843210, r.Lower);
        Close(47.3928655813606170, r.Upper);
    }

    [Fact]
    public void SmallSymmetricTable()
    {
        // R: fisher.test(matrix(c(3,1,1,3),2)) -> p 0.485714285714286, OR 6.408308867005788, CI 0.211732915305503 621.933750545417297
        var r = FisherExactTest.TwoSided(3, 1, 1, 3);
        Close(0.485714285714286, r.PValue, 1e-9);
        Close(6.408308867005788, r.OddsRatio);
        Close(0.211732915305503, r.Lower);
        Close(621.933750545417297, r.Upper);
    }

    [Fact]
    public void ZeroCellGivesEstimateAtTheEdge()
    {
        // R: fisher.test(matrix(c(0,5,10,7),2)) -> p 0.0396445659603555, OR 0, CI 0 1.0831908005899271
        var r = FisherExactTest.TwoSided(0, 10, 5, 7);
        Close(0.0396445659603555, r.PValue, 1e-9);
        Assert.Equal(0, r.OddsRatio);
        Assert.Equal(0, r.Lower);
        Close(1.0831908005899271, r.Upper);

        // R: fisher.test(matrix(c(12,0,3,9),2)) -> p 0.000336519046978059, OR Inf, CI 4.226803250664237233 Inf
        var s = FisherExactTest.TwoSided(12, 3, 0, 9);
        Close(0.000336519046978059, s.PValue, 1e-9);
        Assert.True(double.IsPositiveInfinity(s.OddsRatio));
        Close(4.226803250664237233, s.Lower);
        Assert.True(double.IsPositiveInfinity(s.Upper));
    }

    [Fact]
    public void LargeCountsWorkInLogSpace()
    {
        // R: fisher.test(matrix(c(1600,700,800,500),2)) -> p 1.15874740079513e-06, OR 1.42837676382785, CI 1.23508958762981 1.65181718738060
        var r = FisherExactTest.TwoSided(1600, 800, 700, 500);
        Close(1.15874740079513e-06, r.PValue, 1e-6);
        Close(1.42837676382785, r.OddsRatio);
        Close(1.23508958762981, r.Lower);
        Close(1.65181718738060, r.Upper);
    }

    [Theory]
    [InlineData(40, 39, 517134785, 204720382, 8.42850681054568e-05, 0.406022805221234, 0.254600949171197, 0.647992974311701)]
    [InlineData(44, 17, 992135377, 973180810, 0.000754774065593398, 2.53895888201594, 1.42157014918428, 4.73997882038968)]
    [InlineData(3, 7, 1000000000, 1000000000, 0.343749998769531, 0.428545939303002, 0.0715105261903867, 1.87730535600809)]
    public void KeynessSizedTotalsAgreeWithRToTheLastPrintedDigit(long a, long b, long targetTotal, long referenceTotal, double p, double oddsRatio, double lower, double upper)
    {
        // A term's table in a corpus of 10^8 to 10^9 tokens. Log densities taken as differences of lgamma of the totals
        // (about 2·10^10 at 10^9, so about 10^-5 apart from rounding alone) gave p-values a relative error of up to 4·10^-6,
        // wrong in the sixth significant digit that keyness prints (63 of 300 random such tables).
        // R: options(digits=15); x <- c(40,39,517134785,204720382)
        //    f <- fisher.test(matrix(c(x[1], x[3]-x[1], x[2], x[4]-x[2]), 2)); c(f$p.value, f$estimate, f$conf.int)
        //    -> 8.42850681054568e-05 0.406022805221234 0.254600949171197 0.647992974311701
        // R: the same for c(44,17,992135377,973180810)
        //    -> 0.000754774065593398 2.53895888201594 1.42157014918428 4.73997882038968
        // R: the same for c(3,7,1e9,1e9)
        //    -> 0.343749998769531 0.428545939303002 0.0715105261903867 1.87730535600809
        var r = FisherExactTest.TwoSided(a, b, targetTotal - a, referenceTotal - b);
        Close(p, r.PValue, 1e-9);
        Close(oddsRatio, r.OddsRatio, 1e-8);
        Close(lower, r.Lower, 1e-8);
        Close(upper, r.Upper, 1e-8);
    }

    [Theory]
    [InlineData(3, 1, 1, 3)]
    [InlineData(0, 5, 7, 2)]
    [InlineData(12, 0, 0, 9)]
    [InlineData(5, 3, 2, 0)]
    [InlineData(40, 1_000_000, 25, 2_000_000)]
    public void KeynessTestGivesThePValueAndOddsRatioOfTheFullTest(long a, long b, long c, long d)
    {
        var full = FisherExactTest.TwoSided(a, b, c, d);

        var (p, oddsRatio) = FisherExactTest.PValueAndOddsRatio(a, b, c, d);

        Assert.Equal(full.PValue, p);
        Assert.Equal(full.OddsRatio, oddsRatio);
        Assert.Throws<ArgumentOutOfRangeException>(() => FisherExactTest.PValueAndOddsRatio(-1, b, c, d));
    }

    [Fact]
    public void OtherConfidenceLevel()
    {
        // R: fisher.test(matrix(c(7,12,25,9),2), conf.level=0.9) -> p 0.0178748416802264, OR 0.2170980317733163, CI 0.0649956387436857 0.6789824086345599
        var r = FisherExactTest.TwoSided(7, 25, 12, 9, 0.9);
        Close(0.0178748416802264, r.PValue, 1e-9);
        Close(0.2170980317733163, r.OddsRatio);
        Close(0.0649956387436857, r.Lower);
        Close(0.6789824086345599, r.Upper);
    }

    [Fact]
    public void NearlySeparatedTablesStopWhereRsSearchStops()
    {
        // R's fisher.test looks for a large odds ratio as 1 / uniroot(..., c(.Machine$double.eps, 1)), so its estimate and its
        // upper limit stop at 1 / 2^-52 = 4503599627370496 where the true value is larger; a small one stops at 0 the same way.
        // R 4.2.2, options(digits = 17):
        // R: fisher.test(matrix(c(500,1,1,500),2)) -> p 4.6478668544715684e-295, OR 4503599627370496, CI 8402.0512820356089 4503599627370496
        var far = FisherExactTest.TwoSided(500, 1, 1, 500);
        Close(4.6478668544715684e-295, far.PValue, 1e-9);
        Assert.Equal(4503599627370496, far.OddsRatio);
        Close(8402.0512820356089, far.Lower);
        Assert.Equal(4503599627370496, far.Upper);

        // R: fisher.test(matrix(c(1,500,500,1),2)) -> p 4.6478668544715684e-295, OR 0, CI 0 0.0001190185546875
        var near = FisherExactTest.TwoSided(1, 500, 500, 1);
        Assert.Equal(0, near.OddsRatio);
        Assert.Equal(0, near.Lower);
        Close(0.0001190185546875, near.Upper);

        // A finite estimate whose upper limit is R's bound.
        // R: fisher.test(matrix(c(40,1,1,40),2)) -> p 7.9193081662195351e-21, OR 982.1830889551178, CI 80.063779558728768 4503599627370496
        var wide = FisherExactTest.TwoSided(40, 1, 1, 40);
        Close(7.9193081662195351e-21, wide.PValue, 1e-9);
        Close(982.1830889551178, wide.OddsRatio, 1e-4);
        Close(80.063779558728768, wide.Lower, 1e-4);
        Assert.Equal(4503599627370496, wide.Upper);

        // R: fisher.test(matrix(c(200,1,2,300),2)) -> p 1.7459889858937937e-139, OR 10081.391953738326, CI 2409.4117647045955 4503599627370496
        var uneven = FisherExactTest.TwoSided(200, 2, 1, 300);
        Close(1.7459889858937937e-139, uneven.PValue, 1e-9);
        Close(10081.391953738326, uneven.OddsRatio, 1e-4);
        Close(2409.4117647045955, uneven.Lower, 1e-4);
        Assert.Equal(4503599627370496, uneven.Upper);
    }
}
