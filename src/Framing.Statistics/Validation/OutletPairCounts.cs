using System.Runtime.InteropServices;

namespace Framing.Statistics.Validation;

/// <summary>
/// The Mann–Whitney count 2U of every pair of a side-A and a side-B outlet on one axis, so that a replicate's 2U is
/// Σ_c Σ_d w_c w_d 2U(c, d). Memory O(kA · kB) and time O(kA · kB) a replicate, O(kB · nA + kA · nB) to build: cheaper
/// than <see cref="RankedShares"/> only with few outlets and many documents (see <see cref="IsCheaper"/>); the two give
/// the same integers.
/// </summary>
internal sealed class OutletPairCounts : IWeightedTwiceU
{
    private readonly int _outletsA;
    private readonly int _outletsB;
    private readonly long[] _pairs;

    /// <summary>Counts every pair of outlets on axis <paramref name="x"/>.</summary>
    /// <param name="outlets">Side A's outlets, then side B's; each one's shares sorted ascending.</param>
    /// <param name="x">The axis.</param>
    /// <param name="outletsA">How many outlets side A has.</param>
    public OutletPairCounts(OutletSample[] outlets, int x, int outletsA)
    {
        _outletsA = outletsA;
        _outletsB = outlets.Length - outletsA;
        _pairs = new long[outletsA * _outletsB];
        for (var c = 0; c < outletsA; c++)
        {
            var higher = CollectionsMarshal.AsSpan(outlets[c].Shares[x]);
            for (var d = 0; d < _outletsB; d++)
            {
                _pairs[(c * _outletsB) + d] = AreaUnderCurve.TwiceU(higher, CollectionsMarshal.AsSpan(outlets[outletsA + d].Shares[x]));
            }
        }
    }

    /// <summary>
    /// Whether counting pairs of outlets costs less than <paramref name="replicates"/> passes over the sorted documents:
    /// building (kB · nA + kA · nB) plus kA · kB a replicate against <paramref name="runs"/> a replicate. Either way
    /// the counts are the same; memory stays O(documents), as kA · kB ≤ runs whenever this is true.
    /// </summary>
    /// <param name="outletsA">kA.</param>
    /// <param name="outletsB">kB.</param>
    /// <param name="documentsA">nA.</param>
    /// <param name="documentsB">nB.</param>
    /// <param name="runs">The runs of <see cref="RankedShares"/>.</param>
    /// <param name="replicates">Replicates.</param>
    /// <returns>True when the pairs are cheaper.</returns>
    public static bool IsCheaper(int outletsA, int outletsB, long documentsA, long documentsB, int runs, int replicates)
    {
        var pairs = (double)outletsA * outletsB;
        var build = ((double)outletsB * documentsA) + ((double)outletsA * documentsB);
        return pairs <= runs && build + (replicates * pairs) < (double)replicates * runs;
    }

    /// <inheritdoc/>
    public long TwiceU(ReadOnlySpan<int> weights)
    {
        long twice = 0;
        for (var c = 0; c < _outletsA; c++)
        {
            if (weights[c] == 0)
            {
                continue;
            }

            var pairs = _pairs.AsSpan(c * _outletsB, _outletsB);
            long row = 0;
            for (var d = 0; d < pairs.Length; d++)
            {
                row += weights[_outletsA + d] * pairs[d];
            }

            twice += weights[c] * row;
        }

        return twice;
    }
}
