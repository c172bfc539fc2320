using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;
using System.Text.Unicode;

namespace Framing.Text;

/// <summary>
/// Strict UTF-8 to UTF-16 decoding for text that is mostly one- and two-byte characters (Arabic, with ASCII spaces and
/// punctuation), where the framework vectorizes only ASCII runs. Gives exactly the UTF-16 code units
/// <see cref="Utf8.ToUtf16(ReadOnlySpan{byte}, Span{char}, out int, out int, bool, bool)"/> gives without replacement,
/// and rejects exactly the input it rejects (truncated sequences, overlong forms, surrogates, code points above
/// U+10FFFF, lone continuation bytes).
/// </summary>
/// <remarks>
/// With SSSE3, sixteen bytes at a time (with AVX2, thirty-two, and sixteen where those do not decode): a block of ASCII is
/// widened (a longer run of ASCII by <see cref="Ascii.ToUtf16"/>); a block of only one- and two-byte characters that
/// starts at a character (its last byte may be the lead byte of a character finished by the next byte) is checked with
/// three byte masks, its characters are computed in 16-bit lanes, and the lanes of continuation bytes are squeezed out
/// with a shuffle from <see cref="SqueezeTable"/>. Anything else (three- and four-byte characters, invalid bytes, the
/// last bytes) is decoded by the framework a chunk at a time, cut where the next byte starts a character, so that the
/// chunks are valid exactly when the whole is. Without SSSE3 the framework decodes the whole.
/// </remarks>
internal static class Utf8Decoder
{
    // The first chunk handed to the framework after a block the vectors do not decode, in bytes; chunks in a row
    // double up to the longest, so that text of three-byte characters is not decoded sixteen bytes at a time.
    private const int FirstChunk = 16;
    private const int LongestChunk = 4096;

    /// <summary>
    /// For each 8-bit mask of the 16-bit lanes to keep: the 16-byte shuffle that moves those lanes, in order, to the
    /// front (the rest zeroed). Computed once by the type initializer and never written after.
    /// </summary>
    private static readonly byte[] SqueezeTable = BuildSqueezeTable();

    /// <summary>
    /// Decodes <paramref name="source"/> as strict UTF-8 into <paramref name="destination"/>.
    /// </summary>
    /// <param name="source">The bytes.</param>
    /// <param name="destination">Room for the characters: <paramref name="source"/>'s length always suffices (UTF-8
    /// never has fewer bytes than UTF-16 code units).</param>
    /// <param name="written">How many code units were written, or 0 when the bytes are not valid UTF-8.</param>
    /// <returns>Whether the bytes were valid UTF-8 (when not, <paramref name="destination"/> holds undefined units).</returns>
    /// <exception cref="ArgumentException">The destination is too short for the decoded text.</exception>
    public static bool TryDecode(ReadOnlySpan<byte> source, Span<char> destination, out int written) =>
        Ssse3.IsSupported ? TryDecodeVector(source, destination, out written) : TryDecodeScalar(source, destination, out written);

    /// <summary>The framework's decoding, which <see cref="TryDecode"/> gives the same results as.</summary>
    internal static bool TryDecodeScalar(ReadOnlySpan<byte> source, Span<char> destination, out int written)
    {
        var status = Utf8.ToUtf16(source, destination, out _, out written, replaceInvalidSequences: false, isFinalBlock: true);
        if (status == OperationStatus.DestinationTooSmall)
        {
            throw new ArgumentException("the destination is too short for the decoded text", nameof(destination));
        }

        if (status != OperationStatus.Done)
        {
            written = 0;
            return false;
        }

        return true;
    }

