namespace Framing.Statistics.Resampling;

/// <summary>
/// Two-group permutation test: shuffles the group labels of the units (documents) and recomputes the statistic.
/// Permutation b uses its own random stream (seed, b), so the result does not depend on the degree of parallelism.
/// </summary>
internal static class PermutationTest
{
    /// <summary>Runs the test.</summary>
    /// <typeparam name="T">Unit type.</typeparam>
    /// <param name="group1">Units of group 1.</param>
    /// <param name="group2">Units of group 2.</param>
    /// <param name="statistic">The statistic comparing two samples (for example a difference of scores); thread-safe.</param>
    /// <param name="permutations">Number of random permutations B.</param>
    /// <param name="seed">Seed.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use (results do not depend on it).</param>
    /// <returns>The observed statistic and two-sided p-value.</returns>
    public static PermutationResult TwoSided<T>(IReadOnlyList<T> group1, IReadOnlyList<T> group2, Func<IReadOnlyList<T>, IReadOnlyList<T>, double> statistic, int permutations, ulong seed, int maxDegreeOfParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(group1);
        ArgumentNullException.ThrowIfNull(group2);
        ArgumentNullException.ThrowIfNull(statistic);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(permutations);
        var observed = statistic(group1, group2);
        var pooled = new T[group1.Count + group2.Count];
        for (var i = 0; i < group1.Count; i++)
        {
            pooled[i] = group1[i];
        }

        for (var i = 0; i < group2.Count; i++)
        {
            pooled[group1.Count + i] = group2[i];
        }

        var n1 = group1.Count;
        var threshold = Math.Abs(observed) * (1 - 1e-12); // ties up to rounding count as at least as extreme
        var extreme = new int[permutations];
        Parallel.For(
            0,
            permutations,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxDegreeOfParallelism) },
            () => new T[pooled.Length],
            (b, _, shuffled) =>
            {
                pooled.CopyTo(shuffled, 0);
                new DeterministicRandom(seed, (ulong)b).Shuffle(shuffled.AsSpan());
                var t = statistic(new ArraySegment<T>(shuffled, 0, n1), new ArraySegment<T>(shuffled, n1, shuffled.Length - n1));
                extreme[b] = double.IsNaN(t) || double.IsNaN(observed) ? 0 : (Math.Abs(t) >= threshold ? 1 : 0);
                return shuffled;
            },
            _ => { });
        var count = 0;
        foreach (var e in extreme)
        {
            count += e;
        }

        var p = double.IsNaN(observed) ? double.NaN : (1.0 + count) / (permutations + 1.0);
        return new PermutationResult(observed, p, permutations, count);
    }
}
