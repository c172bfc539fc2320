using Framing.Statistics.Terms;

namespace Framing.Statistics.Tests;

public sealed class LogRatioTests
{
    // R: lr <- function(a, b, tN, rN) log2((max(a, 0.5)/tN)/(max(b, 0.5)/rN)); sprintf("%.15g", lr(...))
    [Theory]
    [InlineData(10, 2, 1000, 1000, 2.32192809488736)]         // R: lr(10,2,1000,1000)
    [InlineData(30, 10, 5000, 20000, 3.58496250072116)]       // R: lr(30,10,5000,20000)
    [InlineData(5, 0, 800, 1200, 3.90689059560852)]           // R: lr(5,0,800,1200)   (b = 0 -> 0.5)
    [InlineData(0, 7, 3000, 2500, -4.0703893278914)]          // R: lr(0,7,3000,2500)  (a = 0 -> 0.5)
    [InlineData(1000, 3000, 50000, 200000, 0.415037499278844)] // R: lr(1000,3000,50000,200000)
    public void MatchesR(double a, double b, double tN, double rN, double expected) =>
        Assert.Equal(expected, LogRatio.Compute(a, b, tN, rN), new ToleranceComparer(1e-12));

    [Fact]
    public void EachUnitIsADoubling()
    {
        Assert.Equal(1, LogRatio.Compute(20, 10, 1000, 1000), 14);
        Assert.Equal(-1, LogRatio.Compute(10, 40, 1000, 2000), 14);
        Assert.Equal(0, LogRatio.Compute(10, 20, 1000, 2000), 14);
    }

    [Fact]
    public void AbsentFromBothIsNaN() => Assert.True(double.IsNaN(LogRatio.Compute(0, 0, 1000, 1000)));

    [Theory]
    [InlineData(-1, 1, 10, 10)]
    [InlineData(11, 1, 10, 10)]
    [InlineData(1, 1, 0, 10)]
    [InlineData(1, double.NaN, 10, 10)]
    public void RejectsInvalidArguments(double a, double b, double tN, double rN) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LogRatio.Compute(a, b, tN, rN));

    [Fact]
    public void AZeroCountOnEitherSideBecomesOneHalf()
    {
        // R: lr(5,0,800,1200) -> 3.90689059560852 = log2((5/800)/(0.5/1200)); lr(0,3,800,1200) -> log2((0.5/800)/(3/1200)) = -2
        Assert.Equal(3.90689059560852, LogRatio.Compute(5, 0, 800, 1200), 12);
        Assert.Equal(-2, LogRatio.Compute(0, 3, 800, 1200), 12);
        Assert.Equal(0.5, LogRatio.ZeroCountSubstitute);
    }

    [Fact]
    public void ACountMayEqualItsTotalButNotExceedIt()
    {
        Assert.Equal(0, LogRatio.Compute(10, 10, 10, 10), 14);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => LogRatio.Compute(11, 1, 10, 10));
        Assert.StartsWith("The count 11 exceeds its corpus total 10.", e.Message, StringComparison.Ordinal);
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => LogRatio.Compute(0, 1, 0, 10));
        Assert.StartsWith("Counts must be non-negative and totals positive, both finite.", zero.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => LogRatio.Compute(0, 1, 10, double.PositiveInfinity));
        Assert.Throws<ArgumentOutOfRangeException>(() => LogRatio.Compute(double.PositiveInfinity, 1, double.PositiveInfinity, 10));
    }
}
