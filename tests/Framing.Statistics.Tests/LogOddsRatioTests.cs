using Framing.Statistics.Terms;

namespace Framing.Statistics.Tests;

public sealed class LogOddsRatioTests
{
    // Base-R implementation of Monroe, Colaresi & Quinn (2008) used for every value below:
    // fw <- function(yi, yj, ni, nj, aw, a0) {
    //   d  <- log((yi+aw)/(ni+a0-yi-aw)) - log((yj+aw)/(nj+a0-yj-aw))
    //   v2 <- 1/(yi+aw) + 1/(yj+aw); v4 <- v2 + 1/(ni+a0-yi-aw) + 1/(nj+a0-yj-aw)
    //   c(delta=d, var2=v2, z2=d/sqrt(v2), var4=v4, z4=d/sqrt(v4), p2=2*pnorm(-abs(d/sqrt(v2))), p4=2*pnorm(-abs(d/sqrt(v4)))) }
    // printed with sprintf("%.17g", ...).

    /// <summary>The STATISTICS.md table (y_i = 34, y_j = 17, n_i = n_j = 1000, V = 500, α₀ = V·α_w), to its 4 decimals.</summary>
    [Theory]
    [InlineData(0.01, 0.7102, 0.0882, 2.3915, 2.3643)]
    [InlineData(1, 0.6765, 0.0841, 2.3324, 2.3138)]
    [InlineData(10, 0.4912, 0.0598, 2.0093, 2.0037)]
    [InlineData(100, 0.1360, 0.0160, 1.0748, 1.0735)]
    public void MatchesTheReferenceTableToFourDecimals(double alphaW, double delta, double variance2, double z2, double z4)
    {
        var two = LogOddsRatio.Uninformative(34, 17, 1000, 1000, alphaW, 500, LogOddsVariance.TwoTerm);
        var four = LogOddsRatio.Uninformative(34, 17, 1000, 1000, alphaW, 500, LogOddsVariance.FourTerm);
        Assert.InRange(two.Delta - delta, -5e-5, 5e-5);
        Assert.InRange(two.Variance - variance2, -5e-5, 5e-5);
        Assert.InRange(two.Z - z2, -5e-5, 5e-5);
        Assert.InRange(four.Z - z4, -5e-5, 5e-5);
        Assert.Equal(two.Delta, four.Delta);
    }

    /// <summary>The same rows recomputed in R with fw(34, 17, 1000, 1000, aw, 500*aw), to 1e-10.</summary>
    [Theory]
    // R: fw(34,17,1000,1000,0.01,5)
    [InlineData(0.01, 0.71020959927337035, 0.08819206440820998, 2.3915077005224097, 0.09023409712544786, 2.3642924718488878, 0.016779331970397104, 0.018064545097608447)]
    // R: fw(34,17,1000,1000,1,500)
    [InlineData(1, 0.67651358799811367, 0.08412698412698412, 2.3324313166697372, 0.085484341816297979, 2.313839538038982, 0.019678012229354638, 0.020676525673833709)]
    // R: fw(34,17,1000,1000,10,5000)
    [InlineData(10, 0.49120296684233811, 0.059764309764309763, 2.0092779913600722, 0.060099627739298403, 2.0036648997801216, 0.044507660607392578, 0.045105968635967032)]
    // R: fw(34,17,1000,1000,100,50000)
    [InlineData(100, 0.13600002077450135, 0.016009695114172728, 1.0748489685271672, 0.016049007540945081, 1.0735317272862739, 0.28244235250735827, 0.28303261129640811)]
    public void MatchesRToTenDigits(double alphaW, double delta, double var2, double z2, double var4, double z4, double p2, double p4)
    {
        var two = LogOddsRatio.Compute(34, 17, 1000, 1000, alphaW, 500 * alphaW, LogOddsVariance.TwoTerm);
        var four = LogOddsRatio.Compute(34, 17, 1000, 1000, alphaW, 500 * alphaW, LogOddsVariance.FourTerm);
        var tol = new ToleranceComparer(1e-10);
        Assert.Equal(delta, two.Delta, tol);
        Assert.Equal(var2, two.Variance, tol);
        Assert.Equal(z2, two.Z, tol);
        Assert.Equal(p2, two.PValue, tol);
        Assert.Equal(var4, four.Variance, tol);
        Assert.Equal(z4, four.Z, tol);
        Assert.Equal(p4, four.PValue, tol);
        Assert.Equal(Math.Sqrt(var2), two.StandardError, tol);
    }

