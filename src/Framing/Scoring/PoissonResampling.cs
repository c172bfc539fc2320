namespace Framing.Scoring;

/// <summary>
/// Counter-based Poisson(1) resampling weights: the weight of a document in replicate b depends only on the seed,
/// the document's key and b, never on the order in which documents are seen.
/// </summary>
public static class PoissonResampling
{
    // floor(P(X <= k) * 2^53) for X ~ Poisson(1), k = 0..11 (computed with 60-digit decimals); beyond 11 the tail
    // is below 2^-53. Constants, so the weights are the same on every platform.
    private static readonly ulong[] Cumulative =
    [
        3313563428353947UL, 6627126856707895UL, 8283908570884869UL, 8836169142277194UL, 8974234285125275UL, 9001847313694891UL,
        9006449485123161UL, 9007106938184342UL, 9007189119816990UL, 9007198251109506UL, 9007199164238758UL, 9007199247250508UL,
    ];

    /// <summary>A stable 64-bit key for a document id (FNV-1a over its UTF-16 code units).</summary>
    /// <param name="documentId">The document's id.</param>
    /// <returns>The key.</returns>
    public static ulong KeyOf(string documentId)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        var hash = 14695981039346656037UL;
        foreach (var c in documentId)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>Writes the document's weights for replicates 0 … <c>weights.Length − 1</c>.</summary>
    /// <param name="seed">The bootstrap seed.</param>
    /// <param name="documentKey">The document's key (<see cref="KeyOf"/>).</param>
    /// <param name="weights">Receives one Poisson(1) draw per replicate.</param>
    /// <remarks>
    /// The draws come from a xoshiro256** stream seeded (through SplitMix64) by the seed and the document's key, in
    /// replicate order, so a document's weights depend only on them.
    /// </remarks>
    public static void Fill(ulong seed, ulong documentKey, Span<int> weights)
    {
        var x = Mix(seed ^ Mix(documentKey ^ 0x9E3779B97F4A7C15UL));
        var s0 = SplitMix(ref x);
        var s1 = SplitMix(ref x);
        var s2 = SplitMix(ref x);
        var s3 = SplitMix(ref x);
        var table = Cumulative;
        ulong t0 = table[0], t1 = table[1], t2 = table[2], t3 = table[3];
        for (var b = 0; b < weights.Length; b++)
        {
            var result = RotateLeft(s1 * 5, 7) * 9;
            var t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = RotateLeft(s3, 45);
            var u = result >> 11; // 53 uniform bits

            // Branch-free for the first four thresholds (98 % of draws); the rare tail walks the table.
            var k = (u >= t0 ? 1 : 0) + (u >= t1 ? 1 : 0) + (u >= t2 ? 1 : 0) + (u >= t3 ? 1 : 0);
            if (k == 4)
            {
                while (k < table.Length && u >= table[k])
                {
                    k++;
                }
            }

            weights[b] = k;
        }
    }

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        return Mix(x);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
