using Framing.Statistics.Resampling;
using MathNet.Numerics;

namespace Framing.Statistics.Comparisons;

/// <summary>
/// A permutation test of the difference in scores between two groups of documents, shuffling the documents' group
/// labels. Only documents with matches carry weight, so a permutation is drawn in two exact steps: the number k of
/// matched documents that land in group 1 (hypergeometric: N documents, K of them matched, n₁ drawn), then which k
/// of the K (uniformly). This is the same distribution as shuffling all N labels, at a cost of O(K) per permutation.
/// With at most <see cref="ExactLimit"/> documents with matches, every split is enumerated instead and the p-value
/// is exact.
/// </summary>
/// <remarks>
/// Like the bootstrap's resampling weights, each permutation's draw is keyed to the documents (their groups, ids and texts), never to the order
/// they come in: permutation p draws k from the stream (seed, p), and then every matched document gets the rank
/// Mix(Mix(key ⊕ c) ⊕ salt_p), where Mix is SplitMix64's finalizer, key the key of its group, id and text
/// (<see cref="Scoring.PoissonResampling.KeyOf(ulong, string)"/>), c a constant that sets these ranks apart from the bootstrap's
/// weights, and salt_p the stream's next 64 bits; the k documents of lowest rank land in group 1 (ties, which only documents with equal keys
/// can have, fall to the smaller weights, where the choice changes nothing). Sorting by independent random ranks is
/// a uniformly random order, so the k are a uniform choice of the K; and the same corpus in any order, at any degree
/// of parallelism, gives the same p-value. Documents of one group with the same id but different texts are two keys,
/// as is the same id in two groups; only one document given twice (same group, id and text) draws one rank twice.
/// </remarks>
internal static class LabelPermutation
{
    /// <summary>The observed difference of scores (group 1 − group 2) and its two-sided permutation p-value.</summary>
    /// <param name="group1">Group 1's documents with matches.</param>
    /// <param name="group2">Group 2's documents with matches.</param>
    /// <param name="documents1">Group 1's documents, with or without matches.</param>
    /// <param name="documents2">Group 2's documents, with or without matches.</param>
    /// <param name="permutations">Random permutations (when there are more than <paramref name="exactLimit"/> documents with matches).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="parallelism">Threads (the result does not depend on it).</param>
    /// <param name="exactLimit">Up to this many documents with matches, the p-value is exact (at most 24).</param>
    /// <returns>The difference and the p-value; NaN and NaN when a group has no matches.</returns>
    public static (double Observed, double PValue) Test(PermutationUnit[] group1, PermutationUnit[] group2, long documents1, long documents2, int permutations, ulong seed, int parallelism, int exactLimit = ExactLimit)
    {
        ArgumentNullException.ThrowIfNull(group1);
        ArgumentNullException.ThrowIfNull(group2);
        var units = new PermutationUnit[group1.Length + group2.Length];
        group1.CopyTo(units, 0);
        group2.CopyTo(units, group1.Length);
        return Test(units, group1.Length, units.Length, documents1, documents2, permutations, seed, parallelism, exactLimit);
    }

    /// <summary>
    /// The same test on both groups' documents with matches in one array, group 1's first, so that they are not copied
    /// again: <paramref name="units"/>[0, <paramref name="matched"/>) is reordered (sorted), the rest left alone.
    /// </summary>
    /// <param name="units">Group 1's documents with matches, then group 2's; items from <paramref name="matched"/> on are ignored.</param>
    /// <param name="matched1">How many of them are group 1's.</param>
    /// <param name="matched">How many there are in all.</param>
    /// <param name="documents1">Group 1's documents, with or without matches.</param>
    /// <param name="documents2">Group 2's documents, with or without matches.</param>
    /// <param name="permutations">Random permutations (when there are more than <paramref name="exactLimit"/> documents with matches).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="parallelism">Threads (the result does not depend on it).</param>
    /// <param name="exactLimit">Up to this many documents with matches, the p-value is exact (at most 24).</param>
    /// <param name="cancellationToken">Stops the permutations between two of them.</param>
    /// <returns>The difference and the p-value; NaN and NaN when a group has no matches.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static (double Observed, double PValue) Test(PermutationUnit[] units, int matched1, int matched, long documents1, long documents2, int permutations, ulong seed, int parallelism, int exactLimit = ExactLimit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(matched, units.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(matched1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(matched1, matched);
        long sumA1 = 0, sumB1 = 0;
        for (var i = 0; i < matched1; i++)
        {
            sumA1 += units[i].A;
            sumB1 += units[i].B;
        }

