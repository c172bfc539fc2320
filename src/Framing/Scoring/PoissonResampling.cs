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
    public static void Fill(ulong seed, ulong documentKey, Span<int> weights)
    {
        var basis = Mix(seed ^ Mix(documentKey));
        for (var b = 0; b < weights.Length; b++)
        {
            var u = Mix(basis + ((ulong)b * 0x9E3779B97F4A7C15UL)) >> 11; // 53 uniform bits
            var k = 0;
            while (k < Cumulative.Length && u >= Cumulative[k])
            {
                k++;
            }

            weights[b] = k;
        }
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
