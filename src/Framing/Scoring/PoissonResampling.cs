using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Framing.Scoring;

/// <summary>
/// Counter-based Poisson(1) resampling weights: the weight of a document in replicate b depends only on the seed,
/// the document's key and b, never on the order in which documents are seen.
/// </summary>
internal static class PoissonResampling
{
    // floor(P(X <= k) * 2^53) for X ~ Poisson(1), k = 0..11 (computed with 60-digit decimals; constants below); beyond
    // 11 the tail is below 2^-53. Constants, so the weights are the same on every platform.
    private static readonly ulong[] Cumulative =
    [
        (ulong)Threshold0, (ulong)Threshold1, (ulong)Threshold2, (ulong)Threshold3, (ulong)Threshold4, (ulong)Threshold5,
        (ulong)Threshold6, (ulong)Threshold7, (ulong)Threshold8, (ulong)Threshold9, (ulong)Threshold10, (ulong)Threshold11,
    ];

    /// <summary>
    /// The key of a document, from which its bootstrap weights and its permutation places are drawn: FNV-1a over its
    /// id's UTF-16 code units, started from its identity (<see cref="DocumentSample.IdentityOf(string, Framing.Corpus.Document, ReadOnlySpan{char})"/>:
    /// its group, its own id and its text) mixed by SplitMix64's finalizer with a constant of its own, so that the keys
    /// have nothing to do with which identities the merge sample keeps. The text is part of it because nothing makes ids
    /// unique within a group (all of an outlet's records with one id, or dates as ids with several articles a day):
    /// keyed by group and id alone, such documents drew the same weights and places, so the bootstrap resampled ids, not
    /// documents, and intervals shrank (to no width at all when every id was the same). The whole id is part of it (the
    /// identity has only the document's own id) so that two records of one group with one text and no id of their own,
    /// told apart only by their places (<c>file:line</c>), stay two. The group is part of the identity because ids often
    /// repeat from outlet to outlet (each numbering its articles 1, 2, …). Documents of one group with the same id and
    /// the same text (alike in length and in their first and last <see cref="DocumentSample.EdgeCharacters"/>
    /// characters) are one document and share their weights.
    /// </summary>
    /// <param name="identity">The document's identity.</param>
    /// <param name="documentId">The document's id, as the corpus gives it (its own id or its place).</param>
    /// <returns>The key.</returns>
    [MethodImpl(HotPath.Compilation)]
    public static ulong KeyOf(ulong identity, string documentId) => Continue(Mix(identity ^ IdentityTweak), documentId);

