using Framing.Statistics.Resampling;

namespace Framing.Statistics.Tests;

public sealed class BootstrapTests
{
    [Fact]
    public void LeaveOneOutDropsExactlyOneUnitEachTime()
    {
        // The jackknife samples of [1, 2, 4, 8]: each without one unit, in order, never with a unit of another sample.
        var samples = new List<string>();
        var sums = Bootstrap.LeaveOneOut([1.0, 2, 4, 8], s =>
        {
            samples.Add(string.Join(",", s));
            return s.Sum();
        });
        Assert.Equal(["2,4,8", "1,4,8", "1,2,8", "1,2,4"], samples);
        Assert.Equal([14.0, 13, 11, 7], sums);
        Assert.Empty(Bootstrap.LeaveOneOut(Array.Empty<double>(), s => s.Sum()));
    }

    [Fact]
    public void ReplicateBDrawsNUnitsFromStreamB()
    {
        // Replicate b draws unit NextInt(n) n times from DeterministicRandom(seed, b).
        double[] units = [1, 10, 100, 1000, 10000];
        var replicates = Bootstrap.Replicate(units, s => s.Sum(), 6, seed: 99, maxDegreeOfParallelism: 2);
        for (var b = 0; b < 6; b++)
        {
            var random = new DeterministicRandom(99, (ulong)b);
            var expected = Enumerable.Range(0, units.Length).Sum(_ => units[random.NextInt(units.Length)]);
            Assert.Equal(expected, replicates[b]);
        }

        Assert.Equal(6, replicates.Distinct().Count());
    }

    [Fact]
    public void ArgumentsAreChecked()
    {
        Assert.Throws<ArgumentNullException>(() => Bootstrap.Replicate<double>(null!, s => 0, 10, 1));
        Assert.Throws<ArgumentNullException>(() => Bootstrap.Replicate([1.0], null!, 10, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Bootstrap.Replicate([1.0], s => 0, 0, 1));
        Assert.Throws<ArgumentNullException>(() => Bootstrap.LeaveOneOut<double>(null!, s => 0));
        Assert.Throws<ArgumentNullException>(() => Bootstrap.LeaveOneOut([1.0], null!));
    }
}
