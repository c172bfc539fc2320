using Framing.Statistics.Terms;

namespace Framing.Statistics.Tests;

public sealed class KeynessTests
{
    // Base-R transcription of quanteda.textstats' textstat_keyness (chisq_lambda, lr_lambda, pmi_lambda,
    // yates_correction and williams_correction in src/keyness.cpp), line by line, used for the values marked qk(...)
    // below (printed with sprintf("%.15g", ...); p-values with pq(x) = pchisq(abs(x), 1, lower.tail = FALSE)):
    // qk <- function(a, b, tN, rN, measure, cor = "default") {
    //   c <- tN - a; d <- rN - b; N <- a + b + c + d; E <- (a + b) * (a + c) / N; eps <- 1e-9
    //   yat <- if (abs(a*d - b*c) >= N/2 && ((a+b)*(a+c)/N < 5 || (a+b)*(b+d)/N < 5 || (a+c)*(c+d)/N < 5 || (c+d)*(b+d)/N < 5)) 0.5 else 0
    //   q <- if (a*b*c*d == 0) 1 else 1 + (N/(a+b) + N/(c+d) - 1) * (N/(a+c) + N/(b+d) - 1) / (6*N)
    //   s <- if (a > E) 1 else -1
    //   if (measure == "chi2") {
    //     delta <- if (cor %in% c("default", "yates")) yat else 0; qq <- if (cor == "williams") q else 1
    //     return(N * (abs(a*d - b*c) - N*delta)^2 / ((a+b)*(c+d)*(a+c)*(b+d)*s/qq)) }
    //   if (measure == "lr") {
    //     O <- c(a, b, c, d)
    //     if (cor %in% c("default", "yates")) O <- O + (if (a*d - b*c > 0) c(-1, 1, 1, -1) else c(1, -1, -1, 1)) * yat
    //     Ec <- c((O[1]+O[2])*(O[1]+O[3]), (O[1]+O[2])*(O[2]+O[4]), (O[1]+O[3])*(O[3]+O[4]), (O[2]+O[4])*(O[3]+O[4])) / N
    //     r <- 2 * sum(O * log(O/Ec + eps)) * s; if (cor == "williams") r <- r / q; return(r) }
    //   log(a/E + eps) }
    // (quanteda itself is not packaged for Debian; this is its C++ in R. Its "yates" equals its "default", so the
    // Yates columns below are the default ones.) The uncorrected chi-square is also R's own
    // chisq.test(matrix(c(a, b, tN-a, rN-b), 2), correct = FALSE), as noted beside it.
    private static readonly ToleranceComparer Tol = new(1e-12);

    private static readonly KeynessCorrection[] Corrections = [KeynessCorrection.Default, KeynessCorrection.Yates, KeynessCorrection.Williams, KeynessCorrection.None];

    /// <summary>
    /// Every row of the STATISTICS.md keyness table, to its 4 decimals, except G2 Williams of the table with a zero
    /// cell: STATISTICS.md has "n/a (zero cell)", quanteda gives the uncorrected value (q = 1), and so does Framing.
    /// </summary>
    [Theory]
    [InlineData(10, 2, 1000, 1000, 5.3655, 5.3655, 5.8543, 5.8543, 5.6201, 0.5108)]
    [InlineData(30, 10, 5000, 20000, 75.7462, 75.7462, 56.1637, 56.1637, 54.9614, 1.3218)]
    [InlineData(5, 0, 800, 1200, 5.2214, 7.5188, 5.5197, 9.1817, 9.1817, 0.9163)]
    public void MatchesTheReferenceTableToFourDecimals(long a, long b, long tN, long rN, double chiDefault, double chiNone, double gDefault, double gNone, double gWilliams, double pmi)
    {
        AssertFourDecimals(chiDefault, Keyness.Chi2(a, b, tN, rN).Statistic);
        AssertFourDecimals(chiNone, Keyness.Chi2(a, b, tN, rN, KeynessCorrection.None).Statistic);
        AssertFourDecimals(gDefault, Keyness.G2(a, b, tN, rN).Statistic);
        AssertFourDecimals(gNone, Keyness.G2(a, b, tN, rN, KeynessCorrection.None).Statistic);
        AssertFourDecimals(gWilliams, Keyness.G2(a, b, tN, rN, KeynessCorrection.Williams).Statistic);
        AssertFourDecimals(pmi, Keyness.Pmi(a, b, tN, rN));
    }

