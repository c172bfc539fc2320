using Framing.Statistics.Comparisons;

namespace Framing.Statistics.Tests;

public sealed class PackedPoleWeightsTests
{
    private static List<(ulong Key, long[] Weights)> Read(PackedPoleWeights documents) => DocumentPoleWeightsTests.Read(documents);

    private static PackedPoleWeights Pack(int dimensions, IEnumerable<(ulong Key, long[] Weights)> documents)
    {
        var packed = new PackedPoleWeights(dimensions);
        foreach (var (key, weights) in documents)
        {
            packed.Add(key, weights);
        }

        return packed;
    }

    /// <summary>Random sparse documents: each slot nonzero with probability 1/6, weights of 1 to 5,000 thousandths.</summary>
    private static List<(ulong Key, long[] Weights)> Sparse(int count, int dimensions, int seed)
    {
        var random = new Random(seed);
        var documents = new List<(ulong, long[])>(count);
        for (var i = 0; i < count; i++)
        {
            var weights = new long[2 * dimensions];
            for (var s = 0; s < weights.Length; s++)
            {
                weights[s] = random.Next(6) == 0 ? random.Next(1, 5001) : 0;
            }

            documents.Add(((ulong)random.NextInt64() ^ ((ulong)random.Next() << 63), weights));
        }

        return documents;
    }

