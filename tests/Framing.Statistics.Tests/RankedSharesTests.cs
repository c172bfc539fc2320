using Framing.Corpus;
using Framing.Statistics.Validation;

namespace Framing.Statistics.Tests;

/// <summary>
/// The two ways validate counts 2U for a replicate, over sorted documents (<see cref="RankedShares"/>) and over pairs
/// of outlets (<see cref="OutletPairCounts"/>), give the same integers as counting every pair of documents, whichever
/// weights, ties and empty outlets.
/// </summary>
public sealed class RankedSharesTests
{
    [Fact]
    public void BothCountsEqualEveryPairOfDocumentsOnRandomInputs()
    {
        var random = new Random(20260107);
        for (var trial = 0; trial < 300; trial++)
        {
            var kA = random.Next(0, 7);
            var kB = random.Next(0, 7);
            var outlets = RandomOutlets(random, kA, kB, distinct: random.Next(1, 6));
            var ranked = RankedShares.OnAxis(outlets, 0, kA);
            var pairs = new OutletPairCounts(outlets, 0, kA);
            for (var draw = 0; draw < 5; draw++)
            {
                // Whole-number weights as a replicate draws them, zeros included; the first draw counts each outlet once.
                var weights = Enumerable.Range(0, kA + kB).Select(_ => draw == 0 ? 1 : random.Next(0, 4)).ToArray();
                var expected = EveryPair(outlets, kA, weights);
                Assert.Equal(expected, ranked.TwiceU(weights));
                Assert.Equal(expected, pairs.TwiceU(weights));
            }

            // Per outlet: a side-A outlet's row (its documents over all of side B), a side-B outlet's column.
            var sums = ranked.OutletSums(kA + kB);
            for (var o = 0; o < kA + kB; o++)
            {
                var only = Enumerable.Range(0, kA + kB).Select(i => i == o || (i < kA) != (o < kA) ? 1 : 0).ToArray();
                Assert.Equal(EveryPair(outlets, kA, only), sums[o]);
            }

            Assert.True(ranked.Runs <= outlets.Sum(o => o.Shares[0].Count));
        }
    }

    [Fact]
    public void RunsMergeAnOutletsEqualShares()
    {
        // a0: 0.5, 0.5, 1; b0: 0, 0.5, 0.5 -> runs (0, b0), (0.5, a0 ×2), (0.5, b0 ×2), (1, a0).
        var outlets = new[] { Outlet("a0", KnownSide.A, 0.5, 0.5, 1), Outlet("b0", KnownSide.B, 0, 0.5, 0.5) };
        var ranked = RankedShares.OnAxis(outlets, 0, 1);
        Assert.Equal(4, ranked.Runs);

        // 0.5 ×2 against b0: 2 (over 0) + 2 (ties) each = 8; 1: 6 -> 14 of 18 (AUC 7/9).
        Assert.Equal(14, ranked.TwiceU([1, 1]));
        Assert.Equal([14L, 14L], ranked.OutletSums(2));
        Assert.Equal(14 * 6, ranked.TwiceU([2, 3]));
    }

    private static OutletSample[] RandomOutlets(Random random, int kA, int kB, int distinct)
    {
        var outlets = new OutletSample[kA + kB];
        for (var o = 0; o < outlets.Length; o++)
        {
            // Few distinct shares, so that ties within and across outlets are frequent; some outlets have no document.
            var shares = Enumerable.Range(0, random.Next(0, 4) == 0 ? 0 : random.Next(1, 9))
                .Select(_ => random.Next(0, distinct + 1) / (double)distinct)
                .ToArray();
            outlets[o] = Outlet("o" + o, o < kA ? KnownSide.A : KnownSide.B, shares);
        }

        return outlets;
    }

    private static OutletSample Outlet(string group, KnownSide side, params double[] shares)
    {
        var outlet = new OutletSample(group, side, 1, 0) { Documents = shares.Length };
        outlet.Shares[0].AddRange(shares);
        outlet.Shares[0].Sort();
        return outlet;
    }

    private static long EveryPair(OutletSample[] outlets, int kA, int[] weights)
    {
        long twice = 0;
        for (var c = 0; c < kA; c++)
        {
            for (var d = kA; d < outlets.Length; d++)
            {
                foreach (var a in outlets[c].Shares[0])
                {
                    foreach (var b in outlets[d].Shares[0])
                    {
                        twice += (long)weights[c] * weights[d] * (a > b ? 2 : a == b ? 1 : 0);
                    }
                }
            }
        }

        return twice;
    }
}