    /// <summary>
    /// The key (<see cref="KeyOf(ulong, string)"/>) of a document of a corpus: its identity computed from its group, the
    /// document and its text as scored.
    /// </summary>
    /// <param name="group">The document's group.</param>
    /// <param name="document">The document.</param>
    /// <param name="text">Its text, as scored.</param>
    /// <returns>The key.</returns>
    public static ulong KeyOf(string group, Framing.Corpus.Document document, ReadOnlySpan<char> text)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(document);
        return KeyOf(DocumentSample.IdentityOf(group, document, text), document.Id);
    }

    /// <summary>Sets the keys' start apart from the identities the merge sample keeps (any constant other than the one <see cref="Seed"/> mixes in would do).</summary>
    private const ulong IdentityTweak = 0xD6E8FEB86659FD93UL;

    /// <summary>FNV-1a over <paramref name="text"/>'s code units, from the state <paramref name="hash"/>.</summary>
    [MethodImpl(HotPath.Compilation)]
    private static ulong Continue(ulong hash, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>A stable 64-bit key for a document id (FNV-1a over its UTF-16 code units), for uses that are not about
    /// groups (the folds of <c>learn</c>).</summary>
    /// <param name="documentId">The document's id.</param>
    /// <returns>The key.</returns>
    [MethodImpl(HotPath.Compilation)]
    public static ulong KeyOf(string documentId) => Continue(FnvOffsetBasis, documentId);

    /// <summary>FNV-1a's 64-bit offset basis, the state before any code unit.</summary>
    private const ulong FnvOffsetBasis = 14695981039346656037UL;

    /// <summary>Writes the document's weights for replicates 0 … <c>weights.Length − 1</c>.</summary>
    /// <param name="seed">The bootstrap seed.</param>
    /// <param name="documentKey">The document's key (<see cref="KeyOf(ulong, string)"/>).</param>
    /// <param name="weights">Receives one Poisson(1) draw per replicate.</param>
    /// <remarks>
    /// The draws come from four xoshiro256** streams seeded (through SplitMix64) by the seed and the document's key;
    /// replicate b takes draw b / 4 of stream b mod 4. A document's weights therefore depend only on the seed, its key
    /// and b (not on how many are asked for), and the four streams are stepped side by side in one vector register
    /// where the processor has one, with the same results as the scalar steps.
    /// </remarks>
    [MethodImpl(HotPath.Compilation)]
    public static void Fill(ulong seed, ulong documentKey, Span<long> weights)
    {
        Span<ulong> state = stackalloc ulong[4 * Streams];
        Seed(seed, documentKey, state);
        if (Vector256.IsHardwareAccelerated)
        {
            FillVector(state, weights);
        }
        else
        {
            FillScalar(state, weights);
        }
    }

    /// <summary>
    /// Writes the document's weights as bytes: the draws of <see cref="Fill(ulong, ulong, Span{long})"/> (a draw is at
    /// most 12), made a block at a time in a small buffer on the stack.
    /// </summary>
    /// <param name="seed">The bootstrap seed.</param>
    /// <param name="documentKey">The document's key (<see cref="KeyOf(ulong, string)"/>).</param>
    /// <param name="draws">Receives one Poisson(1) draw per replicate.</param>
    [MethodImpl(HotPath.Compilation)]
    internal static void Fill(ulong seed, ulong documentKey, Span<byte> draws) => FillBytes(seed, documentKey, draws, Vector256.IsHardwareAccelerated);

    /// <summary><see cref="Fill(ulong, ulong, Span{byte})"/> by the scalar steps, for tests.</summary>
    internal static void FillScalarForTest(ulong seed, ulong documentKey, Span<byte> draws) => FillBytes(seed, documentKey, draws, vector: false);

    [MethodImpl(HotPath.Compilation)]
    private static void FillBytes(ulong seed, ulong documentKey, Span<byte> draws, bool vector)
    {
        Span<ulong> state = stackalloc ulong[4 * Streams];
        Seed(seed, documentKey, state);
        Span<long> block = stackalloc long[BlockLength];
        for (var start = 0; start < draws.Length; start += BlockLength)
        {
            // Every block but the last is a whole number of steps of the four streams, so the streams go on from where
            // the previous block left them.
            var part = block[..Math.Min(BlockLength, draws.Length - start)];
            if (vector)
            {
                FillVector(state, part);
            }
            else
            {
                FillScalar(state, part);
            }

            Narrow(part, draws[start..]);
        }
    }

    private const int BlockLength = 256;

    /// <summary>The draws as bytes, eight vectors of four at a time.</summary>
    [MethodImpl(HotPath.Compilation)]
    private static void Narrow(ReadOnlySpan<long> draws, Span<byte> bytes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bytes.Length, draws.Length, nameof(bytes));
        ref var source = ref MemoryMarshal.GetReference(draws);
        ref var destination = ref MemoryMarshal.GetReference(bytes);
        var length = (nuint)draws.Length;
        nuint b = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; b + 32 <= length; b += 32)
            {
                var ints0 = Vector256.Narrow(Vector256.LoadUnsafe(ref source, b), Vector256.LoadUnsafe(ref source, b + 4));
                var ints1 = Vector256.Narrow(Vector256.LoadUnsafe(ref source, b + 8), Vector256.LoadUnsafe(ref source, b + 12));
                var ints2 = Vector256.Narrow(Vector256.LoadUnsafe(ref source, b + 16), Vector256.LoadUnsafe(ref source, b + 20));
                var ints3 = Vector256.Narrow(Vector256.LoadUnsafe(ref source, b + 24), Vector256.LoadUnsafe(ref source, b + 28));
                Vector256.Narrow(Vector256.Narrow(ints0, ints1), Vector256.Narrow(ints2, ints3)).AsByte().StoreUnsafe(ref destination, b);
            }
        }

        for (; b < length; b++)
        {
            Unsafe.Add(ref destination, b) = (byte)Unsafe.Add(ref source, b);
        }
    }

    /// <summary>The scalar steps (the reference for the vector path, and the path without vector hardware).</summary>
    [MethodImpl(HotPath.Compilation)]
    internal static void FillScalar(ulong seed, ulong documentKey, Span<long> weights)
    {
        Span<ulong> state = stackalloc ulong[4 * Streams];
        Seed(seed, documentKey, state);
        FillScalar(state, weights);
    }

    private const int Streams = 4;

    private const long Threshold0 = 3313563428353947L;
    private const long Threshold1 = 6627126856707895L;
    private const long Threshold2 = 8283908570884869L;
    private const long Threshold3 = 8836169142277194L;
    private const long Threshold4 = 8974234285125275L;
    private const long Threshold5 = 9001847313694891L;
    private const long Threshold6 = 9006449485123161L;
    private const long Threshold7 = 9007106938184342L;
    private const long Threshold8 = 9007189119816990L;
    private const long Threshold9 = 9007198251109506L;
    private const long Threshold10 = 9007199164238758L;
    private const long Threshold11 = 9007199247250508L;

    /// <summary>Word w of stream j is state[w × 4 + j].</summary>
    [MethodImpl(HotPath.Compilation)]
    private static void Seed(ulong seed, ulong documentKey, Span<ulong> state)
    {
        var x = Mix(seed ^ Mix(documentKey ^ 0x9E3779B97F4A7C15UL));
        for (var j = 0; j < Streams; j++)
        {
            for (var w = 0; w < 4; w++)
            {
                state[(w * Streams) + j] = SplitMix(ref x);
            }
        }
    }

    [MethodImpl(HotPath.Compilation)]
    private static void FillScalar(Span<ulong> state, Span<long> weights, int start = 0)
    {
        for (var j = 0; j < Streams; j++)
        {
            ulong s0 = state[j], s1 = state[Streams + j], s2 = state[(2 * Streams) + j], s3 = state[(3 * Streams) + j];
            for (var b = start + j; b < weights.Length; b += Streams)
            {
                var result = RotateLeft(s1 * 5, 7) * 9;
                var t = s1 << 17;
                s2 ^= s0;
                s3 ^= s1;
                s1 ^= s2;
                s0 ^= s3;
                s2 ^= t;
                s3 = RotateLeft(s3, 45);
                weights[b] = Draw(result >> 11);
            }

            (state[j], state[Streams + j], state[(2 * Streams) + j], state[(3 * Streams) + j]) = (s0, s1, s2, s3);
        }
    }

    // Nothing in the loop is a call or takes the address of the state: either would make the JIT keep the vectors on
    // the stack (no vector register survives a call on x64 Unix), which cost about half of this method's time.
    [MethodImpl(HotPath.Compilation)]
    private static void FillVector(Span<ulong> state, Span<long> weights)
    {
        var s0 = Vector256.Create(state[0], state[1], state[2], state[3]);
        var s1 = Vector256.Create(state[4], state[5], state[6], state[7]);
        var s2 = Vector256.Create(state[8], state[9], state[10], state[11]);
        var s3 = Vector256.Create(state[12], state[13], state[14], state[15]);
        var full = weights.Length - (weights.Length % Streams);
        ref var destination = ref MemoryMarshal.GetReference(weights);
        for (var b = 0; b < full; b += Streams)
        {
            var r = (s1 << 2) + s1; // s1 × 5
            r = RotateLeft(r, 7);
            var result = (r << 3) + r; // × 9
            var t = s1 << 17;
            s2 ^= s0;
            s3 ^= s1;
            s1 ^= s2;
            s0 ^= s3;
            s2 ^= t;
            s3 = RotateLeft(s3, 45);

            // 53 uniform bits, below 2^63, so signed comparisons are exact.
            Draw((result >>> 11).AsInt64()).StoreUnsafe(ref destination, (nuint)b);
        }

        // The streams as the steps left them: for the next block of the same document, or for the last replicates
        // (fewer than four), which the scalar steps draw from there.
        s0.CopyTo(state);
        s1.CopyTo(state[Streams..]);
        s2.CopyTo(state[(2 * Streams)..]);
        s3.CopyTo(state[(3 * Streams)..]);
        if (full < weights.Length)
        {
            FillScalar(state, weights, full);
        }
    }

    /// <summary>The vector draw of four lanes' uniform bits, for tests (see <see cref="Draw(Vector256{long})"/>).</summary>
    internal static Vector256<long> DrawForTest(Vector256<long> u) => Draw(u);

    /// <summary>The scalar draw of uniform bits, for tests.</summary>
    internal static long DrawForTest(ulong u) => Draw(u);

    /// <summary>The cumulative thresholds, for tests.</summary>
    internal static ReadOnlySpan<ulong> Thresholds => Cumulative;

    // The number of thresholds at or below each lane's bits (a true comparison is −1), as the scalar Draw counts them:
    // the first four always, the rest (about 2 % of draws reach the fifth) only when a lane passes the fourth. The bits
    // and the thresholds are integers, so u ≥ T is u > T − 1: one instruction per comparison where the processor has
    // only AVX2 (which compares 64-bit lanes for greater-than and for equality only), instead of three.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<long> Draw(Vector256<long> u)
    {
        var k = -(Vector256.GreaterThan(u, Vector256.Create(Threshold0 - 1))
            + Vector256.GreaterThan(u, Vector256.Create(Threshold1 - 1))
            + Vector256.GreaterThan(u, Vector256.Create(Threshold2 - 1))
            + Vector256.GreaterThan(u, Vector256.Create(Threshold3 - 1)));
        if (Vector256.EqualsAny(k, Vector256.Create(4L)))
        {
            k -= Vector256.GreaterThan(u, Vector256.Create(Threshold4 - 1))
                + Vector256.GreaterThan(u, Vector256.Create(Threshold5 - 1))
                + Vector256.GreaterThan(u, Vector256.Create(Threshold6 - 1))
                + Vector256.GreaterThan(u, Vector256.Create(Threshold7 - 1))
                + Vector256.GreaterThan(u, Vector256.Create(Threshold8 - 1))
                + Vector256.GreaterThan(u, Vector256.Create(Threshold9 - 1))
                + Vector256.GreaterThan(u, Vector256.Create(Threshold10 - 1))
                + Vector256.GreaterThan(u, Vector256.Create(Threshold11 - 1));
        }

        return k;
    }

    [MethodImpl(HotPath.Compilation)]
    private static long Draw(ulong u)
    {
        var k = 0;
        while (k < Cumulative.Length && u >= Cumulative[k])
        {
            k++;
        }

        return k;
    }

    private static ulong SplitMix(ref ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        return Mix(x);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));

    // One instruction where AVX-512 has it (vprolq), two shifts and an or elsewhere.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<ulong> RotateLeft(Vector256<ulong> x, [System.Diagnostics.CodeAnalysis.ConstantExpected] byte k) =>
        Avx512F.VL.IsSupported ? Avx512F.VL.RotateLeft(x, k) : (x << k) | (x >>> (64 - k));

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
