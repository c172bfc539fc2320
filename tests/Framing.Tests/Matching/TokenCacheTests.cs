using Framing.Matching;
using Framing.Text;

namespace Framing.Tests.Matching;

public sealed class TokenCacheTests
{
    private static ResolvedToken Resolved(string normalized) => new(normalized, [], [], [], 0);

    /// <summary>A look-up as the scorer makes it: the entry's index, then its reading in <see cref="TokenCache.Values"/>.</summary>
    private static bool TryGet(TokenCache cache, ReadOnlySpan<char> token, out ResolvedToken? resolved, out ulong slots)
    {
        var entry = cache.Lookup(token, out slots);
        resolved = entry < 0 ? null : cache.Values[entry];
        return entry >= 0;
    }

    [Fact]
    public void FindsEveryRememberedTokenAndNothingElseThroughGrowth()
    {
        var cache = new TokenCache();
        var words = Enumerable.Range(0, 5000).Select(i => "w" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + new string('ب', i % 11)).ToList();
        foreach (var word in words)
        {
            cache.Add(word, Resolved(word.ToUpperInvariant()));
        }

        Assert.Equal(words.Count, cache.Count);
        foreach (var word in words)
        {
            Assert.True(TryGet(cache, word.AsSpan(), out var found, out _));
            Assert.Equal(word.ToUpperInvariant(), found!.Normalized);
        }

        Assert.False(TryGet(cache, "w5000", out _, out _));
        Assert.False(TryGet(cache, "w1", out _, out _)); // "w1" was stored as w1 + one ب
        Assert.False(TryGet(cache, string.Empty, out _, out _));
    }

    [Theory]
    [InlineData("a", "b")]
    [InlineData("abcd", "abce")] // differ in the first eight-byte word
    [InlineData("abcdefgh", "abcdefgi")] // differ in the tail
    [InlineData("abcd", "abcd\0")] // same characters up to a NUL: the length decides
    [InlineData("الجيش", "الجيس")]
    public void TokensThatDifferByOneCharacterAreKeptApart(string first, string second) => AssertKeptApart(first, second);

    /// <summary>The second token is not found as the first; once added, each is found as itself.</summary>
    private static void AssertKeptApart(string first, string second)
    {
        var cache = new TokenCache();
        cache.Add(first, Resolved("1"));
        Assert.False(TryGet(cache, second, out _, out _));
        cache.Add(second, Resolved("2"));
        Assert.True(TryGet(cache, first, out var a, out _));
        Assert.True(TryGet(cache, second, out var b, out _));
        Assert.Equal("1", a!.Normalized);
        Assert.Equal("2", b!.Normalized);
        Assert.Equal(2, cache.Count);
    }

    /// <summary>
    /// Two words of one length whose hashes are equal (found by search: a 32-bit hash collides among some 10^5 words) are
    /// told apart by their characters: a look-up must compare the key, not take the first entry of the right length and
    /// hash.
    /// </summary>
    [Fact]
    public void WordsOfOneLengthWithTheSameHashAreKeptApart()
    {
        var (first, second) = SameHash();
        Assert.Equal(first.Length, second.Length);
        Assert.NotEqual(first, second);
        Assert.Equal(TokenCache.Hash(first), TokenCache.Hash(second));
        AssertKeptApart(first, second);
    }

    // The first two six-letter words (a–z, in order) with equal hashes.
    private static (string First, string Second) SameHash()
    {
        var seen = new Dictionary<int, string>();
        Span<char> word = stackalloc char[6];
        for (var n = 0; ; n++)
        {
            var rest = n;
            for (var k = word.Length - 1; k >= 0; k--)
            {
                word[k] = (char)('a' + (rest % 26));
                rest /= 26;
            }

            var hash = TokenCache.Hash(word);
            if (seen.TryGetValue(hash, out var earlier))
            {
                return (earlier, word.ToString());
            }

            seen.Add(hash, word.ToString());
        }
    }