    [Fact]
    public void InformativePriorUsesAlpha0TimesTheBackgroundShare()
    {
        // Pooled share π_w = 51/2000, α₀ = 500.
        // R: fw(34,17,1000,1000,500*51/2000,500) -> delta 0.46361515050166258, var2 0.055003819709702056,
        //    z2 1.9767930017843405, z4 1.9526551689884559, p2 0.048065033071820404
        var result = LogOddsRatio.Informative(34, 17, 1000, 1000, 500, 51.0 / 2000);
        var tol = new ToleranceComparer(1e-10);
        Assert.Equal(0.46361515050166258, result.Delta, tol);
        Assert.Equal(0.055003819709702056, result.Variance, tol);
        Assert.Equal(1.9767930017843405, result.Z, tol);
        Assert.Equal(0.048065033071820404, result.PValue, tol);
        var four = LogOddsRatio.Informative(34, 17, 1000, 1000, 500, 51.0 / 2000, LogOddsVariance.FourTerm);
        Assert.Equal(1.9526551689884559, four.Z, tol);
    }

    [Fact]
    public void SmallPValuesKeepTheirRelativePrecision()
    {
        // R: fw(400,50,10000,12000,0.01,20) -> z2 15.320223000837306, p2 5.6024966169223669e-53,
        //    z4 15.256776101217222, p4 1.4840136373983856e-52
        var two = LogOddsRatio.Uninformative(400, 50, 10000, 12000, 0.01, 2000);
        var four = LogOddsRatio.Uninformative(400, 50, 10000, 12000, 0.01, 2000, LogOddsVariance.FourTerm);
        var tol = new ToleranceComparer(1e-9);
        Assert.Equal(15.320223000837306, two.Z, tol);
        Assert.Equal(5.6024966169223669e-53, two.PValue, tol);
        Assert.Equal(15.256776101217222, four.Z, tol);
        Assert.Equal(1.4840136373983856e-52, four.PValue, tol);
    }

    [Fact]
    public void ZeroCountIsSmoothedByThePrior()
    {
        // R: fw(0,12,800,900,0.1,30) -> delta -4.6950073049760981, var2 10.082644628099173,
        //    z2 -1.4785943493314164, p2 0.13924876386209326
        var result = LogOddsRatio.Uninformative(0, 12, 800, 900, 0.1, 300);
        var tol = new ToleranceComparer(1e-10);
        Assert.Equal(-4.6950073049760981, result.Delta, tol);
        Assert.Equal(10.082644628099173, result.Variance, tol);
        Assert.Equal(-1.4785943493314164, result.Z, tol);
        Assert.Equal(0.13924876386209326, result.PValue, tol);
    }

    [Fact]
    public void SwappingTheGroupsNegatesDeltaAndZ()
    {
        var forward = LogOddsRatio.Uninformative(34, 17, 1000, 1200, 0.5, 400);
        var backward = LogOddsRatio.Uninformative(17, 34, 1200, 1000, 0.5, 400);
        Assert.Equal(-forward.Delta, backward.Delta, 12);
        Assert.Equal(-forward.Z, backward.Z, 12);
        Assert.Equal(forward.PValue, backward.PValue, 12);
    }

    [Fact]
    public void WithoutAPriorAZeroCountGivesAnInfiniteDelta()
    {
        var result = LogOddsRatio.Compute(0, 5, 100, 100, 0, 0);
        Assert.Equal(double.NegativeInfinity, result.Delta);
        Assert.Equal(double.PositiveInfinity, result.Variance);
        Assert.True(double.IsNaN(result.Z));
        Assert.True(double.IsNaN(result.PValue));
    }

    [Theory]
    [InlineData(-1, 5, 100, 100, 0.1, 10)]
    [InlineData(101, 5, 100, 100, 0.1, 10)]
    [InlineData(1, 5, 100, 100, -0.1, 10)]
    [InlineData(1, 5, 100, 100, 0.5, 0.1)]
    [InlineData(double.NaN, 5, 100, 100, 0.1, 10)]
    [InlineData(1, 5, double.PositiveInfinity, 100, 0.1, 10)]
    public void RejectsInvalidArguments(double yi, double yj, double ni, double nj, double aw, double a0) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LogOddsRatio.Compute(yi, yj, ni, nj, aw, a0));

    [Fact]
    public void RejectsInvalidPriors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LogOddsRatio.Uninformative(1, 2, 10, 10, 0, 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => LogOddsRatio.Uninformative(1, 2, 10, 10, 0.1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LogOddsRatio.Informative(1, 2, 10, 10, 100, 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => LogOddsRatio.Informative(1, 2, 10, 10, 0, 0.5));
    }
}
