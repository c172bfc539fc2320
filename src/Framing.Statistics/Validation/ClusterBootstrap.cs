using Framing.Statistics.Resampling;

namespace Framing.Statistics.Validation;

/// <summary>
/// The outlet-cluster bootstrap: replicate b draws, with its own random stream (seed, b), kA outlets of side A and then
/// kB outlets of side B with replacement, and records how many times each outlet was drawn. Every figure of a run (AUCs,
/// entry log-odds ratios) uses the same draws, so the report depends only on the seed.
/// </summary>
internal sealed class ClusterBootstrap
{
    private readonly int[][] _multiplicities;

    /// <summary>Draws the replicates.</summary>
    /// <param name="outletsA">Outlets of side A (indices 0 … kA − 1).</param>
    /// <param name="outletsB">Outlets of side B (indices kA … kA + kB − 1).</param>
    /// <param name="replicates">Replicates.</param>
    /// <param name="seed">Seed.</param>
    public ClusterBootstrap(int outletsA, int outletsB, int replicates, ulong seed)
    {
        OutletsA = outletsA;
        OutletsB = outletsB;
        _multiplicities = new int[replicates][];
        for (var b = 0; b < replicates; b++)
        {
            var random = new DeterministicRandom(seed, (ulong)b);
            var m = _multiplicities[b] = new int[outletsA + outletsB];
            for (var i = 0; i < outletsA; i++)
            {
                m[random.NextInt(outletsA)]++;
            }

            for (var i = 0; i < outletsB; i++)
            {
                m[outletsA + random.NextInt(outletsB)]++;
            }
        }
    }

    public int OutletsA { get; }

    public int OutletsB { get; }

    public int Replicates => _multiplicities.Length;

    /// <summary>How many times replicate <paramref name="replicate"/> drew each outlet (side A's first).</summary>
    public ReadOnlySpan<int> Multiplicities(int replicate) => _multiplicities[replicate];

    /// <summary>Why there can be no interval, or null: no replicates, or a side with fewer than two outlets (the
    /// bootstrap could not vary that side's outlets, and the interval would ignore how much outlets differ).</summary>
    public string? Obstacle() =>
        Replicates == 0 ? "no bootstrap"
        : OutletsA < 2 ? "fewer than 2 outlets on side A"
        : OutletsB < 2 ? "fewer than 2 outlets on side B"
        : null;
}