    [Fact]
    public void LooksUpSlicesOfALargerText()
    {
        var cache = new TokenCache();
        const string text = "قوات النظام قصفت";
        cache.Add(text.AsSpan(5, 6), Resolved("النظام"));
        Assert.True(TryGet(cache, "النظام", out var found, out _));
        Assert.Equal("النظام", found!.Normalized);
        Assert.True(TryGet(cache, text.AsSpan(5, 6), out _, out _));
        Assert.False(TryGet(cache, text.AsSpan(5, 5), out _, out _));
    }

    [Fact]
    public void KeepsTheFirstValueAndStopsAtCapacity()
    {
        var cache = new TokenCache();
        cache.Add("x", Resolved("first"));
        cache.Add("x", Resolved("second"));
        Assert.Equal(1, cache.Count);
        Assert.True(TryGet(cache, "x", out var x, out _));
        Assert.Equal("first", x!.Normalized);
        for (var i = 0; cache.Count < TokenCache.Capacity; i++)
        {
            cache.Add("t" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Resolved(string.Empty));
        }

        cache.Add("one-too-many", Resolved(string.Empty));
        Assert.Equal(TokenCache.Capacity, cache.Count);
        Assert.False(TryGet(cache, "one-too-many", out _, out _));
        Assert.True(TryGet(cache, "t0", out _, out _));
    }

