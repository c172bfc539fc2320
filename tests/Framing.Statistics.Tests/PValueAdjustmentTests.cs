using Framing.Statistics.MultipleTesting;

namespace Framing.Statistics.Tests;

public sealed class PValueAdjustmentTests
{
    private static readonly double[] P = [0.01, 0.04, 0.03, 0.005, 0.2];

    [Fact]
    public void BenjaminiHochbergMatchesR()
    {
        // R: p.adjust(c(0.01,0.04,0.03,0.005,0.2), "BH") -> 0.025 0.050 0.050 0.025 0.200
        Assert.Equal([0.025, 0.05, 0.05, 0.025, 0.2], PValues.Adjust(P, PValueAdjustment.BenjaminiHochberg), new ToleranceComparer(1e-12));
    }

    [Fact]
    public void HolmMatchesR()
    {
        // R: p.adjust(c(0.01,0.04,0.03,0.005,0.2), "holm") -> 0.040 0.090 0.090 0.025 0.200
        Assert.Equal([0.04, 0.09, 0.09, 0.025, 0.2], PValues.Adjust(P, PValueAdjustment.Holm), new ToleranceComparer(1e-12));
    }

    [Fact]
    public void BonferroniMatchesR()
    {
        // R: p.adjust(c(0.01,0.04,0.03,0.005,0.2), "bonferroni") -> 0.050 0.200 0.150 0.025 1.000
        Assert.Equal([0.05, 0.2, 0.15, 0.025, 1.0], PValues.Adjust(P, PValueAdjustment.Bonferroni), new ToleranceComparer(1e-12));
    }

    [Fact]
    public void BenjaminiYekutieliMatchesR()
    {
        // R: p.adjust(c(0.01,0.04,0.03,0.005,0.2), "BY") -> 0.05708333 0.11416667 0.11416667 0.05708333 0.45666667
        // (q = sum(1/(1:5)) = 2.283333)
        Assert.Equal([0.0570833333333, 0.1141666666667, 0.1141666666667, 0.0570833333333, 0.4566666666667], PValues.Adjust(P, PValueAdjustment.BenjaminiYekutieli), new ToleranceComparer(1e-10));
    }

    [Fact]
    public void HochbergMatchesR()
    {
        // R: p.adjust(c(0.01,0.04,0.03,0.005,0.2), "hochberg") -> 0.040 0.080 0.080 0.025 0.200
        Assert.Equal([0.04, 0.08, 0.08, 0.025, 0.2], PValues.Adjust(P, PValueAdjustment.Hochberg), new ToleranceComparer(1e-12));

        // R: p.adjust(c(0.02,0.021,0.022,0.3,0.01,0.5,0.5), "hochberg") -> 0.088 0.088 0.088 0.500 0.070 0.500 0.500
        Assert.Equal([0.088, 0.088, 0.088, 0.5, 0.07, 0.5, 0.5], PValues.Adjust([0.02, 0.021, 0.022, 0.3, 0.01, 0.5, 0.5], PValueAdjustment.Hochberg), new ToleranceComparer(1e-12));
    }

    [Fact]
    public void NaNIsKeptAndNotCounted()
    {
        // R: p.adjust(c(0.01, NA, 0.04), "bonferroni") -> 0.02 NA 0.08
        var adjusted = PValues.Adjust([0.01, double.NaN, 0.04], PValueAdjustment.Bonferroni);
        Assert.Equal(0.02, adjusted[0], 12);
        Assert.True(double.IsNaN(adjusted[1]));
        Assert.Equal(0.08, adjusted[2], 12);
    }

    [Theory]
    [InlineData("holm", PValueAdjustment.Holm)]
    [InlineData("hochberg", PValueAdjustment.Hochberg)]
    [InlineData("BH", PValueAdjustment.BenjaminiHochberg)]
    [InlineData("fdr", PValueAdjustment.BenjaminiHochberg)]
    [InlineData("by", PValueAdjustment.BenjaminiYekutieli)]
    [InlineData("bonferroni", PValueAdjustment.Bonferroni)]
    [InlineData("none", PValueAdjustment.None)]
    public void ParsesRNames(string name, PValueAdjustment expected)
    {
        Assert.True(PValues.TryParseMethod(name, out var method));
        Assert.Equal(expected, method);
    }

    [Fact]
    public void RejectsUnknownNames() => Assert.False(PValues.TryParseMethod("hommel-ish", out _));
}
