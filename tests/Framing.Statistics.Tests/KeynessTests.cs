using Framing.Statistics.Terms;

namespace Framing.Statistics.Tests;

public sealed class KeynessTests
{
    // Base-R transcription of quanteda.textstats' keyness (src/keyness.cpp) without its 1e-9 log offset, used for the
    // values marked kn(...) below (printed with sprintf("%.15g", ...)):
    // kn <- function(a, b, tN, rN) {
    //   c <- tN - a; d <- rN - b; N <- a+b+c+d; E <- (a+b)*(a+c)/N; s <- if (a < E) -1 else 1
    //   small <- any(c((a+b)*(a+c), (a+b)*(b+d), (a+c)*(c+d), (b+d)*(c+d))/N < 5)
    //   dflt <- if (abs(a*d-b*c) >= N/2 && small) 0.5 else 0; yat <- min(0.5, abs(a*d-b*c)/N)
    //   chi <- function(del) N*(abs(a*d-b*c) - N*del)^2/((a+b)*(c+d)*(a+c)*(b+d))*s
    //   g <- function(del) { sg <- a*d-b*c > 0; O <- c(a,b,c,d) + (if (sg) c(-1,1,1,-1) else c(1,-1,-1,1))*del
    //     Ec <- c((O[1]+O[2])*(O[1]+O[3]),(O[1]+O[2])*(O[2]+O[4]),(O[1]+O[3])*(O[3]+O[4]),(O[2]+O[4])*(O[3]+O[4]))/N
    //     2*sum(ifelse(O==0,0,O*log(O/Ec)))*s }
    //   q <- 1 + (N/(a+b) + N/(c+d) - 1)*(N/(a+c) + N/(b+d) - 1)/(6*N)
    //   c(chi_def=chi(dflt), chi_none=chi(0), chi_yates=chi(yat), chi_will=if (a*b*c*d==0) NA else chi(0)/q,
    //     g_def=g(dflt), g_none=g(0), g_yates=g(yat), g_will=if (a*b*c*d==0) NA else g(0)/q, pmi=log(a/E)) }
    // The uncorrected and Yates values are also R's own chisq.test(matrix(c(a, b, tN-a, rN-b), 2), correct = FALSE/TRUE)
    // and G is 2*sum(m*log(m/chisq.test(m)$expected)) (0*log 0 = 0), as noted beside them.
    private static readonly ToleranceComparer Tol = new(1e-10);

    /// <summary>Every row of the STATISTICS.md keyness table, to its 4 decimals (NaN = "n/a (zero cell)").</summary>
    [Theory]
    [InlineData(10, 2, 1000, 1000, 5.3655, 5.3655, 5.8543, 5.8543, 5.6201, 0.5108)]
    [InlineData(30, 10, 5000, 20000, 75.7462, 75.7462, 56.1637, 56.1637, 54.9614, 1.3218)]
    [InlineData(5, 0, 800, 1200, 5.2214, 7.5188, 5.5197, 9.1817, double.NaN, 0.9163)]
    public void MatchesTheReferenceTableToFourDecimals(long a, long b, long tN, long rN, double chiDefault, double chiNone, double gDefault, double gNone, double gWilliams, double pmi)
    {
        AssertFourDecimals(chiDefault, Keyness.Chi2(a, b, tN, rN).Statistic);
        AssertFourDecimals(chiNone, Keyness.Chi2(a, b, tN, rN, KeynessCorrection.None).Statistic);
        AssertFourDecimals(gDefault, Keyness.G2(a, b, tN, rN).Statistic);
        AssertFourDecimals(gNone, Keyness.G2(a, b, tN, rN, KeynessCorrection.None).Statistic);
        var williams = Keyness.G2(a, b, tN, rN, KeynessCorrection.Williams);
        if (double.IsNaN(gWilliams))
        {
            Assert.True(double.IsNaN(williams.Statistic));
            Assert.True(double.IsNaN(williams.PValue));
        }
        else
        {
            AssertFourDecimals(gWilliams, williams.Statistic);
        }

        AssertFourDecimals(pmi, Keyness.Pmi(a, b, tN, rN));
    }

