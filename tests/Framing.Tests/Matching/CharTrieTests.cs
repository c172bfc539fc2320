using Framing.Matching;

namespace Framing.Tests.Matching;

public sealed class CharTrieTests
{
    [Fact]
    public void MatchFindsEveryPrefixPassedAndTheExactWordEndedOn()
    {
        var trie = CharTrie.Build(["رهاب*", "ارهاب", "ارهابي", "ار*", "rebel", "rebel*"]);
        Span<int> found = stackalloc int[8];

        Assert.Equal([3, 1], found[..trie.Match("ارهاب", [], found)].ToArray());
        Assert.Equal([3, 2], found[..trie.Match("ار", "هابي", found)].ToArray());
        Assert.Equal([5, 4], found[..trie.Match("rebel", [], found)].ToArray());
        Assert.Equal([5], found[..trie.Match("rebels", [], found)].ToArray());
        Assert.Equal(0, trie.Match("reb", [], found));
        Assert.Equal(0, trie.Match("x", [], found));
    }

    [Fact]
    public void MatchAgreesWithANaiveLookupOnRandomWords()
    {
        // Letters from several ranges (many edges per node, so both the linear and the binary search of a node's edges
        // run), including the highest code unit: the edges are sorted by character, whatever its value.
        char[] alphabet = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'ا', 'ب', 'ت', 'ه', 'ي', '\u00E9', '\uFB50', '\uFFFF'];
        var random = new Random(16);
        var words = new Dictionary<(string Text, bool IsPrefix), int>();
        while (words.Count < 400)
        {
            var text = new string(Enumerable.Range(0, random.Next(1, 6)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            words.TryAdd((text, random.Next(4) == 0), words.Count);
        }

        var trie = CharTrie.Build([.. words.OrderBy(w => w.Value).Select(w => w.Key.IsPrefix ? w.Key.Text + "*" : w.Key.Text)]);
        Span<int> found = stackalloc int[16];
        for (var i = 0; i < 2000; i++)
        {
            var probe = new string(Enumerable.Range(0, random.Next(1, 7)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var expected = new List<int>();
            for (var length = 0; length <= probe.Length; length++)
            {
                if (words.TryGetValue((probe[..length], true), out var prefix))
                {
                    expected.Add(prefix);
                }
            }

            if (words.TryGetValue((probe, false), out var exact))
            {
                expected.Add(exact);
            }

            var split = random.Next(probe.Length + 1);
            Assert.Equal(expected, found[..trie.Match(probe.AsSpan(0, split), probe.AsSpan(split), found)].ToArray());
        }
    }
}
