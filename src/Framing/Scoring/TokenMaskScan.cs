using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Framing.Scoring;

/// <summary>
/// Finds the next token whose slot mask shares a bit with a filter (a walk may start there), four masks at a time where
/// the processor has 256-bit vectors: most tokens start no walk, and a test per token was a tenth of the work of the
/// loops over a chunk's tokens.
/// </summary>
internal static class TokenMaskScan
{
    /// <summary>
    /// The first index <c>i ≥ <paramref name="from"/></c> with <c>(masks[i] &amp; filter) != 0</c>, or
    /// <c>masks.Length</c> when there is none.
    /// </summary>
    /// <param name="masks">The tokens' slot masks.</param>
    /// <param name="from">Where to start (at most <c>masks.Length</c>).</param>
    /// <param name="filter">The slots looked for.</param>
    /// <returns>The index found, or the length.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Next(ReadOnlySpan<ulong> masks, int from, ulong filter)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan((uint)from, (uint)masks.Length, nameof(from));
        ref var first = ref MemoryMarshal.GetReference(masks);
        var i = (nuint)from;
        var length = (nuint)masks.Length;
        if (Vector256.IsHardwareAccelerated)
        {
            var wanted = Vector256.Create(filter);
            for (; i + 4 <= length; i += 4)
            {
                var hits = ~Vector256.Equals(Vector256.LoadUnsafe(ref first, i) & wanted, Vector256<ulong>.Zero);
                if (hits != Vector256<ulong>.Zero)
                {
                    return (int)i + BitOperations.TrailingZeroCount(hits.ExtractMostSignificantBits());
                }
            }
        }

        for (; i < length; i++)
        {
            if ((Unsafe.Add(ref first, i) & filter) != 0)
            {
                return (int)i;
            }
        }

        return masks.Length;
    }

    /// <summary><see cref="Next"/> by a test per token, for tests.</summary>
    internal static int NextScalarForTest(ReadOnlySpan<ulong> masks, int from, ulong filter)
    {
        for (var i = from; i < masks.Length; i++)
        {
            if ((masks[i] & filter) != 0)
            {
                return i;
            }
        }

        return masks.Length;
    }
}