        // One canonical order, whatever the input order: the exact enumeration and the ranks' tie-breaks depend on it only.
        // (Units that compare equal are equal in every field, so the sorted order is unique.)
        units.AsSpan(0, matched).Sort(PermutationUnit.Compare);
        long totalA = 0, totalB = 0;
        for (var i = 0; i < matched; i++)
        {
            totalA += units[i].A;
            totalB += units[i].B;
        }

        var observed = Difference(sumA1, sumB1, totalA, totalB);
        if (double.IsNaN(observed))
        {
            return (double.NaN, double.NaN);
        }

        if (matched <= exactLimit)
        {
            return (observed, Exact(units, matched, totalA, totalB, observed, documents1, documents1 + documents2));
        }

        var cdf = HypergeometricCdf(documents1 + documents2, matched, documents1, out var kMin);
        var threshold = Math.Abs(observed) * (1 - 1e-12);
        var keys = new ulong[matched];
        for (var i = 0; i < matched; i++)
        {
            keys[i] = Mix(units[i].Key ^ KeySalt);
        }

        var extreme = new int[permutations];
        Parallel.For(
            0,
            permutations,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken },
            () => new PermutationRank[matched],
            (p, _, ranks) =>
            {
                var random = new DeterministicRandom(seed, (ulong)p);
                var k = kMin + Search(cdf, random.NextDouble());
                var salt = random.NextUInt64();
                for (var i = 0; i < matched; i++)
                {
                    ranks[i] = new PermutationRank(Mix(keys[i] ^ salt), i);
                }

                SelectSmallest(ranks, k);
                long sumA = 0, sumB = 0;
                for (var i = 0; i < k; i++)
                {
                    sumA += units[ranks[i].Index].A;
                    sumB += units[ranks[i].Index].B;
                }

                var t = Difference(sumA, sumB, totalA, totalB);

                // A permutation whose score is undefined counts as at least as extreme (conservative).
                extreme[p] = double.IsNaN(t) || Math.Abs(t) >= threshold ? 1 : 0;
                return ranks;
            },
            _ => { });
        var count = 0;
        foreach (var e in extreme)
        {
            count += e;
        }

        return (observed, (1.0 + count) / (permutations + 1.0));
    }

    /// <summary>
    /// Reorders <paramref name="ranks"/> so that its first <paramref name="k"/> items are the k smallest (by value, then
    /// index; every pair differs), in no particular order: Hoare's selection (<see cref="Selection"/>), O(n) on average.
    /// </summary>
    internal static void SelectSmallest(Span<PermutationRank> ranks, int k)
    {
        if (k <= 0 || k >= ranks.Length)
        {
            return;
        }

        Selection.Select(ranks, 0, ranks.Length - 1, k - 1);
    }

    /// <summary>The SplitMix64 finalizer: a bijection of 64-bit values whose outputs look independent.</summary>
    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Separates the permutation ranks from the bootstrap weights, which are keyed by the same document keys.</summary>
    private const ulong KeySalt = 0x5DEECE66D2B7E151UL;

    /// <summary>
    /// The smallest p-value <see cref="Test(PermutationUnit[], int, int, long, long, int, ulong, int, int, CancellationToken)"/>
    /// can return for groups of these sizes, whatever their matches: 1 / (permutations + 1) for random permutations; for
    /// an exact test, the share of label assignments of the rarest split (the observed split always counts), twice that
    /// when the groups are as large (its mirror, the groups swapped, is as extreme).
    /// </summary>
    /// <param name="matched">Documents of both groups with matches.</param>
    /// <param name="documents1">Group 1's documents, with or without matches.</param>
    /// <param name="documents2">Group 2's documents, with or without matches.</param>
    /// <param name="permutations">Random permutations.</param>
    /// <param name="exactLimit">Up to this many documents with matches, the test is exact.</param>
    /// <returns>The floor, in (0, 1].</returns>
    public static double Floor(int matched, long documents1, long documents2, int permutations, int exactLimit = ExactLimit)
    {
        if (matched > exactLimit)
        {
            return 1.0 / (permutations + 1.0);
        }

        var documents = documents1 + documents2;
        var zeros = documents - matched;
        var logTotal = LogChoose(documents, documents1);
        var rarest = double.PositiveInfinity;
        for (long k = Math.Max(0, documents1 - zeros); k <= Math.Min(matched, documents1); k++)
        {
            rarest = Math.Min(rarest, LogChoose(zeros, documents1 - k) - logTotal);
        }

        var floor = Math.Exp(rarest) * (documents1 == documents2 ? 2 : 1);
        return double.IsFinite(floor) ? Math.Min(1, floor) : 1;
    }

    /// <summary>Up to this many documents with matches, every split is enumerated and the p-value is exact.</summary>
    public const int ExactLimit = 16;

    /// <summary>
    /// The exact permutation p-value: every subset S of the matched documents that could land in group 1, weighted by
    /// the number of label assignments that put exactly S there, C(N − K, n₁ − |S|), over C(N, n₁) assignments.
    /// </summary>
    private static double Exact(PermutationUnit[] units, int matched, long totalA, long totalB, double observed, long documents1, long documents)
    {
        var threshold = Math.Abs(observed) * (1 - 1e-12);
        var zeros = documents - matched;
        var logTotal = LogChoose(documents, documents1);
        var p = 0.0;
        for (var subset = 0; subset < 1 << matched; subset++)
        {
            var k = System.Numerics.BitOperations.PopCount((uint)subset);
            if (k > documents1 || documents1 - k > zeros)
            {
                continue;
            }

            long sumA = 0, sumB = 0;
            for (var i = 0; i < matched; i++)
            {
                if ((subset & (1 << i)) != 0)
                {
                    sumA += units[i].A;
                    sumB += units[i].B;
                }
            }

            var t = Difference(sumA, sumB, totalA, totalB);
            if (double.IsNaN(t) || Math.Abs(t) >= threshold)
            {
                p += Math.Exp(LogChoose(zeros, documents1 - k) - logTotal);
            }
        }

        return Math.Min(1, p);
    }

    private static double Difference(long a1, long b1, long totalA, long totalB)
    {
        var s1 = Scoring.FramingScore.Score(a1, b1);
        var s2 = Scoring.FramingScore.Score(totalA - a1, totalB - b1);
        return s1.HasValue && s2.HasValue ? s1.Value - s2.Value : double.NaN;
    }

    /// <summary>Cumulative probabilities of the hypergeometric count over its support, starting at <paramref name="kMin"/>.</summary>
    private static double[] HypergeometricCdf(long population, long successes, long draws, out int kMin)
    {
        var low = Math.Max(0, draws + successes - population);
        var high = Math.Min(successes, draws);
        kMin = (int)low;
        var logs = new double[high - low + 1];
        var max = double.NegativeInfinity;
        for (var k = low; k <= high; k++)
        {
            logs[k - low] = LogChoose(successes, k) + LogChoose(population - successes, draws - k) - LogChoose(population, draws);
            max = Math.Max(max, logs[k - low]);
        }

        var cdf = new double[logs.Length];
        var sum = 0.0;
        for (var i = 0; i < logs.Length; i++)
        {
            sum += Math.Exp(logs[i] - max);
            cdf[i] = sum;
        }

        for (var i = 0; i < cdf.Length; i++)
        {
            cdf[i] /= sum;
        }

        cdf[^1] = 1;
        return cdf;
    }

    private static int Search(double[] cdf, double u)
    {
        var index = Array.BinarySearch(cdf, u);
        return index >= 0 ? index : Math.Min(~index, cdf.Length - 1);
    }

    private static double LogChoose(long n, long k) =>
        SpecialFunctions.GammaLn(n + 1.0) - SpecialFunctions.GammaLn(k + 1.0) - SpecialFunctions.GammaLn(n - k + 1.0);
}
