using System.Runtime.InteropServices;

namespace Framing.Statistics.Validation;

/// <summary>
/// The documents of both sides on one axis, sorted once by share (ascending) and kept as runs: one run per outlet and
/// distinct share, with how many of the outlet's documents have it. The Mann–Whitney count 2U of side A over side B,
/// with each outlet's documents counted any whole number of times (a bootstrap replicate), is then one pass over the
/// runs: for each group of equal share, its side-A weight times (twice the side-B weight below it plus its own side-B
/// weight). Integer arithmetic, so exact and independent of document order; time O(runs) a pass, memory O(runs), runs ≤
/// documents — where <see cref="OutletPairCounts"/> is O(kA · kB).
/// </summary>
internal sealed class RankedShares : IWeightedTwiceU
{
    private readonly int _outletsA;
    private readonly int[] _outlet;
    private readonly long[] _count;
    private readonly int[] _groupEnd;

    /// <summary>Sorts the documents of every outlet.</summary>
    /// <param name="shares">Per outlet, its documents' shares (scores) sorted ascending: side A's outlets (indices 0 …
    /// <paramref name="outletsA"/> − 1), then side B's.</param>
    /// <param name="outletsA">How many outlets side A has.</param>
    public RankedShares(IReadOnlyList<List<double>> shares, int outletsA)
    {
        _outletsA = outletsA;
        var runs = 0;
        foreach (var outlet in shares)
        {
            runs += DistinctCount(CollectionsMarshal.AsSpan(outlet));
        }

        var sorted = new Run[runs];
        var r = 0;
        for (var o = 0; o < shares.Count; o++)
        {
            var outlet = CollectionsMarshal.AsSpan(shares[o]);
            for (var i = 0; i < outlet.Length;)
            {
                var j = i + 1;
                while (j < outlet.Length && outlet[j] == outlet[i])
                {
                    j++;
                }

                sorted[r++] = new Run(outlet[i], o, j - i);
                i = j;
            }
        }

        sorted.AsSpan().Sort(Run.Compare);
        _outlet = new int[runs];
        _count = new long[runs];
        var groups = 0;
        for (var i = 0; i < runs; i++)
        {
            _outlet[i] = sorted[i].Outlet;
            _count[i] = sorted[i].Count;
            groups += i == 0 || sorted[i].Share != sorted[i - 1].Share ? 1 : 0;
        }

        _groupEnd = new int[groups];
        var g = 0;
        for (var i = 1; i <= runs; i++)
        {
            if (i == runs || sorted[i].Share != sorted[i - 1].Share)
            {
                _groupEnd[g++] = i;
            }
        }
    }

    /// <summary>Sorts the documents of every outlet on axis <paramref name="x"/>.</summary>
    /// <param name="outlets">Side A's outlets, then side B's; each one's shares sorted ascending.</param>
    /// <param name="x">The axis.</param>
    /// <param name="outletsA">How many outlets side A has.</param>
    /// <returns>The sorted documents.</returns>
    public static RankedShares OnAxis(OutletSample[] outlets, int x, int outletsA)
    {
        var shares = new List<double>[outlets.Length];
        for (var o = 0; o < outlets.Length; o++)
        {
            shares[o] = outlets[o].Shares[x];
        }

        return new RankedShares(shares, outletsA);
    }

    /// <summary>Runs: pairs of an outlet and a share that at least one of its documents has.</summary>
    public int Runs => _outlet.Length;

    /// <inheritdoc/>
    public long TwiceU(ReadOnlySpan<int> weights)
    {
        long twice = 0, below = 0;
        var start = 0;
        foreach (var end in _groupEnd)
        {
            long a = 0, b = 0;
            for (var r = start; r < end; r++)
            {
                var o = _outlet[r];
                var w = weights[o] * _count[r];
                if (o < _outletsA)
                {
                    a += w;
                }
                else
                {
                    b += w;
                }
            }

            twice += a * ((2 * below) + b);
            below += b;
            start = end;
        }

        return twice;
    }

    /// <summary>
    /// Per outlet, each document counted once: for a side-A outlet, 2U of its documents over all of side B's (its row of
    /// <see cref="OutletPairCounts"/>); for a side-B outlet, 2U of all of side A's documents over its own (its column).
    /// Side A's sum and side B's sum are both the total 2U.
    /// </summary>
    /// <param name="outlets">How many outlets (both sides).</param>
    /// <returns>One count per outlet.</returns>
    public long[] OutletSums(int outlets)
    {
        long documentsA = 0;
        for (var r = 0; r < _outlet.Length; r++)
        {
            documentsA += _outlet[r] < _outletsA ? _count[r] : 0;
        }

        var sums = new long[outlets];
        long belowA = 0, belowB = 0;
        var start = 0;
        foreach (var end in _groupEnd)
        {
            long a = 0, b = 0;
            for (var r = start; r < end; r++)
            {
                if (_outlet[r] < _outletsA)
                {
                    a += _count[r];
                }
                else
                {
                    b += _count[r];
                }
            }

            var overB = (2 * belowB) + b; // what one side-A document of this share gets against all of side B
            var underA = (2 * (documentsA - belowA - a)) + a; // what all of side A gets against one side-B document
            for (var r = start; r < end; r++)
            {
                sums[_outlet[r]] += _count[r] * (_outlet[r] < _outletsA ? overB : underA);
            }

            belowA += a;
            belowB += b;
            start = end;
        }

        return sums;
    }

    private static int DistinctCount(ReadOnlySpan<double> sorted)
    {
        var count = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            count += i == 0 || sorted[i] != sorted[i - 1] ? 1 : 0;
        }

        return count;
    }

    /// <summary>An outlet's documents of one share; ordered by share, then outlet.</summary>
    private readonly struct Run(double share, int outlet, int count)
    {
        public double Share { get; } = share;

        public int Outlet { get; } = outlet;

        public int Count { get; } = count;

        public static int Compare(Run x, Run y)
        {
            var byShare = x.Share.CompareTo(y.Share);
            return byShare != 0 ? byShare : x.Outlet.CompareTo(y.Outlet);
        }
    }
}
