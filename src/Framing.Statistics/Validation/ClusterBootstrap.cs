using Framing.Statistics.Resampling;

namespace Framing.Statistics.Validation;

/// <summary>
/// The outlet-cluster bootstrap: replicate b draws, with its own random stream (seed, b), kA outlets of side A and then
/// kB outlets of side B with replacement, and records how many times each outlet was drawn. Every figure of a run (AUCs,
/// entry log-odds ratios) uses the same draws, so the report depends only on the seed. The draws are not kept (R · k
/// numbers): <see cref="ForEach"/> draws each replicate once and hands it to every figure.
/// </summary>
internal sealed class ClusterBootstrap
{
    private readonly ulong _seed;

    /// <summary>Sets up the replicates.</summary>
    /// <param name="outletsA">Outlets of side A (indices 0 … kA − 1).</param>
    /// <param name="outletsB">Outlets of side B (indices kA … kA + kB − 1).</param>
    /// <param name="replicates">Replicates.</param>
    /// <param name="seed">Seed.</param>
    public ClusterBootstrap(int outletsA, int outletsB, int replicates, ulong seed)
    {
        OutletsA = outletsA;
        OutletsB = outletsB;
        Replicates = replicates;
        _seed = seed;
    }

    public int OutletsA { get; }

    public int OutletsB { get; }

    public int Replicates { get; }

    /// <summary>How many times replicate <paramref name="replicate"/> drew each outlet (side A's first), in a new array.</summary>
    public ReadOnlySpan<int> Multiplicities(int replicate)
    {
        var multiplicities = new int[OutletsA + OutletsB];
        Draw(replicate, multiplicities);
        return multiplicities;
    }

    /// <summary>Writes how many times replicate <paramref name="replicate"/> drew each outlet (side A's first).</summary>
    /// <param name="replicate">The replicate.</param>
    /// <param name="multiplicities">kA + kB counts, overwritten.</param>
    public void Draw(int replicate, Span<int> multiplicities)
    {
        multiplicities.Clear();
        var random = new DeterministicRandom(_seed, (ulong)replicate);
        for (var i = 0; i < OutletsA; i++)
        {
            multiplicities[random.NextInt(OutletsA)]++;
        }

        for (var i = 0; i < OutletsB; i++)
        {
            multiplicities[OutletsA + random.NextInt(OutletsB)]++;
        }
    }

    /// <summary>Draws every replicate once and calls <paramref name="action"/> with it, on up to
    /// <paramref name="parallelism"/> threads; each replicate's figures depend on its draws alone, so the results do
    /// not depend on the threads.</summary>
    /// <param name="parallelism">Most threads.</param>
    /// <param name="action">Computes one replicate's figures (and stores them by replicate number).</param>
    /// <param name="cancellationToken">Stops the replicates.</param>
    public void ForEach(int parallelism, ReplicateAction action, CancellationToken cancellationToken = default)
    {
        Parallel.For(
            0,
            Replicates,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            () => new int[OutletsA + OutletsB],
            (b, _, multiplicities) =>
            {
                Draw(b, multiplicities);
                action(b, multiplicities);
                return multiplicities;
            },
            _ => { });
    }

    /// <summary>A replicate's totals of <paramref name="perOutlet"/> on each side: each outlet's value times how often the
    /// replicate drew it (side A's outlets first, <paramref name="outletsA"/> of them).</summary>
    /// <param name="multiplicities">The replicate's draws.</param>
    /// <param name="perOutlet">A count per outlet (documents, tokens).</param>
    /// <param name="outletsA">Side A's outlets.</param>
    /// <returns>Side A's and side B's totals.</returns>
    public static (long A, long B) SideTotals(ReadOnlySpan<int> multiplicities, long[] perOutlet, int outletsA)
    {
        long a = 0, b = 0;
        for (var c = 0; c < multiplicities.Length; c++)
        {
            if (c < outletsA)
            {
                a += multiplicities[c] * perOutlet[c];
            }
            else
            {
                b += multiplicities[c] * perOutlet[c];
            }
        }

        return (a, b);
    }

    /// <summary>Why there can be no interval, or null: no replicates, or a side with fewer than two outlets (the
    /// bootstrap could not vary that side's outlets, and the interval would ignore how much outlets differ).</summary>
    public string? Obstacle() =>
        Replicates == 0 ? "no bootstrap"
        : OutletsA < 2 ? "fewer than 2 outlets on side A"
        : OutletsB < 2 ? "fewer than 2 outlets on side B"
        : null;
}
