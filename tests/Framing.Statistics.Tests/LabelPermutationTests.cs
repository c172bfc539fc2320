using Framing.Statistics.Comparisons;

namespace Framing.Statistics.Tests;

public sealed class LabelPermutationTests
{
    private static PermutationUnit A(ulong key, long weight = 1000) => new(key, weight, 0);

    private static PermutationUnit B(ulong key, long weight = 1000) => new(key, 0, weight);

    [Fact]
    public void SmallGroupsGetTheExactPValue()
    {
        // Two pole-A documents against two pole-B documents and one without matches: C(5, 2) = 10 ways to pick group 1's
        // two labels. Only {A, A} (t = 1 - (-1) = 2) and {B, B} (t = -2) are as extreme as the observed 2: p = 2/10.
        // (A document without matches in group 1 and one matched one: e.g. {A, none} gives 1 - (1000 - 2000)/3000 = 4/3.)
        var (observed, p) = LabelPermutation.Test([A(1), A(2)], [B(3), B(4)], 2, 3, 100, 1, 1);
        Assert.Equal(2, observed);
        Assert.Equal(0.2, p, 12);
    }

    [Fact]
    public void AnUndefinedPermutationCountsAsExtreme()
    {
        // Group 1: one pole-A document; group 2: one pole-B document and two without matches. Of the 4 ways to pick
        // group 1's label, {A} and {B} are extreme (|t| = 2) and the two documents without matches leave group 1
        // without a score: conservatively counted as extreme, so p = 4/4 (0.5 if they were not counted).
        var (observed, p) = LabelPermutation.Test([A(1)], [B(2)], 1, 3, 100, 1, 1);
        Assert.Equal(2, observed);
        Assert.Equal(1, p, 12);
    }

    [Fact]
    public void AGroupWithoutMatchesHasNoTest()
    {
        var (observed, p) = LabelPermutation.Test([], [A(1), B(2)], 3, 2, 100, 1, 1);
        Assert.True(double.IsNaN(observed));
        Assert.True(double.IsNaN(p));
    }

    [Fact]
    public void TiesWithTheObservedDifferenceCountAsExtreme()
    {
        // Three documents of equal weight, split 1 against 2. {A1} against {A2, B} (observed): t = 1 - 0 = 1; {A2}
        // against {A1, B}: 1, a tie; {B} against {A1, A2}: -1 - 1 = -2. Ties count as at least as extreme: p = 3/3
        // (1/3 if only strictly larger |t| counted).
        var (observed, p) = LabelPermutation.Test([A(1)], [A(2), B(3)], 1, 2, 100, 1, 1);
        Assert.Equal(1, observed);
        Assert.Equal(1, p, 12);
    }

    [Fact]
    public void RandomPermutationsAgreeWithExactEnumeration()
    {
        // 18 documents with matches and 25 without: exact enumeration (2^18 splits, forced by the limit) against 20,000
        // keyed random permutations. Group 1 is small, so it gets no matched document in about 19 % of permutations
        // (C(25,3)/C(43,3)): those undefined permutations count as extreme in both.
        var units = Units(18, seed: 5);
        PermutationUnit[] group1 = [units[0]];
        var group2 = units[1..];
        var exact = LabelPermutation.Test(group1, group2, 3, 40, 1, 1, 1, exactLimit: 18).PValue;
        var random = LabelPermutation.Test(group1, group2, 3, 40, 20_000, 7, 2, exactLimit: 16).PValue;
        Assert.InRange(exact, 0.2, 0.9);
        var se = Math.Sqrt(exact * (1 - exact) / 20_000);
        Assert.InRange(random, exact - (4.5 * se), exact + (4.5 * se));

        // Balanced groups, no documents without matches: a clear difference.
        var (g1, g2) = (units[..9], units[9..]);
        var exactBalanced = LabelPermutation.Test(g1, g2, 9, 9, 1, 1, 1, exactLimit: 18).PValue;
        var randomBalanced = LabelPermutation.Test(g1, g2, 9, 9, 20_000, 3, 1, exactLimit: 16).PValue;
        var seBalanced = Math.Sqrt(exactBalanced * (1 - exactBalanced) / 20_000);
        Assert.InRange(randomBalanced, exactBalanced - (4.5 * seBalanced) - 1e-4, exactBalanced + (4.5 * seBalanced) + 1e-4);
    }

