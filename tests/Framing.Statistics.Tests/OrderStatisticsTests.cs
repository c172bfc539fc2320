using Framing.Statistics.Resampling;

namespace Framing.Statistics.Tests;

/// <summary>
/// The selection that replaced sorting the replicates: every order statistic it reports must be the double a sort puts
/// at that index, whatever the data's shape and the order of the look-ups.
/// </summary>
public sealed class OrderStatisticsTests
{
    public static TheoryData<string> Shapes => ["random", "few-distinct", "sorted", "reversed", "organ-pipe", "constant", "two", "one", "median-of-three-killer"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void EveryIndexIsTheSortedValueInAnyLookUpOrder(string shape)
    {
        var random = new Random(20261205);
        foreach (var n in new[] { 1, 2, 3, 7, 31, 200, 2000 })
        {
            var values = Make(shape, n, random);
            var sorted = (double[])values.Clone();
            Array.Sort(sorted);

            // One index at a time on a fresh copy, then all of them in a random order on one copy.
            for (var i = 0; i < n; i += Math.Max(1, n / 37))
            {
                Assert.Equal(sorted[i], new OrderStatistics((double[])values.Clone()).At(i));
            }

            var ordered = new OrderStatistics((double[])values.Clone());
            foreach (var i in Enumerable.Range(0, n).OrderBy(_ => random.Next()))
            {
                Assert.Equal(sorted[i], ordered.At(i));
            }

            Assert.Equal(n, ordered.Count);
        }
    }

    [Fact]
    public void LookUpsLeaveTheCallersValuesAsTheyWere()
    {
        // The statistics are read from a copy (selection runs over a type of this assembly, which ReadyToRun
        // precompiles), so the replicates a caller passes keep their order.
        var random = new Random(7);
        var values = Make("few-distinct", 500, random);
        var copy = (double[])values.Clone();
        var ordered = new OrderStatistics(copy);
        _ = ordered.At(24);
        _ = ordered.At(475);
        _ = ordered.At(25);
        Assert.Equal(values, copy);
        Array.Sort(values);
        Assert.Equal(values[24], ordered.At(24));
    }

    [Fact]
    public void PercentileIntervalEqualsTheOneReadFromASortedCopy()
    {
        // The interval read by selection against norm.inter applied by hand to a sorted copy (R boot's perc.ci reads
        // sorted t[k] and t[k+1] with k = floor((R + 1) α)).
        var random = new Random(11);
        foreach (var r in new[] { 20, 21, 999, 2000 }) // 20: the fewest whose 90% limits are not the extreme replicates
        {
            var replicates = Enumerable.Range(0, r).Select(_ => Math.Round(random.NextDouble() * 40, 1) - 20).ToArray();
            var sorted = (double[])replicates.Clone();
            Array.Sort(sorted);
            var interval = BootstrapIntervals.Percentile(replicates, 0, 0.9);
            var alpha = (1 - 0.9) / 2; // as Percentile computes it: 0.04999…, not 0.05
            Assert.Equal(ByHand(sorted, alpha), interval.Lower);
            Assert.Equal(ByHand(sorted, 1 - alpha), interval.Upper);
        }
    }

    [Fact]
    public void PercentileDropsNonFiniteReplicatesWhateverTheListType()
    {
        var random = new Random(3);
        var finite = Enumerable.Range(0, 400).Select(_ => random.NextDouble()).ToArray();
        var expected = BootstrapIntervals.Percentile(finite, 0.5);
        var mixed = finite.SelectMany((t, i) => i % 50 == 0 ? new[] { double.NaN, t, double.PositiveInfinity, double.NegativeInfinity } : [t]).ToArray();
        var original = (double[])mixed.Clone();
        foreach (var list in new IReadOnlyList<double>[] { mixed, mixed.ToList(), Array.AsReadOnly(mixed) })
        {
            var interval = BootstrapIntervals.Percentile(list, 0.5);
            Assert.Equal(expected.Lower, interval.Lower);
            Assert.Equal(expected.Upper, interval.Upper);
            Assert.Equal(finite.Length, interval.Replicates);
        }

        Assert.Equal(original, mixed); // the caller's replicates are not reordered
    }

    [Fact]
    public void OutOfRangeIndicesAreRejected()
    {
        var ordered = new OrderStatistics([3, 1, 2]);
        Assert.Throws<ArgumentOutOfRangeException>(() => ordered.At(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => ordered.At(3));
        Assert.Equal(3, ordered.At(2));
    }

    private static double ByHand(double[] sorted, double alpha)
    {
        var r = sorted.Length;
        var rk = (r + 1) * alpha;
        var k = (int)Math.Truncate(rk);
        if (k == rk)
        {
            return sorted[k - 1];
        }

        if (k == 0)
        {
            return sorted[0];
        }

        if (k >= r)
        {
            return sorted[r - 1];
        }

        var z = Distributions.NormalQuantile(alpha);
        var zk = Distributions.NormalQuantile((double)k / (r + 1));
        var zk1 = Distributions.NormalQuantile((double)(k + 1) / (r + 1));
        return sorted[k - 1] + ((z - zk) / (zk1 - zk) * (sorted[k] - sorted[k - 1]));
    }

    private static double[] Make(string shape, int n, Random random)
    {
        var values = new double[n];
        for (var i = 0; i < n; i++)
        {
            values[i] = shape switch
            {
                "random" => (random.NextDouble() * 2) - 1,
                "few-distinct" => random.Next(4) - 1.5,
                "sorted" => i,
                "reversed" => n - i,
                "organ-pipe" => Math.Min(i, n - i),
                "constant" => 0.25,
                "two" => i % 2,
                "one" => i == n / 3 ? 1 : 0,
                _ => 0,
            };
        }

        if (shape == "median-of-three-killer")
        {
            // Musser's sequence, which drives median-of-three quicksort to its quadratic case.
            var k = n / 2;
            for (var i = 0; i < k; i++)
            {
                values[i] = (i % 2 == 0) ? i + 1 : k + i;
                values[k + i] = 2 * (i + 1);
            }

            if (n % 2 == 1)
            {
                values[n - 1] = n;
            }
        }

        return values;
    }
}