    [Theory]
    // R: kn(10,2,1000,1000); chisq.test(matrix(c(10,2,990,998),2), correct=FALSE/TRUE); G from expected
    [InlineData(10, 2, 1000, 1000, 5.36552649228706, 5.36552649228706, 4.10798122065728, 5.1508979705301, 5.85425656648961, 5.85425656648961, 4.3784185096774, 5.62007816206689, 0.510825623765991)]
    // R: kn(30,10,5000,20000); chisq.test(matrix(c(30,10,4970,19990),2), correct=FALSE/TRUE)
    [InlineData(30, 10, 5000, 20000, 75.7461939102564, 75.7461939102564, 72.3423101963141, 74.1247116845214, 56.1636619596024, 56.1636619596024, 53.7062736359092, 54.9613787173899, 1.32175583998232)]
    // R: kn(5,0,800,1200); chisq.test(matrix(c(5,0,795,1200),2), correct=FALSE) -> 7.5187969924812, correct=TRUE -> 5.22138680033417
    [InlineData(5, 0, 800, 1200, 5.22138680033417, 7.5187969924812, 5.22138680033417, double.NaN, 5.51967050415998, 9.18171219741763, 5.51967050415998, double.NaN, 0.916290731874155)]
    // R: kn(2,40,1000,1000) (target below expected: negative); chisq.test(matrix(c(2,40,998,960),2), correct=FALSE) -> 35.1184396128216
    [InlineData(2, 40, 1000, 1000, -35.1184396128216, -35.1184396128216, -33.2944209348704, -34.7050975791861, -42.8805938176041, -42.8805938176041, -39.9685464287429, -42.3758916711682, -2.35137525716348)]
    // R: kn(0,7,3000,2500); chisq.test(matrix(c(0,7,3000,2493),2), correct=FALSE) -> 8.41070453304206, G 11.0491084911569
    [InlineData(0, 7, 3000, 2500, -6.35213215087601, -8.41070453304205, -6.35213215087601, double.NaN, -7.26170565146282, -11.0491084911569, -7.26170565146282, double.NaN, double.NegativeInfinity)]
    // R: kn(1000,3000,50000,200000); chisq.test(matrix(c(1000,3000,49000,197000),2), correct=TRUE) -> 63.1990758384146
    [InlineData(1000, 3000, 50000, 200000, 63.5162601626016, 63.5162601626016, 63.1990758384146, 63.5023654062133, 60.0732710298416, 60.0732710298416, 59.7808396293233, 60.0601294584664, 0.22314355131421)]
    public void MatchesRToTenDigits(long a, long b, long tN, long rN, double chiDefault, double chiNone, double chiYates, double chiWilliams, double gDefault, double gNone, double gYates, double gWilliams, double pmi)
    {
        AssertClose(chiDefault, Keyness.Chi2(a, b, tN, rN).Statistic);
        AssertClose(chiNone, Keyness.Chi2(a, b, tN, rN, KeynessCorrection.None).Statistic);
        AssertClose(chiYates, Keyness.Chi2(a, b, tN, rN, KeynessCorrection.Yates).Statistic);
        AssertClose(chiWilliams, Keyness.Chi2(a, b, tN, rN, KeynessCorrection.Williams).Statistic);
        AssertClose(gDefault, Keyness.G2(a, b, tN, rN).Statistic);
        AssertClose(gNone, Keyness.G2(a, b, tN, rN, KeynessCorrection.None).Statistic);
        AssertClose(gYates, Keyness.G2(a, b, tN, rN, KeynessCorrection.Yates).Statistic);
        AssertClose(gWilliams, Keyness.G2(a, b, tN, rN, KeynessCorrection.Williams).Statistic);
        AssertClose(pmi, Keyness.Pmi(a, b, tN, rN));
    }

    [Theory]
    // R: chisq.test(matrix(c(10,2,990,998),2), correct=FALSE)$p.value -> 0.0205385873681407
    [InlineData(10, 2, 1000, 1000, KeynessCorrection.None, 0.0205385873681407)]
    // R: chisq.test(matrix(c(10,2,990,998),2), correct=TRUE)$p.value -> 0.0426812809230147
    [InlineData(10, 2, 1000, 1000, KeynessCorrection.Yates, 0.0426812809230147)]
    // R: chisq.test(matrix(c(30,10,4970,19990),2), correct=FALSE)$p.value -> 3.22572274057627e-18 (STATISTICS.md: 3.225722741e-18)
    [InlineData(30, 10, 5000, 20000, KeynessCorrection.None, 3.22572274057627e-18)]
    // R: chisq.test(matrix(c(30,10,4970,19990),2), correct=TRUE)$p.value -> 1.80926442640079e-17 (STATISTICS.md: 1.809264426e-17)
    [InlineData(30, 10, 5000, 20000, KeynessCorrection.Yates, 1.80926442640079e-17)]
    // R: pchisq(5.22138680033417, 1, lower.tail=FALSE) -> 0.0223107518538653 (default correction applied)
    [InlineData(5, 0, 800, 1200, KeynessCorrection.Default, 0.0223107518538653)]
    // R: chisq.test(matrix(c(2,40,998,960),2), correct=FALSE)$p.value -> 3.10249024646695e-09 (negative statistic, same p)
    [InlineData(2, 40, 1000, 1000, KeynessCorrection.None, 3.10249024646695e-09)]
    // R: chisq.test(matrix(c(1000,3000,49000,197000),2), correct=TRUE)$p.value -> 1.86836024176783e-15
    [InlineData(1000, 3000, 50000, 200000, KeynessCorrection.Yates, 1.86836024176783e-15)]
    public void Chi2PValuesMatchR(long a, long b, long tN, long rN, KeynessCorrection correction, double p) =>
        Assert.Equal(p, Keyness.Chi2(a, b, tN, rN, correction).PValue, new ToleranceComparer(1e-9));