    [Fact]
    public void PValueDependsOnTheDocumentsNotOnTheirOrderOrTheThreads()
    {
        // 40 documents with matches (random permutations), two of them with the same key (a repeated id).
        var units = Units(40, seed: 11);
        units[7] = units[7] with { Key = units[3].Key };
        var (g1, g2) = (units[..15], units[15..]);
        var expected = LabelPermutation.Test(g1, g2, 20, 30, 999, 42, 1);
        Assert.InRange(expected.PValue, 0.001, 1);
        var random = new Random(3);
        for (var i = 0; i < 5; i++)
        {
            var s1 = (PermutationUnit[])g1.Clone();
            var s2 = (PermutationUnit[])g2.Clone();
            random.Shuffle(s1);
            random.Shuffle(s2);
            Assert.Equal(expected, LabelPermutation.Test(s1, s2, 20, 30, 999, 42, 1 + i));
        }

        Assert.NotEqual(expected.PValue, LabelPermutation.Test(g1, g2, 20, 30, 999, 43, 1).PValue);

        // The draw follows the ids: giving the documents other keys changes which land together.
        var rekeyed = units.Select(u => u with { Key = u.Key * 3 }).ToArray();
        Assert.NotEqual(expected.PValue, LabelPermutation.Test(rekeyed[..15], rekeyed[15..], 20, 30, 999, 42, 1).PValue);
    }

    [Fact]
    public void SelectSmallestPutsTheKSmallestFirst()
    {
        var random = new Random(17);
        for (var n = 1; n <= 40; n++)
        {
            for (var k = 0; k <= n; k++)
            {
                // Few distinct values, so ties on the value (broken by index) are common.
                var ranks = Enumerable.Range(0, n).Select(i => new PermutationRank((ulong)random.Next(n / 3 + 1), i)).ToArray();
                var expected = ranks.Order().Take(k).Select(r => r.Index).Order().ToArray();
                LabelPermutation.SelectSmallest(ranks, k);
                Assert.Equal(expected, ranks.Take(k).Select(r => r.Index).Order().ToArray());
                Assert.Equal(Enumerable.Range(0, n), ranks.Select(r => r.Index).Order());
            }
        }
    }

    [Fact]
    public void RanksCompareByValueThenIndex()
    {
        Assert.True(new PermutationRank(1, 9).CompareTo(new PermutationRank(2, 0)) < 0);
        Assert.True(new PermutationRank(2, 0).CompareTo(new PermutationRank(1, 9)) > 0);
        Assert.True(new PermutationRank(5, 1).CompareTo(new PermutationRank(5, 2)) < 0);
        Assert.True(new PermutationRank(5, 2).CompareTo(new PermutationRank(5, 1)) > 0);
        Assert.Equal(0, new PermutationRank(5, 2).CompareTo(new PermutationRank(5, 2)));
    }

    [Fact]
    public void UnitsSortByKeyThenWeights()
    {
        PermutationUnit[] units = [new(2, 0, 0), new(1, 5, 0), new(1, 3, 9), new(1, 3, 2)];
        Array.Sort(units, PermutationUnit.Compare);
        Assert.Equal([new(1, 3, 2), new(1, 3, 9), new(1, 5, 0), new(2, 0, 0)], units);
    }

    [Fact]
    public void MixIsSplitMix64sFinalizer()
    {
        // The published SplitMix64 outputs for seed 0 (Vigna's splitmix64.c: x += 0x9e3779b97f4a7c15, then the finalizer):
        // 0xe220a8397b1dcdaf, 0x6e789e6aa1b965f4, 0x06c45d188009454f.
        Assert.Equal(0xE220A8397B1DCDAFUL, LabelPermutation.Mix(0x9E3779B97F4A7C15UL));
        Assert.Equal(0x6E789E6AA1B965F4UL, LabelPermutation.Mix(unchecked(0x9E3779B97F4A7C15UL * 2)));
        Assert.Equal(0x06C45D188009454FUL, LabelPermutation.Mix(unchecked(0x9E3779B97F4A7C15UL * 3)));
    }