    [Fact]
    public void AnEntryKeepsItsIndexAndTheFullCacheSaysSo()
    {
        var cache = new TokenCache();
        var first = cache.Add("first", new ResolvedToken("FIRST", [], [], [], 0b101));
        Assert.Equal(first, cache.Add("first", Resolved("again"))); // held already: the same entry, the first reading
        var others = Enumerable.Range(0, 3000).Select(i => cache.Add("o" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Resolved("O" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).ToList();
        Assert.Equal(3001, others.Append(first).Distinct().Count());

        // Through the table's growth, every index still reads its own reading and slots.
        Assert.Equal(first, cache.Lookup("first", out var slots));
        Assert.Equal((0b101UL, "FIRST"), (slots, cache.Values[first].Normalized));
        Assert.Equal("O2999", cache.Values[cache.Lookup("o2999", out _)].Normalized);
        Assert.Equal(others[1234], cache.Lookup("o1234", out _));
        Assert.Equal(-1, cache.Lookup("o3000", out var none));
        Assert.Equal(0UL, none);

        for (var i = 3000; cache.Count < TokenCache.Capacity; i++)
        {
            cache.Add("o" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Resolved(string.Empty));
        }

        Assert.Equal(-1, cache.Add("one-too-many", Resolved(string.Empty)));
        Assert.Equal(first, cache.Add("first", Resolved("again")));
    }

    [Fact]
    public void TokensWithTheSameHashAreKeptApart()
    {
        // Find real collisions of the 31-bit hash (birthday search over invented tokens).
        var seen = new Dictionary<int, string>();
        var pairs = new List<(string, string)>();
        for (var i = 0; pairs.Count < 3; i++)
        {
            var token = "t" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var hash = TokenCache.Hash(token);
            if (seen.TryGetValue(hash, out var earlier))
            {
                pairs.Add((earlier, token));
            }
            else
            {
                seen[hash] = token;
            }
        }

        var cache = new TokenCache();
        foreach (var (a, b) in pairs)
        {
            Assert.Equal(TokenCache.Hash(a), TokenCache.Hash(b));
            cache.Add(a, Resolved("A" + a));
            Assert.False(TryGet(cache, b, out _, out _));
            cache.Add(b, Resolved("B" + b));
        }

        foreach (var (a, b) in pairs)
        {
            Assert.True(TryGet(cache, a, out var first, out _));
            Assert.True(TryGet(cache, b, out var second, out _));
            Assert.Equal("A" + a, first!.Normalized);
            Assert.Equal("B" + b, second!.Normalized);
        }
    }

    [Fact]
    public void ATokenLongerThanTheKeyBufferIsRemembered()
    {
        var cache = new TokenCache();
        var longToken = new string('ك', 20_000);
        cache.Add("short", Resolved("s"));
        cache.Add(longToken, Resolved("long"));
        Assert.True(TryGet(cache, longToken, out var found, out _));
        Assert.Equal("long", found!.Normalized);
        Assert.True(TryGet(cache, "short", out _, out _));
        Assert.False(TryGet(cache, longToken.AsSpan(0, 19_999), out _, out _));
    }

    [Fact]
    public void ALookUpGivesTheRememberedReadingsSlotsThroughGrowth()
    {
        var cache = new TokenCache();
        var readings = new List<(string Token, ResolvedToken Reading)>();
        for (var i = 0; i < 3000; i++)
        {
            var token = "k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var mask = (ulong)(i % 61) << (i % 3);
            var reading = new ResolvedToken(token, [i], [mask], [default], mask);
            readings.Add((token, reading));
            cache.Add(token, reading);
        }

        foreach (var (token, reading) in readings)
        {
            Assert.True(TryGet(cache, token, out var found, out var slots));
            Assert.Same(reading, found);
            Assert.Equal(reading.StartSlots, slots);
        }

        Assert.False(TryGet(cache, "k3000", out var missing, out var none));
        Assert.Null(missing);
        Assert.Equal(0UL, none);
    }

    [Fact]
    public void KeysOfDifferentLengthsAreNeverEqual()
    {
        // Even when one is the start of the other, at every length the comparison reads differently (0, 1, 2-3, 4-8, and
        // the eight-byte loop beyond).
        for (var length = 0; length <= 40; length++)
        {
            var key = new string('ب', length + 1);
            Assert.False(TokenCache.KeyEquals(key.AsSpan(0, length), key), $"lengths {length} and {length + 1}");
            Assert.False(TokenCache.KeyEquals(key, key.AsSpan(0, length)), $"lengths {length + 1} and {length}");
        }
    }

    [Fact]
    public void KeysAreEqualOnlyWhenEveryCharacterIs()
    {
        // Keys are compared by overlapping reads of two, four or eight bytes: a difference at any position counts.
        for (var length = 1; length <= 40; length++)
        {
            var key = new string('ب', length).ToCharArray();
            var token = (char[])key.Clone();
            Assert.True(TokenCache.KeyEquals(token, key));
            for (var position = 0; position < length; position++)
            {
                token[position] = 'ت';
                Assert.False(TokenCache.KeyEquals(token, key), $"length {length}, position {position}");
                token[position] = (char)('ب' + 0x100); // a difference in the high byte only
                Assert.False(TokenCache.KeyEquals(token, key), $"length {length}, position {position} (high byte)");
                token[position] = 'ب';
            }
        }
    }

    /// <summary>
    /// The hash is a non-negative function of the token's characters alone (the same for a slice of a longer text, whatever
    /// lies around it), and every character takes part: changing any one of a token of 1 to 20 units changes it. Results
    /// never depend on the hash, but a hash that read outside the token or skipped characters would make the cache miss
    /// or pile tokens onto one probe chain.
    /// </summary>
    [Fact]
    public void TheHashReadsEveryCharacterOfTheTokenAndNothingAroundIt()
    {
        for (var length = 0; length <= 20; length++)
        {
            var word = new string('ب', length).ToCharArray();
            var hash = TokenCache.Hash(word);
            Assert.True(hash >= 0, $"length {length}: {hash}");
            foreach (var around in new[] { 'x', 'ت' })
            {
                var padded = new char[length + 16];
                padded.AsSpan().Fill(around);
                word.CopyTo(padded.AsSpan(8));
                Assert.True(hash == TokenCache.Hash(padded.AsSpan(8, length)), $"length {length} between '{around}'");
            }

            for (var position = 0; position < length; position++)
            {
                word[position] = 'ت';
                Assert.True(hash != TokenCache.Hash(word), $"length {length}, position {position}");
                word[position] = (char)('ب' + 0x100); // a difference in the high byte only
                Assert.True(hash != TokenCache.Hash(word), $"length {length}, position {position} (high byte)");
                word[position] = 'ب';
            }
        }
    }

    [Fact]
    public void LookUpAllGivesEachHeldTokensEntryAndSlotsAndListsTheOthersInOrder()
    {
        // A text of 2,000 words, of which the cache holds every third (through several growths), with words longer than
        // the limit among them: a held word within the limit gets its entry and slots; every other index is a miss, in order.
        var cache = new TokenCache();
        var words = Enumerable.Range(0, 2000).Select(i => (i % 7 == 0 ? "طويلة" : "w") + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var entries = new Dictionary<string, (int Entry, ulong Slots)>();
        for (var i = 0; i < words.Length; i += 3)
        {
            var slots = (ulong)(i + 1) << (i % 5);
            var entry = cache.Add(words[i], new ResolvedToken(words[i], [i], [slots], [default], slots));
            entries[words[i]] = (entry, slots);
        }

        var text = string.Join(" ", words);
        var tokens = new List<Token>();
        var start = 0;
        foreach (var word in words)
        {
            tokens.Add(new Token(start, word.Length, 0, 0));
            start += word.Length + 1;
        }

        const int maxLength = 7; // "طويلة" + digits is 8 units or more from i = 100: those are misses even when held
        var outEntries = new int[words.Length];
        var outSlots = new ulong[words.Length];
        var misses = new int[words.Length];
        var missCount = cache.LookupAll(text, tokens.ToArray(), maxLength, outEntries, outSlots, misses);

        var expectedMisses = new List<int>();
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length <= maxLength && entries.TryGetValue(words[i], out var held))
            {
                Assert.Equal(held.Entry, outEntries[i]);
                Assert.Equal(held.Slots, outSlots[i]);
            }
            else
            {
                expectedMisses.Add(i);
            }
        }

        Assert.Equal(expectedMisses, misses.Take(missCount));
        Assert.Contains(expectedMisses, i => words[i].Length > maxLength && entries.ContainsKey(words[i]));
    }

    [Fact]
    public void LookUpAllRefusesTokensOutsideTheTextAndOutputsShorterThanTheTokens()
    {
        var cache = new TokenCache();
        cache.Add("abc", Resolved("abc"));
        Token[] tokens = [new(0, 3, 0, 0), new(4, 3, 0, 0)];
        var big = new int[2];
        var misses = new int[2];
        Assert.Equal(1, cache.LookupAll("abc abx", tokens, 40, big, new ulong[2], misses));
        Assert.Equal(1, misses[0]);
        Assert.Throws<ArgumentException>(() => cache.LookupAll("abc ab", tokens, 40, big, new ulong[2], new int[2]));
        Assert.Throws<ArgumentException>(() => cache.LookupAll("abc abx", tokens, 40, new int[1], new ulong[2], new int[2]));
        Assert.Throws<ArgumentException>(() => cache.LookupAll("abc abx", tokens, 40, big, new ulong[1], new int[2]));
        Assert.Throws<ArgumentException>(() => cache.LookupAll("abc abx", tokens, 40, big, new ulong[2], new int[1]));
    }

    [Fact]
    public void LookUpAllOfNoTokensFindsNothingAndMissesNothing()
    {
        // A text without tokens (empty, or only spaces and punctuation): there is no last token to check against it.
        var cache = new TokenCache();
        cache.Add("abc", Resolved("abc"));
        Assert.Equal(0, cache.LookupAll(string.Empty, [], 40, [], [], []));
        Assert.Equal(0, cache.LookupAll(" , ", [], 40, new int[1], new ulong[1], new int[1]));
    }
}
