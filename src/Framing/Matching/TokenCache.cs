using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Framing.Text;

namespace Framing.Matching;

/// <summary>
/// What one distinct token resolves to (its normalized form and the pattern-word occurrences of its readings),
/// remembered by its original text. Word frequencies are Zipfian, so most tokens of a corpus are repeats and skip
/// normalization, clitic readings and trie walks. One cache per scorer (per thread); bounded: once full, new tokens
/// are resolved without being remembered (the first tokens seen are the frequent ones). Results never depend on it.
/// </summary>
/// <remarks>
/// An open-addressing hash table specialised for this one job: the keys' characters live in one pooled buffer; each slot
/// of the table holds an entry's hash beside its index, so a probe compares hashes without visiting the entry; an entry
/// (key position and length, the reading's slots, the reading) is one record, so a hit reads one record and the key's
/// characters; a look-up hashes the token's characters eight bytes at a time and nothing is allocated for a token seen
/// before.
/// </remarks>
internal sealed class TokenCache
{
    /// <summary>The most distinct tokens remembered (about 10 MB).</summary>
    public const int Capacity = 1 << 16;

    private const int InitialSlots = 1 << 10;

    private ulong[] _slots = new ulong[InitialSlots]; // hash << 32 | entry index + 1; 0: empty
    private Entry[] _entries = new Entry[InitialSlots / 2];
    private ResolvedToken[] _values = new ResolvedToken[InitialSlots / 2]; // the entries' readings, by entry
    private char[] _keys = new char[InitialSlots * 4];
    private int _count;
    private int _keyLength;

    /// <summary>Number of tokens remembered.</summary>
    public int Count => _count;

    /// <summary>
    /// The entry remembering a token, by its original text, or −1; <paramref name="slots"/> is its reading's
    /// <see cref="ResolvedToken.StartSlots"/> (0 when not found). An entry's index never changes: its reading is
    /// <see cref="Values"/>[entry].
    /// </summary>
    // For a token LookupAll missed (DocumentScorer.ResolveTokens looks it up again before resolving it: a new word met
    // twice in a chunk); a chunk's tokens are looked up by LookupAll, whose loop holds the tables. The caller keeps the
    // index, not the reading: storing an int costs no write barrier.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Lookup(ReadOnlySpan<char> token, out ulong slots) => Find(token, Hash(token), out slots);

    /// <summary>
    /// The readings by entry, as an array for a caller's loop: index it with what <see cref="Lookup"/> or <see cref="Add"/>
    /// returned. <see cref="Add"/> may replace the array (when the cache grows): take it after the last <see cref="Add"/>.
    /// </summary>
    public ResolvedToken[] Values => _values;

    /// <summary>Remembers a token, unless the cache is full; returns its entry (the existing one if it is held already), or −1 when full.</summary>
    public int Add(ReadOnlySpan<char> token, ResolvedToken resolved)
    {
        var hash = Hash(token);
        var existing = Find(token, hash, out _);
        if (existing >= 0)
        {
            return existing;
        }

        if (_count >= Capacity)
        {
            return -1;
        }

        if (_count >= _entries.Length)
        {
            Grow();
        }

        if (_keyLength + token.Length > _keys.Length)
        {
            Array.Resize(ref _keys, Math.Max(_keys.Length * 2, _keyLength + token.Length));
        }

        var entry = _count++;
        token.CopyTo(_keys.AsSpan(_keyLength));
        _entries[entry] = new Entry(_keyLength, token.Length, resolved.StartSlots);
        _values[entry] = resolved;
        _keyLength += token.Length;
        Insert(entry, hash);
        return entry;
    }