    [Theory]
    // R: pchisq(5.85425656648961, 1, lower.tail=FALSE) -> 0.0155394207840957
    [InlineData(10, 2, 1000, 1000, KeynessCorrection.None, 0.0155394207840957)]
    // R: pchisq(5.62007816206689, 1, lower.tail=FALSE) -> 0.0177558569902522 (Williams)
    [InlineData(10, 2, 1000, 1000, KeynessCorrection.Williams, 0.0177558569902522)]
    // R: pchisq(4.3784185096774, 1, lower.tail=FALSE) -> 0.0363967530082444 (Yates)
    [InlineData(10, 2, 1000, 1000, KeynessCorrection.Yates, 0.0363967530082444)]
    // R: pchisq(56.1636619596024, 1, lower.tail=FALSE) -> 6.6682633979502e-14
    [InlineData(30, 10, 5000, 20000, KeynessCorrection.Default, 6.6682633979502e-14)]
    // R: pchisq(54.9613787173899, 1, lower.tail=FALSE) -> 1.22921674345646e-13 (Williams)
    [InlineData(30, 10, 5000, 20000, KeynessCorrection.Williams, 1.22921674345646e-13)]
    // R: pchisq(5.51967050415998, 1, lower.tail=FALSE) -> 0.0188038002175445 (default correction applied)
    [InlineData(5, 0, 800, 1200, KeynessCorrection.Default, 0.0188038002175445)]
    // R: pchisq(9.18171219741763, 1, lower.tail=FALSE) -> 0.00244445240113829
    [InlineData(5, 0, 800, 1200, KeynessCorrection.None, 0.00244445240113829)]
    // R: pchisq(42.8805938176041, 1, lower.tail=FALSE) -> 5.81849896405405e-11
    [InlineData(2, 40, 1000, 1000, KeynessCorrection.None, 5.81849896405405e-11)]
    // R: pchisq(11.0491084911569, 1, lower.tail=FALSE) -> 0.000887298547987865
    [InlineData(0, 7, 3000, 2500, KeynessCorrection.None, 0.000887298547987865)]
    public void G2PValuesMatchR(long a, long b, long tN, long rN, KeynessCorrection correction, double p) =>
        Assert.Equal(p, Keyness.G2(a, b, tN, rN, correction).PValue, new ToleranceComparer(1e-9));

    [Fact]
    public void DefaultCorrectionNeedsBothASmallExpectedCellAndALargeEnoughDifference()
    {
        // (10, 2, 1000, 1000): smallest expected cell is 6 (>= 5), so the default applies no correction: default == none.
        Assert.Equal(Keyness.Chi2(10, 2, 1000, 1000, KeynessCorrection.None).Statistic, Keyness.Chi2(10, 2, 1000, 1000).Statistic);

        // (3, 1, 1000, 1000): expected cells 2 < 5 and |ad - bc| = 3*999 - 1*997 = 2000 >= N/2 = 1000, so corrected:
        // R: chisq.test(matrix(c(3,1,997,999),2), correct=TRUE)$statistic -> 0.250501002004008
        Assert.Equal(0.250501002004008, Keyness.Chi2(3, 1, 1000, 1000).Statistic, Tol);

        // (2, 1, 1000, 1000): |ad - bc| = 2*999 - 1*998 = 1000 >= N/2 = 1000 (boundary, inclusive): corrected.
        // R: chisq.test(matrix(c(2,1,998,999),2), correct=TRUE)$statistic -> 0
        Assert.Equal(0, Keyness.Chi2(2, 1, 1000, 1000).Statistic, 12);

        // (2, 1, 1001, 1000): |ad - bc| = 2*999 - 1*999 = 999 < N/2 = 1000.5: not corrected, default == none.
        // R: chisq.test(matrix(c(2,1,999,999),2), correct=FALSE)$statistic -> 0.332833666333666
        Assert.Equal(0.332833666333666, Keyness.Chi2(2, 1, 1001, 1000).Statistic, Tol);
        Assert.Equal(Keyness.Chi2(2, 1, 1001, 1000, KeynessCorrection.None).Statistic, Keyness.Chi2(2, 1, 1001, 1000).Statistic);
    }