    [Theory]
    // R: qk(10,2,1000,1000, ...); chisq.test(matrix(c(10,2,990,998),2), correct=FALSE)$statistic -> 5.36552649228706
    [InlineData(10, 2, 1000, 1000, 5.36552649228706, 5.36552649228706, 5.58909819300331, 5.85426056648972, 5.85426056648972, 5.62008200206143, 0.510825624365991)]
    // R: qk(30,10,5000,20000, ...); chisq.test(matrix(c(30,10,4970,19990),2), correct=FALSE)$statistic -> 75.7461939102564
    [InlineData(30, 10, 5000, 20000, 75.7461939102564, 75.7461939102564, 77.4031461506279, 56.1637119596054, 56.1637119596054, 54.9614276470538, 1.32175584024899)]
    // R: qk(5,0,800,1200, ...) (a zero cell: Williams' q = 1); chisq.test(matrix(c(5,0,795,1200),2), correct=FALSE) -> 7.5187969924812
    [InlineData(5, 0, 800, 1200, 5.22138680033417, 7.5187969924812, 7.5187969924812, 5.51967450416013, 9.18171619141778, 9.18171619141778, 0.916290732274155)]
    // R: qk(2,40,1000,1000, ...) (target below expected: negative); chisq.test(matrix(c(2,40,998,960),2), correct=FALSE) -> 35.1184396128216
    [InlineData(2, 40, 1000, 1000, -35.1184396128216, -35.1184396128216, -35.536704601547, -42.8805978176042, -42.8805978176042, -42.3758956240885, -2.35137524666348)]
    // R: qk(0,7,3000,2500, ...) (absent from the target: pmi = log(1e-9)); chisq.test(matrix(c(0,7,3000,2493),2), correct=FALSE) -> 8.41070453304206
    [InlineData(0, 7, 3000, 2500, -6.35213215087601, -8.41070453304205, -8.41070453304205, -7.26171665146317, -11.0491194835209, -11.0491194835209, -20.7232658369464)]
    // R: qk(1000,3000,50000,200000, ...)
    [InlineData(1000, 3000, 50000, 200000, 63.5162601626016, 63.5162601626016, 63.5301579592587, 60.073771029871, 60.073771029871, 60.0606293491163, 0.22314355211421)]
    public void MatchesQuantedaToTwelveDigits(long a, long b, long tN, long rN, double chiDefault, double chiNone, double chiWilliams, double gDefault, double gNone, double gWilliams, double pmi)
    {
        AssertClose(chiDefault, Keyness.Chi2(a, b, tN, rN).Statistic);
        AssertClose(chiDefault, Keyness.Chi2(a, b, tN, rN, KeynessCorrection.Yates).Statistic);
        AssertClose(chiNone, Keyness.Chi2(a, b, tN, rN, KeynessCorrection.None).Statistic);
        AssertClose(chiWilliams, Keyness.Chi2(a, b, tN, rN, KeynessCorrection.Williams).Statistic);
        AssertClose(gDefault, Keyness.G2(a, b, tN, rN).Statistic);
        AssertClose(gDefault, Keyness.G2(a, b, tN, rN, KeynessCorrection.Yates).Statistic);
        AssertClose(gNone, Keyness.G2(a, b, tN, rN, KeynessCorrection.None).Statistic);
        AssertClose(gWilliams, Keyness.G2(a, b, tN, rN, KeynessCorrection.Williams).Statistic);
        AssertClose(pmi, Keyness.Pmi(a, b, tN, rN));
    }