    /// <summary>The vector decoding of <see cref="TryDecode"/> (the scalar one without SSSE3).</summary>
    [MethodImpl(HotPath.Compilation)]
    internal static bool TryDecodeVector(ReadOnlySpan<byte> source, Span<char> destination, out int written)
    {
        if (!Ssse3.IsSupported)
        {
            return TryDecodeScalar(source, destination, out written);
        }

        ref var table = ref MemoryMarshal.GetArrayDataReference(SqueezeTable);
        ref var from = ref MemoryMarshal.GetReference(source);
        ref var to = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(destination));
        var length = (nuint)source.Length;
        var room = (nuint)destination.Length;
        nuint read = 0;
        nuint wrote = 0;
        var chunk = 0;
        while (true)
        {
            // Blocks of 32 or 16 bytes, without a call (which would spill the vectors): each reads one byte more than
            // the block and writes up to as many code units as the block has bytes.
            var blocksFrom = read;
            var asciiRun = false;
            while (read + 17 <= length && wrote + 16 <= room)
            {
                if (Avx2.IsSupported && read + 33 <= length && wrote + 32 <= room)
                {
                    // The same as below, 32 bytes at a time (AVX2 shuffles and unpacks each 16-byte half apart).
                    var wide = Vector256.LoadUnsafe(ref from, read);
                    var wideNonAscii = wide.ExtractMostSignificantBits();
                    if (wideNonAscii == 0)
                    {
                        var (low, high) = Vector256.Widen(wide);
                        low.StoreUnsafe(ref to, wrote);
                        high.StoreUnsafe(ref to, wrote + 16);
                        read += 32;
                        wrote += 32;
                        if (read + 32 <= length && Vector256.LoadUnsafe(ref from, read).ExtractMostSignificantBits() == 0)
                        {
                            asciiRun = true;
                            break;
                        }

                        continue;
                    }

                    var wideNext = Vector256.LoadUnsafe(ref from, read + 1);
                    var wideLeads = Vector256.LessThan((wide + Vector256.Create((byte)0xBE)).AsSByte(), Vector256.Create((sbyte)-98)).AsByte();
                    var wideLead = wideLeads.ExtractMostSignificantBits();
                    var wideFollowed = Vector256.LessThan(wideNext.AsSByte(), Vector256.Create((sbyte)-64)).ExtractMostSignificantBits();
                    if (wideFollowed == wideLead && wideNonAscii == (wideLead | (wideLead << 1)))
                    {
                        var wideHigh5 = wide - (wideLeads & Vector256.Create((byte)0xC0));
                        var wideLow6 = wideNext & Vector256.Create((byte)0x3F);
                        var wideLowWeight = wideLeads & Vector256.Create((byte)1);
                        var wideHighWeight = (wideLeads & Vector256.Create((byte)63)) + Vector256.Create((byte)1);

                        // Lanes of bytes 0..7 and 16..23, then of bytes 8..15 and 24..31.
                        var units0 = Avx2.MultiplyAddAdjacent(Avx2.UnpackLow(wideLow6, wideHigh5), Avx2.UnpackLow(wideLowWeight, wideHighWeight).AsSByte());
                        var units1 = Avx2.MultiplyAddAdjacent(Avx2.UnpackHigh(wideLow6, wideHigh5), Avx2.UnpackHigh(wideLowWeight, wideHighWeight).AsSByte());
                        var wideKeep = ~(wideLead << 1);
                        var keep0 = wideKeep & 0xFF;
                        var keep1 = (wideKeep >> 8) & 0xFF;
                        var keep2 = (wideKeep >> 16) & 0xFF;
                        var keep3 = wideKeep >> 24;
                        var squeezed0 = Avx2.Shuffle(units0.AsByte(), Vector256.Create(Vector128.LoadUnsafe(ref table, (nuint)keep0 * 16), Vector128.LoadUnsafe(ref table, (nuint)keep2 * 16))).AsUInt16();
                        var squeezed1 = Avx2.Shuffle(units1.AsByte(), Vector256.Create(Vector128.LoadUnsafe(ref table, (nuint)keep1 * 16), Vector128.LoadUnsafe(ref table, (nuint)keep3 * 16))).AsUInt16();
                        squeezed0.GetLower().StoreUnsafe(ref to, wrote);
                        wrote += (nuint)BitOperations.PopCount(keep0);
                        squeezed1.GetLower().StoreUnsafe(ref to, wrote);
                        wrote += (nuint)BitOperations.PopCount(keep1);
                        squeezed0.GetUpper().StoreUnsafe(ref to, wrote);
                        wrote += (nuint)BitOperations.PopCount(keep2);
                        squeezed1.GetUpper().StoreUnsafe(ref to, wrote);
                        wrote += (nuint)BitOperations.PopCount(keep3);
                        read += 32 + (wideLead >> 31);
                        continue;
                    }
                }

                var bytes = Vector128.LoadUnsafe(ref from, read);
                var nonAscii = bytes.ExtractMostSignificantBits();
                if (nonAscii == 0)
                {
                    var (low, high) = Vector128.Widen(bytes);
                    low.StoreUnsafe(ref to, wrote);
                    high.StoreUnsafe(ref to, wrote + 8);
                    read += 16;
                    wrote += 16;
                    if (read + 16 <= length && Vector128.LoadUnsafe(ref from, read).ExtractMostSignificantBits() == 0)
                    {
                        asciiRun = true;
                        break;
                    }

                    continue;
                }

                // Byte k of `next` is byte k + 1 of the text. C2..DF + BE wraps to 80..9D: -128..-99 as signed bytes;
                // 80..BF are -128..-65.
                var next = Vector128.LoadUnsafe(ref from, read + 1);
                var leads = Vector128.LessThan((bytes + Vector128.Create((byte)0xBE)).AsSByte(), Vector128.Create((sbyte)-98)).AsByte();
                var lead = leads.ExtractMostSignificantBits();
                var followed = Vector128.LessThan(next.AsSByte(), Vector128.Create((sbyte)-64)).ExtractMostSignificantBits();

                // Valid one- and two-byte characters only: each lead byte is followed by a continuation byte and each
                // continuation byte (the next block's first byte included) follows a lead byte; every non-ASCII byte
                // is one of the two (C0, C1, E0..FF, a continuation byte at the start are neither).
                if (followed != lead || nonAscii != ((lead | (lead << 1)) & 0xFFFF))
                {
                    break;
                }

                // Lane k: a lead byte's 5 payload bits times 64 plus the next byte's 6, or an ASCII byte times 1.
                var high5 = bytes - (leads & Vector128.Create((byte)0xC0));
                var low6 = next & Vector128.Create((byte)0x3F);
                var lowWeight = leads & Vector128.Create((byte)1);
                var highWeight = (leads & Vector128.Create((byte)63)) + Vector128.Create((byte)1);
                var unitsLow = Ssse3.MultiplyAddAdjacent(Sse2.UnpackLow(low6, high5), Sse2.UnpackLow(lowWeight, highWeight).AsSByte());
                var unitsHigh = Ssse3.MultiplyAddAdjacent(Sse2.UnpackHigh(low6, high5), Sse2.UnpackHigh(lowWeight, highWeight).AsSByte());

                // Keep the lanes of every byte but the continuation bytes.
                var keep = ~(lead << 1);
                var keepLow = keep & 0xFF;
                var keepHigh = (keep >> 8) & 0xFF;
                Ssse3.Shuffle(unitsLow.AsByte(), Vector128.LoadUnsafe(ref table, (nuint)keepLow * 16)).AsUInt16().StoreUnsafe(ref to, wrote);
                wrote += (nuint)BitOperations.PopCount(keepLow);
                Ssse3.Shuffle(unitsHigh.AsByte(), Vector128.LoadUnsafe(ref table, (nuint)keepHigh * 16)).AsUInt16().StoreUnsafe(ref to, wrote);
                wrote += (nuint)BitOperations.PopCount(keepHigh);
                read += 16 + (lead >> 15);
            }

            if (asciiRun)
            {
                // Two ASCII blocks in a row: the framework widens the rest of the ASCII run (as much as fits), faster.
                Ascii.ToUtf16(source[(int)read..], destination[(int)wrote..], out var widened);
                read += (nuint)widened;
                wrote += (nuint)widened;
                continue;
            }

            if (read + 17 > length || wrote + 16 > room)
            {
                break;
            }

            // A block the vectors do not decode: a chunk for the framework, longer after each such block in a row.
            chunk = read == blocksFrom ? Math.Clamp(chunk * 2, FirstChunk, LongestChunk) : FirstChunk;
            var end = ChunkEnd(source, (int)read, chunk);
            if (!TryDecodeScalar(source[(int)read..end], destination[(int)wrote..], out var units))
            {
                written = 0;
                return false;
            }

            read = (nuint)end;
            wrote += (nuint)units;
        }