    [Fact]
    public void YatesNeverOverCorrects()
    {
        // R's chisq.test uses min(0.5, |O - E|), so a table closer than 0.5 to independence is corrected to 0, not past it.
        // (2, 1, 1001, 1000): |ad - bc|/N = 999/2001 = 0.49925 < 0.5.
        // R: chisq.test(matrix(c(2,1,999,999),2), correct=TRUE)$statistic -> 1.21616086595213e-30 (0 up to rounding);
        //    kn(2,1,1001,1000)["g_yates"] -> 3.325676e-16 (0 up to rounding)
        Assert.Equal(0, Keyness.Chi2(2, 1, 1001, 1000, KeynessCorrection.Yates).Statistic, 12);
        Assert.Equal(0, Keyness.G2(2, 1, 1001, 1000, KeynessCorrection.Yates).Statistic, 12);
    }

    [Fact]
    public void SignIsNegativeWhenTheTargetIsBelowExpected()
    {
        var above = Keyness.G2(40, 2, 1000, 1000, KeynessCorrection.None);
        var below = Keyness.G2(2, 40, 1000, 1000, KeynessCorrection.None);
        Assert.True(above.Statistic > 0);
        Assert.Equal(-above.Statistic, below.Statistic, 12);
        Assert.Equal(above.PValue, below.PValue, 15);
        Assert.True(Keyness.Chi2(2, 40, 1000, 1000).Statistic < 0);
        Assert.True(Keyness.Pmi(2, 40, 1000, 1000) < 0);
    }

    [Fact]
    public void ExactlyExpectedCountsGiveZeroAndPOne()
    {
        // R: kn(3,3,1000,1000) -> all statistics 0; pchisq(0, 1, lower.tail=FALSE) -> 1
        foreach (var correction in new[] { KeynessCorrection.Default, KeynessCorrection.Yates, KeynessCorrection.Williams, KeynessCorrection.None })
        {
            var chi = Keyness.Chi2(3, 3, 1000, 1000, correction);
            var g = Keyness.G2(3, 3, 1000, 1000, correction);
            Assert.Equal(0, chi.Statistic, 15);
            Assert.Equal(0, g.Statistic, 15);
            Assert.Equal(1, chi.PValue, 15);
            Assert.Equal(1, g.PValue, 15);
        }

        Assert.Equal(0, Keyness.Pmi(3, 3, 1000, 1000), 15);
    }

    [Fact]
    public void G2DiffersFromQuantedasOffsetVersionOnlyByTheOffset()
    {
        // quanteda adds 1e-9 inside each log (src/keyness.cpp). Transcribed in R:
        // qlr <- function(a,b,tN,rN){ c<-tN-a; d<-rN-b; N<-a+b+c+d; E<-(a+b)*(a+c)/N; eps <- 1e-9
        //   2*(a*log(a/((a+b)*(a+c)/N)+eps)+b*log(b/((a+b)*(b+d)/N)+eps)+c*log(c/((a+c)*(c+d)/N)+eps)+d*log(d/((b+d)*(c+d)/N)+eps))*(if (a>E) 1 else -1)}
        // qlr(30,10,5000,20000) -> 56.1637119596054; qlr(1000,3000,50000,200000) -> 60.073771029871
        // The exact values (kn above) are lower by about 2e-9 * N.
        var small = Keyness.G2(30, 10, 5000, 20000, KeynessCorrection.None).Statistic;
        var large = Keyness.G2(1000, 3000, 50000, 200000, KeynessCorrection.None).Statistic;
        Assert.Equal(2e-9 * 25000, 56.1637119596054 - small, 1e-9);
        Assert.Equal(2e-9 * 250000, 60.073771029871 - large, 1e-8);
    }

