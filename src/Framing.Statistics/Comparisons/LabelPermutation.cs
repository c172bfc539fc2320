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
internal static class LabelPermutation
{
    public static (double Observed, double PValue) Test(long[] a1, long[] b1, long[] a2, long[] b2, long documents1, long documents2, int permutations, ulong seed, int parallelism)
    {
        var matched = a1.Length + a2.Length;
        var a = new long[matched];
        var b = new long[matched];
        a1.CopyTo(a, 0);
        a2.CopyTo(a, a1.Length);
        b1.CopyTo(b, 0);
        b2.CopyTo(b, b1.Length);
        long totalA = 0, totalB = 0;
        for (var i = 0; i < matched; i++)
        {
            totalA += a[i];
            totalB += b[i];
        }

        var observed = Difference(Sum(a1), Sum(b1), totalA, totalB);
        if (double.IsNaN(observed))
        {
            return (double.NaN, double.NaN);
        }

        if (matched <= ExactLimit)
        {
            return (observed, Exact(a, b, totalA, totalB, observed, documents1, documents1 + documents2));
        }

        var cdf = HypergeometricCdf(documents1 + documents2, matched, documents1, out var kMin);
        var threshold = Math.Abs(observed) * (1 - 1e-12);
        var extreme = new int[permutations];
        Parallel.For(
            0,
            permutations,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) },
            () => new int[matched],
            (p, _, order) =>
            {
                var random = new DeterministicRandom(seed, (ulong)p);
                var k = kMin + Search(cdf, random.NextDouble());
                for (var i = 0; i < matched; i++)
                {
                    order[i] = i;
                }

                long sumA = 0, sumB = 0;
                for (var i = 0; i < k; i++)
                {
                    var j = i + random.NextInt(matched - i);
                    (order[i], order[j]) = (order[j], order[i]);
                    sumA += a[order[i]];
                    sumB += b[order[i]];
                }

                var t = Difference(sumA, sumB, totalA, totalB);

                // A permutation whose score is undefined counts as at least as extreme (conservative).
                extreme[p] = double.IsNaN(t) || Math.Abs(t) >= threshold ? 1 : 0;
                return order;
            },
            _ => { });
        var count = 0;
        foreach (var e in extreme)
        {
            count += e;
        }

        return (observed, (1.0 + count) / (permutations + 1.0));
    }

    /// <summary>Up to this many documents with matches, every split is enumerated and the p-value is exact.</summary>
    public const int ExactLimit = 16;

    /// <summary>
    /// The exact permutation p-value: every subset S of the matched documents that could land in group 1, weighted by
    /// the number of label assignments that put exactly S there, C(N − K, n₁ − |S|), over C(N, n₁) assignments.
    /// </summary>
    private static double Exact(long[] a, long[] b, long totalA, long totalB, double observed, long documents1, long documents)
    {
        var matched = a.Length;
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
                    sumA += a[i];
                    sumB += b[i];
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

    private static long Sum(long[] values)
    {
        long sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
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
