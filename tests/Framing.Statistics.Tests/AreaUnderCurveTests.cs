using Framing.Statistics.Validation;

namespace Framing.Statistics.Tests;

public sealed class AreaUnderCurveTests
{
    [Fact]
    public void TiesCountHalf()
    {
        // By hand: 1 beats all four; 0.5 beats 0 and 0.25 and ties 0.5 twice (3); 2/3 beats all four; 0.5 again 3: 14 / 16.
        // R: a <- c(1, 0.5, 2/3, 0.5); b <- c(0, 0.25, 0.5, 0.5); wilcox.test(a, b)$statistic / 16  -> 0.875
        Assert.Equal(0.875, AreaUnderCurve.MannWhitney([1, 0.5, 2.0 / 3, 0.5], [0, 0.25, 0.5, 0.5]));
    }

    [Fact]
    public void MatchesR()
    {
        // R: a <- c(0.91, 0.33, 0.5, 0.5, 0.75, 0.2, 0.64); b <- c(0.1, 0.5, 0.33, 0.05, 0.5, 0.8)
        //    wilcox.test(a, b)$statistic / 42  -> 0.678571428571429
        Assert.Equal(0.678571428571429, AreaUnderCurve.MannWhitney([0.91, 0.33, 0.5, 0.5, 0.75, 0.2, 0.64], [0.1, 0.5, 0.33, 0.05, 0.5, 0.8]), 12);
    }

    [Fact]
    public void SeparationIsOneReversalZeroAndAllTiedHalf()
    {
        Assert.Equal(1, AreaUnderCurve.MannWhitney([0.6, 0.9], [0.1, 0.59]));
        Assert.Equal(0, AreaUnderCurve.MannWhitney([0.1, 0.59], [0.6, 0.9]));
        Assert.Equal(0.5, AreaUnderCurve.MannWhitney([0.5, 0.5, 0.5], [0.5, 0.5]));
    }

    [Fact]
    public void AgreesWithCountingEveryPair()
    {
        var random = new Random(7);
        for (var trial = 0; trial < 50; trial++)
        {
            // Few distinct values, so that ties are frequent.
            var a = Enumerable.Range(0, random.Next(1, 30)).Select(_ => random.Next(0, 6) / 5.0).ToArray();
            var b = Enumerable.Range(0, random.Next(1, 30)).Select(_ => random.Next(0, 6) / 5.0).ToArray();
            var pairs = a.Sum(x => b.Sum(y => x > y ? 1.0 : x == y ? 0.5 : 0));
            Assert.Equal(pairs / (a.Length * b.Length), AreaUnderCurve.MannWhitney(a, b), 12);
        }
    }

    [Fact]
    public void RefusesEmptySetsAndNaN()
    {
        Assert.Throws<ArgumentException>(() => AreaUnderCurve.MannWhitney([], [1]));
        Assert.Throws<ArgumentException>(() => AreaUnderCurve.MannWhitney([double.NaN], [1]));
    }
}
