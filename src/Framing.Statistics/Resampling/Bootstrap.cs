namespace Framing.Statistics.Resampling;

/// <summary>
/// The ordinary (multinomial) bootstrap by resampling units, such as documents: replicate b draws n units with
/// replacement using its own random stream (seed, b), so the replicates are the same for any degree of parallelism.
/// </summary>
internal static class Bootstrap
{
    /// <summary>Computes <paramref name="replicates"/> bootstrap replicates of <paramref name="statistic"/>.</summary>
    /// <typeparam name="T">Unit type.</typeparam>
    /// <param name="units">The units (documents).</param>
    /// <param name="statistic">The statistic of a sample of units; must be thread-safe and not keep the span.</param>
    /// <param name="replicates">Number of replicates.</param>
    /// <param name="seed">Seed.</param>
    /// <param name="maxDegreeOfParallelism">Threads to use (results do not depend on it).</param>
    /// <returns>The replicates, in replicate order.</returns>
    public static double[] Replicate<T>(IReadOnlyList<T> units, Func<IReadOnlyList<T>, double> statistic, int replicates, ulong seed, int maxDegreeOfParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(statistic);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(replicates);
        var results = new double[replicates];
        var n = units.Count;
        Parallel.For(
            0,
            replicates,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxDegreeOfParallelism) },
            () => new T[n],
            (b, _, sample) =>
            {
                var random = new DeterministicRandom(seed, (ulong)b);
                for (var i = 0; i < n; i++)
                {
                    sample[i] = units[random.NextInt(n)];
                }

                results[b] = statistic(sample);
                return sample;
            },
            _ => { });
        return results;
    }

    /// <summary>The statistic with each unit left out in turn (for BCa's acceleration).</summary>
    /// <typeparam name="T">Unit type.</typeparam>
    /// <param name="units">The units.</param>
    /// <param name="statistic">The statistic.</param>
    /// <returns>θ₍ᵢ₎ for each unit i.</returns>
    public static double[] LeaveOneOut<T>(IReadOnlyList<T> units, Func<IReadOnlyList<T>, double> statistic)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(statistic);
        var n = units.Count;
        var results = new double[n];
        var sample = new List<T>(n);
        for (var i = 0; i < n; i++)
        {
            sample.Clear();
            for (var j = 0; j < n; j++)
            {
                if (j != i)
                {
                    sample.Add(units[j]);
                }
            }

            results[i] = statistic(sample);
        }

        return results;
    }
}