    [Theory]
    // R: chisq.test(matrix(c(10,2,990,998),2), correct=FALSE)$p.value -> 0.0205385873681407
    [InlineData(10, 2, 1000, 1000, KeynessCorrection.None, 0.0205385873681407)]
    // R: pq(qk(10,2,1000,1000,"chi2","williams")) -> 0.0180725982494182
    [InlineData(10, 2, 1000, 1000, KeynessCorrection.Williams, 0.0180725982494182)]
    // R: chisq.test(matrix(c(30,10,4970,19990),2), correct=FALSE)$p.value -> 3.22572274057627e-18 (STATISTICS.md: 3.225722741e-18)
    [InlineData(30, 10, 5000, 20000, KeynessCorrection.None, 3.22572274057627e-18)]
    // R: pq(qk(30,10,5000,20000,"chi2","yates")) -> 3.22572274057627e-18 (no correction: every expected count is at least 5)
    [InlineData(30, 10, 5000, 20000, KeynessCorrection.Yates, 3.22572274057627e-18)]
    // R: pq(qk(5,0,800,1200,"chi2")) -> 0.0223107518538653 (default correction applied)
    [InlineData(5, 0, 800, 1200, KeynessCorrection.Default, 0.0223107518538653)]
    // R: chisq.test(matrix(c(2,40,998,960),2), correct=FALSE)$p.value -> 3.10249024646695e-09 (negative statistic, same p)
    [InlineData(2, 40, 1000, 1000, KeynessCorrection.None, 3.10249024646695e-09)]
    // R: pq(qk(1000,3000,50000,200000,"chi2","williams")) -> 1.57930393774181e-15
    [InlineData(1000, 3000, 50000, 200000, KeynessCorrection.Williams, 1.57930393774181e-15)]
    public void Chi2PValuesMatchR(long a, long b, long tN, long rN, KeynessCorrection correction, double p) =>
        Assert.Equal(p, Keyness.Chi2(a, b, tN, rN, correction).PValue, new ToleranceComparer(1e-9));

    [Theory]
    // R: pq(qk(10,2,1000,1000,"lr","none")) -> 0.0155393854659395
    [InlineData(10, 2, 1000, 1000, KeynessCorrection.None, 0.0155393854659395)]
    // R: pq(qk(10,2,1000,1000,"lr","williams")) -> 0.0177558180871228
    [InlineData(10, 2, 1000, 1000, KeynessCorrection.Williams, 0.0177558180871228)]
    // R: pq(qk(30,10,5000,20000,"lr")) -> 6.6680938226376e-14
    [InlineData(30, 10, 5000, 20000, KeynessCorrection.Default, 6.6680938226376e-14)]
    // R: pq(qk(30,10,5000,20000,"lr","williams")) -> 1.2291861424062e-13
    [InlineData(30, 10, 5000, 20000, KeynessCorrection.Williams, 1.2291861424062e-13)]
    // R: pq(qk(5,0,800,1200,"lr")) -> 0.0188037572211773 (default correction applied)
    [InlineData(5, 0, 800, 1200, KeynessCorrection.Default, 0.0188037572211773)]
    // R: pq(qk(5,0,800,1200,"lr","none")) -> 0.00244444706690072
    [InlineData(5, 0, 800, 1200, KeynessCorrection.None, 0.00244444706690072)]
    // R: pq(qk(2,40,1000,1000,"lr","none")) -> 5.8184870670779e-11
    [InlineData(2, 40, 1000, 1000, KeynessCorrection.None, 5.8184870670779e-11)]
    // R: pq(qk(0,7,3000,2500,"lr","none")) -> 0.000887293287175379
    [InlineData(0, 7, 3000, 2500, KeynessCorrection.None, 0.000887293287175379)]
    public void G2PValuesMatchR(long a, long b, long tN, long rN, KeynessCorrection correction, double p) =>
        Assert.Equal(p, Keyness.G2(a, b, tN, rN, correction).PValue, new ToleranceComparer(1e-9));