    /// <summary>
    /// Looks up every token of a text that is at most <paramref name="maxLength"/> units long: a held token's entry goes
    /// to <paramref name="entries"/> and its reading's start slots to <paramref name="slots"/> (at the token's index);
    /// the indices of the others (not held, or too long) go to <paramref name="misses"/>, in order. Returns how many
    /// missed. Nothing is added, so the tables are read once for the whole text.
    /// </summary>
    /// <param name="text">The text the tokens' offsets point into.</param>
    /// <param name="tokens">The tokens, each within the text.</param>
    /// <param name="maxLength">The longest token looked up.</param>
    /// <param name="entries">Receives each held token's entry (at least as long as <paramref name="tokens"/>).</param>
    /// <param name="slots">Receives each held token's start slots (as long).</param>
    /// <param name="misses">Receives the indices of the tokens not found (as long).</param>
    /// <returns>The number of misses.</returns>
    /// <exception cref="ArgumentException">A token lies outside the text, or an output is shorter than the tokens.</exception>
    // The caller's loop over a chunk's tokens (DocumentScorer.ResolveTokens), here so that the tables are locals of one
    // loop with no Add in it: a look-up per token would read the three arrays from the fields every time. Compiled fully
    // optimized at first call (and on the warm-up thread), never from ReadyToRun code or at tier 0: the hot path.
    [MethodImpl(HotPath.Compilation)]
    public int LookupAll(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int maxLength, Span<int> entries, Span<ulong> slots, Span<int> misses)
    {
        // One check that every token lies inside the text (the tokenizer's offsets, in order) and one that the outputs
        // hold every token, instead of checks per token.
        if (tokens.Length > 0 && (uint)tokens[^1].Start + (uint)tokens[^1].Length > (uint)text.Length)
        {
            throw new ArgumentException("the tokens do not belong to the text", nameof(tokens));
        }

        if (entries.Length < tokens.Length || slots.Length < tokens.Length || misses.Length < tokens.Length)
        {
            throw new ArgumentException("an output is shorter than the tokens", nameof(entries));
        }

        var mask = _slots.Length - 1;
        ref var firstSlot = ref MemoryMarshal.GetArrayDataReference(_slots);
        ref var firstEntry = ref MemoryMarshal.GetArrayDataReference(_entries);
        ref var firstKeyUnit = ref MemoryMarshal.GetArrayDataReference(_keys);
        ref var firstChar = ref MemoryMarshal.GetReference(text);
        ref var firstOutEntry = ref MemoryMarshal.GetReference(entries);
        ref var firstOutSlots = ref MemoryMarshal.GetReference(slots);
        var missCount = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            int entry;
            if (token.Length <= maxLength)
            {
                var key = MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref firstChar, token.Start), token.Length);
                entry = Find(ref firstSlot, mask, ref firstEntry, ref firstKeyUnit, key, Hash(key), out var found);
                if (entry >= 0)
                {
                    Unsafe.Add(ref firstOutEntry, i) = entry;
                    Unsafe.Add(ref firstOutSlots, i) = found;
                    continue;
                }
            }

            misses[missCount++] = i;
        }

        return missCount;
    }

    /// <summary>The entry holding <paramref name="token"/> (whose hash is <paramref name="hash"/>), or −1; <paramref name="slots"/>
    /// is its reading's start slots (0 when not found).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Find(ReadOnlySpan<char> token, int hash, out ulong slots) => Find(
        ref MemoryMarshal.GetArrayDataReference(_slots),
        _slots.Length - 1,
        ref MemoryMarshal.GetArrayDataReference(_entries),
        ref MemoryMarshal.GetArrayDataReference(_keys),
        token,
        hash,
        out slots);

    /// <summary><see cref="Find(ReadOnlySpan{char}, int, out ulong)"/> on the tables given by their first elements.</summary>
    // No bounds checks: a slot is masked to the table's length (a power of two); an index in the table is that of an
    // entry added (below _count, within _entries); an entry's key lies within the first _keyLength units of _keys. The
    // callers pass the arrays the fields hold, read after any Grow or resize of the keys and with no Add until the
    // look-up returns.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Find(ref ulong firstSlot, int mask, ref Entry firstEntry, ref char firstKeyUnit, ReadOnlySpan<char> token, int hash, out ulong slots)
    {
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var packed = Unsafe.Add(ref firstSlot, slot);
            if (packed == 0)
            {
                slots = 0;
                return -1;
            }

            if ((int)(packed >> 32) == hash)
            {
                var entry = (int)(uint)packed - 1;
                ref var candidate = ref Unsafe.Add(ref firstEntry, entry);
                if (candidate.KeyLength == token.Length
                    && KeyEquals(token, MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref firstKeyUnit, candidate.KeyStart), token.Length)))
                {
                    slots = candidate.StartSlots;
                    return entry;
                }
            }
        }
    }

    /// <summary>Whether a token equals a key.</summary>
    // Without a call, so that the loop over a text's tokens, where this is inlined, keeps its values in registers: a
    // token of four units or more is compared eight bytes at a time, its last eight bytes read whole (overlapping the
    // word before them when the length is not a multiple of four); one of two or three units as its first and its last
    // four bytes (overlapping for two); one of one unit as that unit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool KeyEquals(ReadOnlySpan<char> token, ReadOnlySpan<char> key)
    {
        if (token.Length != key.Length)
        {
            return false;
        }

        ref var t = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(token));
        ref var k = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(key));
        var bytes = token.Length * 2;
        if (bytes >= 8)
        {
            var last = bytes - 8;
            for (var offset = 0; offset < last; offset += 8)
            {
                if (Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref t, offset)) != Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref k, offset)))
                {
                    return false;
                }
            }

            return Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref t, last)) == Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref k, last));
        }

        if (bytes >= 4)
        {
            return Unsafe.ReadUnaligned<uint>(ref t) == Unsafe.ReadUnaligned<uint>(ref k)
                && Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref t, bytes - 4)) == Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref k, bytes - 4));
        }

        return bytes == 0 || Unsafe.ReadUnaligned<ushort>(ref t) == Unsafe.ReadUnaligned<ushort>(ref k);
    }

    private void Insert(int entry, int hash)
    {
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = ((ulong)(uint)hash << 32) | (uint)(entry + 1);
    }

    /// <summary>Doubles the table (it stays at most half full) and re-inserts the entries.</summary>
    private void Grow()
    {
        var old = _slots;
        Array.Resize(ref _entries, _entries.Length * 2);
        Array.Resize(ref _values, _entries.Length);
        _slots = new ulong[_entries.Length * 2];
        foreach (var packed in old)
        {
            if (packed != 0)
            {
                Insert((int)(uint)packed - 1, (int)(packed >> 32));
            }
        }
    }

    /// <summary>One remembered token: where its key lies in the key buffer, and its reading's slots (the reading is in <c>_values</c>).</summary>
    private readonly record struct Entry(int KeyStart, int KeyLength, ulong StartSlots);

    /// <summary>A non-negative hash of the characters, read eight bytes at a time (FNV-style multiply, then a final mix).</summary>
    // The last eight bytes of a token of four units or more are read whole, overlapping the word before them when the
    // length is not a multiple of four: no loop over a tail of one to three units (most words are four to eight). A
    // token of two or three units is read as two four-byte words, one of one unit as that unit.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Hash(ReadOnlySpan<char> token)
    {
        var h = 0xCBF29CE484222325UL ^ (ulong)token.Length;
        if (token.Length >= 4)
        {
            ref var bytes = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(token));
            var lastWord = (token.Length * 2) - 8;
            for (var offset = 0; offset < lastWord; offset += 8)
            {
                h = BitOperations.RotateLeft((h ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, offset))) * 0x100000001B3UL, 29);
            }

            h = BitOperations.RotateLeft((h ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref bytes, lastWord))) * 0x100000001B3UL, 29);
        }
        else if (token.Length >= 2)
        {
            // Two or three units: the first and the last four bytes (overlapping for two), without a loop.
            ref var bytes = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(token));
            h = (h ^ Unsafe.ReadUnaligned<uint>(ref bytes)) * 0x100000001B3UL;
            h = (h ^ Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref bytes, (token.Length * 2) - 4))) * 0x100000001B3UL;
        }
        else if (token.Length == 1)
        {
            h = (h ^ token[0]) * 0x100000001B3UL;
        }

        // The high bits of one multiplication by 2^64/φ (Fibonacci hashing) depend on every bit of h.
        return (int)((h * 0x9E3779B97F4A7C15UL) >> 33);
    }
}

