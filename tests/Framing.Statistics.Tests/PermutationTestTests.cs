using Framing.Statistics.Resampling;

namespace Framing.Statistics.Tests;

public sealed class PermutationTestTests
{
    private static double SumDifference(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        // Summed in order, so the same three values in another order can differ in the last bit:
        // (0.1 + 0.2) + 0.3 = 0.6000000000000001 but (0.3 + 0.2) + 0.1 = 0.6.
        var sa = 0.0;
        foreach (var x in a)
        {
            sa += x;
        }

        var sb = 0.0;
        foreach (var x in b)
        {
            sb += x;
        }

        return sa - sb;
    }

    [Fact]
    public void TiesWithTheObservedStatisticCountAsExtremeUpToRounding()
    {
        // Units 0.1, 0.2, 0.3, 0, 0, 0; group 1 holds the first three. Only the splits {0.1, 0.2, 0.3} and {0, 0, 0} (2 of
        // C(6, 3) = 20) are as extreme as the observed 0.6000000000000001, in any order of their units (0.6 counts too).
        var result = PermutationTest.TwoSided([0.1, 0.2, 0.3], [0.0, 0.0, 0.0], SumDifference, 4000, seed: 3);
        Assert.Equal(0.6000000000000001, result.Observed);
        Assert.Equal(4000, result.Permutations);
        Assert.InRange(result.PValue, 0.085, 0.115);
        Assert.Equal((1.0 + result.AtLeastAsExtreme) / 4001, result.PValue);
    }

    [Fact]
    public void AnUndefinedStatisticHasNoPValueAndUndefinedPermutationsDoNotCount()
    {
        var undefined = PermutationTest.TwoSided([1.0], [2.0], (_, _) => double.NaN, 50, seed: 1);
        Assert.True(double.IsNaN(undefined.PValue));

        // The statistic is undefined whenever group 1 holds the unit 5 (3 of the 6 splits): such permutations are not
        // extreme. Of the others, {1, 2} (-2, the observed), {1, 0} (-6) and {2, 0} (-4) all are: p about 3/6.
        var partly = PermutationTest.TwoSided([1.0, 2.0], [5.0, 0.0], (a, b) => a.Contains(5.0) ? double.NaN : a.Sum() - b.Sum(), 600, seed: 2);
        Assert.Equal(-2, partly.Observed);
        Assert.InRange(partly.PValue, 0.42, 0.58);
    }

    [Fact]
    public void ArgumentsAreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => PermutationTest.TwoSided(null!, [1.0], SumDifference, 10, 1));
        Assert.Throws<ArgumentNullException>(() => PermutationTest.TwoSided([1.0], null!, SumDifference, 10, 1));
        Assert.Throws<ArgumentNullException>(() => PermutationTest.TwoSided([1.0], [1.0], null!, 10, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => PermutationTest.TwoSided([1.0], [1.0], SumDifference, 0, 1));
    }
}