    [Fact]
    public void DefaultCorrectionNeedsBothASmallExpectedCellAndALargeEnoughDifference()
    {
        // (10, 2, 1000, 1000): smallest expected cell is 6 (>= 5), so the default applies no correction: default == none.
        Assert.Equal(Keyness.Chi2(10, 2, 1000, 1000, KeynessCorrection.None).Statistic, Keyness.Chi2(10, 2, 1000, 1000).Statistic);

        // (3, 1, 1000, 1000): expected cells 2 < 5 and |ad - bc| = 3*999 - 1*997 = 2000 >= N/2 = 1000, so corrected:
        // R: qk(3,1,1000,1000,"chi2") -> 0.250501002004008 (= chisq.test(matrix(c(3,1,997,999),2), correct=TRUE)$statistic);
        //    qk(3,1,1000,1000,"lr") -> 0.253176541240558
        Assert.Equal(0.250501002004008, Keyness.Chi2(3, 1, 1000, 1000).Statistic, Tol);
        Assert.Equal(0.253176541240558, Keyness.G2(3, 1, 1000, 1000).Statistic, Tol);

        // (2, 1, 1000, 1000): |ad - bc| = 2*999 - 1*998 = 1000 >= N/2 = 1000 (boundary, inclusive): corrected.
        // R: qk(2,1,1000,1000,"chi2") -> 0; qk(2,1,1000,1000,"lr") -> 4.00000032896148e-06 (the cells are then exactly
        //    as expected; what is left is the 1e-9 inside the logarithms)
        Assert.Equal(0, Keyness.Chi2(2, 1, 1000, 1000).Statistic, 12);
        Assert.Equal(4.00000032896148e-06, Keyness.G2(2, 1, 1000, 1000).Statistic, Tol);

        // (2, 1, 1001, 1000): |ad - bc| = 2*999 - 1*999 = 999 < N/2 = 1000.5: not corrected, default == none.
        // R: chisq.test(matrix(c(2,1,999,999),2), correct=FALSE)$statistic -> 0.332833666333666
        Assert.Equal(0.332833666333666, Keyness.Chi2(2, 1, 1001, 1000).Statistic, Tol);
        Assert.Equal(Keyness.Chi2(2, 1, 1001, 1000, KeynessCorrection.None).Statistic, Keyness.Chi2(2, 1, 1001, 1000).Statistic);
    }