    [Fact]
    public void ACancelledTokenStopsThePermutations()
    {
        // Before: a compare was stopped only between two pairs, so a pair of large groups with many permutations ran to
        // its end (11 s after the cancel on 20,000 documents and 100,000 permutations).
        var units = Units(60, 3);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => LabelPermutation.Test(units, 30, 60, 100, 100, 10_000, 1, 1, cancellationToken: cancel.Token));
        Assert.InRange(LabelPermutation.Test(units, 30, 60, 100, 100, 100, 1, 1).PValue, 0, 1);
    }

    [Fact]
    public void TheFloorIsTheSmallestPValueAPairCanGive()
    {
        // Random permutations: 1 / (B + 1). Six documents against six, all with matches: an exact test of C(12, 6) = 924
        // equally likely splits, the observed one and its mirror always counted: 2/924. A split the data put at one
        // extreme reaches it.
        Assert.Equal(1 / 2001.0, LabelPermutation.Floor(40, 20, 20, 2000), 15);
        Assert.Equal(2 / 924.0, LabelPermutation.Floor(12, 6, 6, 2000), 12);
        PermutationUnit[] one = [.. Enumerable.Range(0, 6).Select(i => A((ulong)i + 1))];
        PermutationUnit[] other = [.. Enumerable.Range(0, 6).Select(i => B((ulong)i + 100))];
        Assert.Equal(2 / 924.0, LabelPermutation.Test(one, other, 6, 6, 2000, 1, 1).PValue, 12);

        // Five against seven: no mirror; the rarest split is still one of C(12, 5) = 792.
        Assert.Equal(1 / 792.0, LabelPermutation.Floor(12, 5, 7, 2000), 12);

        // Holm across 112 tests of 2,000 permutations (8 outlets, every pair, 4 dimensions): 112/2001 = 0.056 at best.
        var rows = Enumerable.Range(0, 112).Select(_ => new ComparisonRow
        {
            Dimension = "d", Kind = ComparisonKind.Pair, Group1 = "a", Group2 = "b", PPermutation = 1 / 2001.0, PPermutationFloor = 1 / 2001.0,
        }).ToList();
        var (tests, floor, bound) = PermutationFloors.Smallest(rows, Framing.Statistics.MultipleTesting.PValueAdjustment.Holm)!.Value;
        Assert.Equal((112, 1 / 2001.0), (tests, floor));
        Assert.Equal(112 / 2001.0, bound, 12);
        Assert.Equal(1 / 2001.0, PermutationFloors.Smallest(rows, Framing.Statistics.MultipleTesting.PValueAdjustment.BenjaminiHochberg)!.Value.Bound, 15);

        // BY: BH's values times 1 + 1/2 + … + 1/m. R: p.adjust(rep(1/2001, 112), "BY")[1] = 0.00264876170848654 (it was
        // bounded by the floor alone, so the warning that no adjusted p-value can reach 0.05 never came with BY).
        Assert.Equal(0.00264876170848654, PermutationFloors.Smallest(rows, Framing.Statistics.MultipleTesting.PValueAdjustment.BenjaminiYekutieli)!.Value.Bound, 15);

        // 45 exact tests whose rarest split is 2 of 70: R: min(p.adjust(rep(2/70, 45), "BY")) = 0.125569946158609 > 0.05.
        var exact = Enumerable.Range(0, 45).Select(_ => new ComparisonRow
        {
            Dimension = "d", Kind = ComparisonKind.Pair, Group1 = "a", Group2 = "b", PPermutation = 1, PPermutationFloor = 2 / 70.0,
        }).ToList();
        Assert.Equal(0.125569946158609, PermutationFloors.Smallest(exact, Framing.Statistics.MultipleTesting.PValueAdjustment.BenjaminiYekutieli)!.Value.Bound, 14);
    }

    /// <summary>Documents with random keys and pole weights, a third of them with both poles.</summary>
    private static PermutationUnit[] Units(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i => (i % 3) switch
        {
            0 => new PermutationUnit((ulong)random.NextInt64(), random.Next(1, 4) * 500L, 0),
            1 => new PermutationUnit((ulong)random.NextInt64(), 0, random.Next(1, 4) * 500L),
            _ => new PermutationUnit((ulong)random.NextInt64(), random.Next(1, 4) * 250L, random.Next(1, 4) * 250L),
        }).ToArray();
    }
}