/// <summary>A resolved token: its normalized form and its occurrences (parallel arrays).</summary>
/// <param name="normalized">The normalized form.</param>
/// <param name="elements">The pattern words the token's readings match.</param>
/// <param name="masks">Per occurrence, the slots it may count for.</param>
/// <param name="variants">Per occurrence, the reading it comes from.</param>
/// <param name="startSlots">The slots in which a match may start at the token (see <see cref="StartSlots"/>).</param>
/// <param name="continuations">Per occurrence, the element it continues a phrase with (see <see cref="Continuations"/>);
/// null: <paramref name="elements"/>.</param>
internal sealed class ResolvedToken(string normalized, int[] elements, ulong[] masks, AffixVariant[] variants, ulong startSlots, int[]? continuations = null)
{
    /// <summary>A token too long to match: no normalized form, no occurrences.</summary>
    public static ResolvedToken Unmatchable { get; } = new(string.Empty, [], [], [], 0);

    public string Normalized { get; } = normalized;

    public int[] Elements { get; } = elements;

    public ulong[] Masks { get; } = masks;

    public AffixVariant[] Variants { get; } = variants;

    /// <summary>
    /// Per occurrence, the element with which the token continues a phrase (as a word after its first): the occurrence's
    /// element, unless its reading removed a conjunction clitic: then the element of that word written after that lone
    /// conjunction in a pattern, or -1 (<see cref="LanguageMatcher.ContinuationElement"/>).
    /// </summary>
    public int[] Continuations { get; } = continuations ?? elements;

    /// <summary>
    /// The slots in which a match may start at this token: the union, over its occurrences, of the occurrence's mask and
    /// the slots of the entries that begin with its pattern word (<see cref="LanguageMatcher.StartSlots"/>). A token
    /// without one of a walk's slots here starts no walk of those slots; it may still lie inside a match.
    /// </summary>
    public ulong StartSlots { get; } = startSlots;
}