    private static void AssertSame(List<(ulong Key, long[] Weights)> expected, List<(ulong Key, long[] Weights)> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Key, actual[i].Key);
            Assert.Equal(expected[i].Weights, actual[i].Weights);
        }
    }

    [Fact]
    public void WeightsAndKeysComeBackExactlyZerosIncluded()
    {
        List<(ulong, long[])> documents =
        [
            (0UL, [0, 0, 0, 0, 0, 0]),
            (ulong.MaxValue, [1000, 0, 0, 0, 0, 0]),
            (7UL, [0, 0, 0, 0, 0, 250]),
            (7UL, [1, 2, 3, 4, 5, 6]),
            (42UL, [0, 1500, 0, 0, 2000, 0]),
            (1UL << 63, [0, 0, 0, 0, 0, 0]),
        ];

        var packed = Pack(3, documents);

        Assert.Equal(6, packed.Count);
        AssertSame(documents, Read(packed));
    }

    [Fact]
    public void AWeightBeyondAnIntIsKeptExactly()
    {
        // Weights in thousandths are sums of matches of at most 1,000: more than 2,147,483 matches of weight 1 on one
        // pole of one document go beyond an int. Negative ones cannot occur, but they come back too.
        long[] values = [int.MaxValue, int.MaxValue + 1L, 3L * int.MaxValue, long.MaxValue, uint.MaxValue, 1L << 32, int.MinValue, int.MinValue + 1L, -1, long.MinValue];
        var documents = values.Select((v, i) => ((ulong)i, new long[] { v, i, 0, v })).ToList();

        var packed = Pack(2, documents);

        AssertSame(documents, Read(packed));
    }

    [Fact]
    public void ManyDocumentsAcrossChunksAndMaskWordsComeBackAndCostOnlyTheirNonzeroWeights()
    {
        // 20 dimensions: 40 slots, a mask of two 32-bit words; 60,000 documents fill many chunks.
        const int Dimensions = 20;
        var documents = Sparse(60_000, Dimensions, 5);
        documents[1234].Weights[39] = 5_000_000_000;
        documents[40_000].Weights[0] = long.MaxValue;

        var packed = Pack(Dimensions, documents);

        AssertSame(documents, Read(packed));
        long needed = 0;
        foreach (var (_, weights) in documents)
        {
            needed += 8 + (4 * 2) + weights.Sum(w => w == 0 ? 0 : w > int.MaxValue ? 12 : 4);
        }

        // Unused chunk tails: each at most one document's largest record (2 + 3 × 40 values), and the last chunks.
        Assert.InRange(packed.AllocatedBytes, needed, needed + (needed / 50) + (2 * 64 * 1024));
        Assert.True(packed.AllocatedBytes < documents.Count * (8 + (16 * Dimensions)) / 5, "a dense long per slot would cost five times as much");
    }

    [Fact]
    public void PermutationResultsDoNotDependOnTheOrderDocumentsWereAddedAndEqualThoseOfDenseWeights()
    {
        var lexicon = ComparisonFixture.Lexicon;
        var dimensions = lexicon.Dimensions.Count;
        var documents = Sparse(3_000, dimensions, 11);
        documents[17].Weights[1] = 4_000_000_000;
        var shuffled = documents.ToArray();
        new Random(3).Shuffle(shuffled);
        var first = documents.Take(1_000).ToList();
        var shuffledFirst = shuffled.Where(first.Contains).ToList();
        Assert.NotEqual(first.Select(d => d.Key), shuffledFirst.Select(d => d.Key));

        // Group 2 as the rest: documents 1,000-1,999 and 2,000-2,999 in two groups (in the shuffled order: in one).
        IReadOnlyList<PackedPoleWeights> second = [Pack(dimensions, documents.Skip(1_000).Take(1_000)), Pack(dimensions, documents.Skip(2_000))];
        IReadOnlyList<PackedPoleWeights> shuffledSecond = [Pack(dimensions, shuffled.Where(d => !first.Contains(d)))];
        var canonical = Comparer<PermutationUnit>.Create(PermutationUnit.Compare);
        foreach (var axis in lexicon.Axes)
        {
            var (units, matched1, matched) = GroupComparer.PairSums(Pack(dimensions, first), second, axis);
            var (shuffledUnits, shuffledMatched1, shuffledMatched) = GroupComparer.PairSums(Pack(dimensions, shuffledFirst), shuffledSecond, axis);

            // The dense reference: each document's weights pooled by the axis, documents without weight on it left out.
            PermutationUnit[] Dense(IEnumerable<(ulong Key, long[] Weights)> group) =>
                [.. group.Select(d => (d.Key, Sums: axis.Pool(d.Weights))).Where(d => d.Sums.A + d.Sums.B > 0).Select(d => new PermutationUnit(d.Key, d.Sums.A, d.Sums.B))];
            var dense1 = Dense(first);
            var dense2 = Dense(documents.Skip(1_000));
            Assert.Equal([.. dense1, .. dense2], units.Take(matched));
            Assert.Equal(dense1.Length, matched1);
            Assert.Equal((matched1, matched), (shuffledMatched1, shuffledMatched));
            Assert.Equal(units.Take(matched).Order(canonical), shuffledUnits.Take(matched).Order(canonical));

            var expected = LabelPermutation.Test(dense1, dense2, 1_200, 2_500, 199, 9, 1);
            Assert.Equal(expected, LabelPermutation.Test(units, matched1, matched, 1_200, 2_500, 199, 9, 1));
            Assert.Equal(expected, LabelPermutation.Test(shuffledUnits, shuffledMatched1, shuffledMatched, 1_200, 2_500, 199, 9, 2));
            Assert.InRange(expected.PValue, 0.001, 1);
        }
    }

    [Fact]
    public void ARecordIsNeverSplitAcrossChunks()
    {
        var chunks = new AppendOnlyChunks<int>();
        chunks.Reserve(60)[..60].Fill(1);
        chunks.Commit(60);
        var second = chunks.Reserve(10);
        var free = second.Length;
        Assert.True(free >= 10);
        second[..10].Fill(2);
        chunks.Commit(10);

        Assert.Equal(2, chunks.ChunkCount);
        Assert.Equal(Enumerable.Repeat(1, 60), chunks.Chunk(0).ToArray());
        Assert.Equal(Enumerable.Repeat(2, 10), chunks.Chunk(1).ToArray());
        Assert.Equal(70, chunks.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => chunks.Commit(free - 9));
        Assert.Throws<ArgumentOutOfRangeException>(() => chunks.Reserve(0));
    }
}