    [Theory]
    [InlineData(2, 1, 1001, 1000)]
    [InlineData(3, 1, 1000, 1000)]
    [InlineData(5, 0, 800, 1200)]
    [InlineData(0, 7, 3000, 2500)]
    [InlineData(30, 10, 5000, 20000)]
    public void YatesIsQuantedasDefault(long a, long b, long tN, long rN)
    {
        // quanteda's "yates" runs the same code as its "default" (the conditional correction), never R's
        // chisq.test(correct = TRUE) rule min(0.5, |ad - bc|/N): (2, 1, 1001, 1000) is not corrected at all.
        // R: qk(2,1,1001,1000,"chi2","yates") -> 0.332833666333666; qk(2,1,1001,1000,"lr","yates") -> 0.339302325444975
        Assert.Equal(Keyness.Chi2(a, b, tN, rN).Statistic, Keyness.Chi2(a, b, tN, rN, KeynessCorrection.Yates).Statistic);
        Assert.Equal(Keyness.G2(a, b, tN, rN).Statistic, Keyness.G2(a, b, tN, rN, KeynessCorrection.Yates).Statistic);
        Assert.Equal(0.332833666333666, Keyness.Chi2(2, 1, 1001, 1000, KeynessCorrection.Yates).Statistic, Tol);
        Assert.Equal(0.339302325444975, Keyness.G2(2, 1, 1001, 1000, KeynessCorrection.Yates).Statistic, Tol);
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
    public void ExactlyExpectedCountsGetQuantedasNegativeSignAndOffset()
    {
        // a = E: quanteda's sign is -1 (a > E is false), so chi-square is -0 and G2 is minus the offset's share:
        // R: qk(3,3,1000,1000,"chi2") -> -0; qk(3,3,1000,1000,"lr") -> -4.00000032896148e-06 (williams: -3.69230543206128e-06);
        //    qk(3,3,1000,1000,"pmi") -> 1.00000008224037e-09; pq(4.00000032896148e-06) -> 0.998404231876622
        foreach (var correction in Corrections)
        {
            var chi = Keyness.Chi2(3, 3, 1000, 1000, correction);
            Assert.Equal(0, chi.Statistic);
            Assert.True(double.IsNegative(chi.Statistic), "quanteda's -0");
            Assert.Equal(1, chi.PValue, 15);
        }

        Assert.Equal(-4.00000032896148e-06, Keyness.G2(3, 3, 1000, 1000).Statistic, Tol);
        Assert.Equal(-4.00000032896148e-06, Keyness.G2(3, 3, 1000, 1000, KeynessCorrection.None).Statistic, Tol);
        Assert.Equal(-3.69230543206128e-06, Keyness.G2(3, 3, 1000, 1000, KeynessCorrection.Williams).Statistic, Tol);
        Assert.Equal(0.998404231876622, Keyness.G2(3, 3, 1000, 1000).PValue, Tol);
        Assert.Equal(1.00000008224037e-09, Keyness.Pmi(3, 3, 1000, 1000), Tol);
    }

    [Fact]
    public void G2AndPmiCarryQuantedasOffsetInsideTheLogarithm()
    {
        // quanteda adds 1e-9 inside each log, which adds about 2e-9 * N to G2. Without the offset (textbook G2):
        // R: m <- matrix(c(30,10,4970,19990),2); 2*sum(m*log(m/chisq.test(m)$expected)) -> 56.1636619596024
        //    m <- matrix(c(1000,3000,49000,197000),2); 2*sum(m*log(m/chisq.test(m)$expected)) -> 60.0732710298416
        // With it: qk(30,10,5000,20000,"lr","none") -> 56.1637119596054; qk(1000,3000,50000,200000,"lr","none") -> 60.073771029871
        var small = Keyness.G2(30, 10, 5000, 20000, KeynessCorrection.None).Statistic;
        var large = Keyness.G2(1000, 3000, 50000, 200000, KeynessCorrection.None).Statistic;
        Assert.Equal(56.1637119596054, small, Tol);
        Assert.Equal(60.073771029871, large, Tol);
        Assert.Equal(2e-9 * 25000, small - 56.1636619596024, 1e-9);
        Assert.Equal(2e-9 * 250000, large - 60.0732710298416, 1e-8);

        // R: log(1e-9) -> -20.7232658369464, whatever the reference count
        Assert.Equal(-20.7232658369464, Keyness.Pmi(0, 1, 100, 100), Tol);
        Assert.Equal(-20.7232658369464, Keyness.Pmi(0, 90, 100, 100), Tol);
        Assert.Equal(Math.Log(Keyness.LogOffset), Keyness.Pmi(0, 7, 3000, 2500));
    }

    [Fact]
    public void WilliamsMultipliesChiSquareAndDividesG2AndIsOneWithAZeroCell()
    {
        // quanteda: chisq_lambda divides its denominator by q; lr_lambda divides the statistic by q; q = 1 when a*b*c*d == 0.
        // q(10,2,1000,1000) = 1 + (2000/12 + 2000/1988 - 1)*(2000/1000 + 2000/1000 - 1)/(6*2000) -> 1.04166817572099
        var q = 1 + (((2000.0 / 12) + (2000.0 / 1988) - 1) * ((2000.0 / 1000) + (2000.0 / 1000) - 1) / (6 * 2000));
        Assert.Equal(Keyness.Chi2(10, 2, 1000, 1000, KeynessCorrection.None).Statistic * q, Keyness.Chi2(10, 2, 1000, 1000, KeynessCorrection.Williams).Statistic, Tol);
        Assert.Equal(Keyness.G2(10, 2, 1000, 1000, KeynessCorrection.None).Statistic / q, Keyness.G2(10, 2, 1000, 1000, KeynessCorrection.Williams).Statistic, Tol);
        foreach (var (a, b) in new[] { (0L, 7L), (5L, 0L), (100L, 3L) })
        {
            var (tN, rN) = a == 100 ? (100L, 50L) : (3000L, 2500L);
            Assert.Equal(Keyness.Chi2(a, b, tN, rN, KeynessCorrection.None).Statistic, Keyness.Chi2(a, b, tN, rN, KeynessCorrection.Williams).Statistic);
            Assert.Equal(Keyness.G2(a, b, tN, rN, KeynessCorrection.None).Statistic, Keyness.G2(a, b, tN, rN, KeynessCorrection.Williams).Statistic);
        }
    }

    [Fact]
    public void LargeCountsStayAccurate()
    {
        // R: qk(150000, 90000, 3e7, 2.5e7, ...) -> chi default 6151.84441197955, chi williams 6151.85737097371,
        //    lr default 6239.66489123471, lr williams 6239.65174727248, pmi 0.136132175197307
        Assert.Equal(6151.84441197955, Keyness.Chi2(150000, 90000, 3e7, 2.5e7).Statistic, Tol);
        Assert.Equal(6151.84441197955, Keyness.Chi2(150000, 90000, 3e7, 2.5e7, KeynessCorrection.Yates).Statistic, Tol);
        Assert.Equal(6151.85737097371, Keyness.Chi2(150000, 90000, 3e7, 2.5e7, KeynessCorrection.Williams).Statistic, Tol);
        Assert.Equal(6239.66489123471, Keyness.G2(150000, 90000, 3e7, 2.5e7).Statistic, Tol);
        Assert.Equal(6239.66489123471, Keyness.G2(150000, 90000, 3e7, 2.5e7, KeynessCorrection.Yates).Statistic, Tol);
        Assert.Equal(6239.65174727248, Keyness.G2(150000, 90000, 3e7, 2.5e7, KeynessCorrection.Williams).Statistic, Tol);
        Assert.Equal(0.136132175197307, Keyness.Pmi(150000, 90000, 3e7, 2.5e7), Tol);
    }

    [Theory]
    // Cells within a fraction of a count of their expected values, where Σ O·log(O/E + 1e-9) cancels almost entirely:
    // Framing follows quanteda's arithmetic step by step, so it gives R's values to the last digits, rounding included
    // (the sum without cancellation, 2*sum(O*log1p((O-E)/E) - (O-E) + O*log1p(1e-9*E/O)), is 0.000551012912307546, signed
    // negative as the target's rate is the lower, and 0.00257992290964874: quanteda's G2 keeps about 7 digits here, more than the 6 Framing prints).
    // R: qk(1000,4001,50000,200000, m) -> lr -0.000551012865082079, chi2 -5.10104143278137e-05, pmi -0.000199979002466385
    //    qk(20,79,1000,4000, m) -> lr 0.00257992291001452, chi2 0.00257626252321213, pmi 0.0100503368435016
    [InlineData(1000, 4001, 50000, 200000, -0.000551012865082079, -5.10104143278137e-05, -0.000199979002466385)]
    [InlineData(20, 79, 1000, 4000, 0.00257992291001452, 0.00257626252321213, 0.0100503368435016)]
    public void SmallDeviationsFromExpectedFollowQuantedasArithmetic(long a, long b, long tN, long rN, double g2, double chi2, double pmi)
    {
        Assert.Equal(g2, Keyness.G2(a, b, tN, rN, KeynessCorrection.None).Statistic, Tol);
        Assert.Equal(g2, Keyness.G2(a, b, tN, rN).Statistic, Tol);
        Assert.Equal(chi2, Keyness.Chi2(a, b, tN, rN).Statistic, Tol);
        Assert.Equal(pmi, Keyness.Pmi(a, b, tN, rN), Tol);
    }

    [Fact]
    public void TermAbsentFromBothCorporaIsNaN()
    {
        // R: qk(0,0,100,100, m) -> NaN for every measure (0/0)
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