        if (!TryDecodeScalar(source[(int)read..], destination[(int)wrote..], out var rest))
        {
            written = 0;
            return false;
        }

        written = (int)wrote + rest;
        return true;
    }

    /// <summary>
    /// Where a chunk of about <paramref name="chunk"/> bytes from <paramref name="start"/> ends: where the next byte is
    /// not a continuation byte (or at the end), so that the bytes after it start a character when the text is valid.
    /// </summary>
    [PerTokenHelper]
    private static int ChunkEnd(ReadOnlySpan<byte> source, int start, int chunk)
    {
        var end = Math.Min(source.Length, start + chunk);
        while (end < source.Length && (sbyte)source[end] < -64)
        {
            end++;
        }

        return end;
    }

    private static byte[] BuildSqueezeTable()
    {
        var table = new byte[256 * 16];
        for (var mask = 0; mask < 256; mask++)
        {
            var row = table.AsSpan(mask * 16, 16);
            row.Fill(0x80); // a shuffle index with the high bit set writes zero
            var at = 0;
            for (var lane = 0; lane < 8; lane++)
            {
                if ((mask & (1 << lane)) != 0)
                {
                    row[at++] = (byte)(2 * lane);
                    row[at++] = (byte)((2 * lane) + 1);
                }
            }
        }

        return table;
    }
}