    [Fact]
    public void LargeCountsStayAccurate()
    {
        // R: kn(150000, 90000, 3e7, 2.5e7) -> chi_def 6151.84441197955, chi_yates 6151.52217673015,
        //    g_def 6239.55489123232, g_yates 6239.22498557974, g_will 6239.54174750181, pmi 0.13613217432458
        Assert.Equal(6151.84441197955, Keyness.Chi2(150000, 90000, 3e7, 2.5e7).Statistic, Tol);
        Assert.Equal(6151.52217673015, Keyness.Chi2(150000, 90000, 3e7, 2.5e7, KeynessCorrection.Yates).Statistic, Tol);
        Assert.Equal(6239.55489123232, Keyness.G2(150000, 90000, 3e7, 2.5e7).Statistic, Tol);
        Assert.Equal(6239.22498557974, Keyness.G2(150000, 90000, 3e7, 2.5e7, KeynessCorrection.Yates).Statistic, Tol);
        Assert.Equal(6239.54174750181, Keyness.G2(150000, 90000, 3e7, 2.5e7, KeynessCorrection.Williams).Statistic, Tol);
        Assert.Equal(0.13613217432458, Keyness.Pmi(150000, 90000, 3e7, 2.5e7), Tol);
    }

    [Fact]
    public void TermAbsentFromBothCorporaIsNaN()
    {
        Assert.True(double.IsNaN(Keyness.Chi2(0, 0, 100, 100).Statistic));
        Assert.True(double.IsNaN(Keyness.Chi2(0, 0, 100, 100).PValue));
        Assert.True(double.IsNaN(Keyness.G2(0, 0, 100, 100).Statistic));
        Assert.True(double.IsNaN(Keyness.Pmi(0, 0, 100, 100)));
    }

    [Fact]
    public void FisherPassesTheTableAndReturnsTheOddsRatioAndP()
    {
        // The test itself lives in Framing.Statistics.Contingency; a fake returns R's values for the one table it expects:
        // R: fisher.test(matrix(c(10,2,990,998),2)) -> p = 0.03801124749, odds ratio = 5.036803178
        var fake = new FakeFisher(10, 2, 990, 998, 0.03801124749, 5.036803178);
        var score = Keyness.Fisher(10, 2, 1000, 1000, fake);
        Assert.Equal(5.036803178, score.Statistic);
        Assert.Equal(0.03801124749, score.PValue);
        Assert.Equal(1, fake.Calls);
        Assert.Throws<ArgumentOutOfRangeException>(() => Keyness.Fisher(1001, 2, 1000, 1000, fake));
    }

    [Fact]
    public void FisherUsesTheRealTest()
    {
        // R: fisher.test(matrix(c(10,2,990,998),2)) -> p = 0.0380112474928514, odds ratio = 5.0368031780854787
        var score = Keyness.Fisher(10, 2, 1000, 1000);
        Assert.Equal(5.0368031780854787, score.Statistic, 6);
        Assert.Equal(0.0380112474928514, score.PValue, 12);
    }

    [Theory]
    [InlineData(-1, 2, 100, 100)]
    [InlineData(1, -2, 100, 100)]
    [InlineData(101, 2, 100, 100)]
    [InlineData(1, 2, 0, 100)]
    [InlineData(1, 2, 100, double.PositiveInfinity)]
    [InlineData(double.NaN, 2, 100, 100)]
    public void RejectsInvalidCounts(double a, double b, double tN, double rN)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Keyness.Chi2(a, b, tN, rN));
        Assert.Throws<ArgumentOutOfRangeException>(() => Keyness.G2(a, b, tN, rN));
        Assert.Throws<ArgumentOutOfRangeException>(() => Keyness.Pmi(a, b, tN, rN));
    }

    [Fact]
    public void RejectsUnknownCorrections() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Keyness.Chi2(1, 2, 100, 100, (KeynessCorrection)9));

    private static void AssertFourDecimals(double expected, double actual) => Assert.InRange(actual - expected, -5e-5, 5e-5);

    private static void AssertClose(double expected, double actual)
    {
        if (double.IsNaN(expected))
        {
            Assert.True(double.IsNaN(actual), $"expected NaN, got {actual}");
        }
        else
        {
            Assert.Equal(expected, actual, Tol);
        }
    }

    internal sealed class FakeFisher(long a, long b, long c, long d, double p, double oddsRatio) : IFisherExactTest
    {
        public int Calls { get; private set; }

        public (double PValue, double OddsRatio) TwoSided(long a2, long b2, long c2, long d2)
        {
            Calls++;
            Assert.Equal((a, b, c, d), (a2, b2, c2, d2));
            return (p, oddsRatio);
        }
    }
}
