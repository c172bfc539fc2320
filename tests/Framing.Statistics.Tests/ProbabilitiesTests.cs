using Framing.Statistics.Terms;

namespace Framing.Statistics.Tests;

public sealed class ProbabilitiesTests
{
    [Fact]
    public void TailsKeepTheirEdgeCases()
    {
        // R: 2*pnorm(-1.96) -> 0.0499957902964409; pchisq(3.84, 1, lower.tail=FALSE) -> 0.0500435212487052
        Assert.Equal(0.0499957902964409, Probabilities.NormalTwoSided(1.96), new ToleranceComparer(1e-12));
        Assert.Equal(0.0499957902964409, Probabilities.NormalTwoSided(-1.96), new ToleranceComparer(1e-12));
        Assert.True(double.IsNaN(Probabilities.NormalTwoSided(double.NaN)));
        Assert.Equal(0.0500435212487052, Probabilities.ChiSquare1UpperTail(3.84), new ToleranceComparer(1e-12));
        Assert.Equal(0.0500435212487052, Probabilities.ChiSquare1UpperTail(-3.84), new ToleranceComparer(1e-12));
        Assert.Equal(1, Probabilities.ChiSquare1UpperTail(0));
        Assert.Equal(0, Probabilities.ChiSquare1UpperTail(double.PositiveInfinity));
        Assert.Equal(0, Probabilities.ChiSquare1UpperTail(double.NegativeInfinity));
        Assert.True(double.IsNaN(Probabilities.ChiSquare1UpperTail(double.NaN)));
    }

    [Fact]
    public void DistributionsKeepTheirEdgeCases()
    {
        // R: pchisq(0, 2, lower.tail=FALSE) -> 1; pchisq(-1, 2, lower.tail=FALSE) -> 1; pchisq(5.99, 2, lower.tail=FALSE) -> 0.0500366270865863
        Assert.Equal(1, Distributions.ChiSquareUpperTail(0, 2));
        Assert.Equal(1, Distributions.ChiSquareUpperTail(-1, 2));
        Assert.Equal(0.0500366270865863, Distributions.ChiSquareUpperTail(5.99, 2), new ToleranceComparer(1e-12));
        Assert.Throws<ArgumentOutOfRangeException>(() => Distributions.ChiSquareUpperTail(1, 0));
        Assert.True(double.IsNaN(Distributions.ChiSquareUpperTail(double.NaN, 2)));
        Assert.Equal(0.0499957902964409, Distributions.NormalTwoSided(-1.96), new ToleranceComparer(1e-12));
        Assert.True(double.IsNaN(Distributions.NormalTwoSided(double.NaN)));
    }
}
