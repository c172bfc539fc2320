using Framing.Matching;

namespace Framing.Tests.Matching;

public sealed class PatternTrieTests
{
    [Fact]
    public void ANodeHasChildrenOnlyWhereALongerPatternGoesOn()
    {
        var builder = new PatternTrie.Builder();
        builder.Add([3], 0);
        builder.Add([3, 5], 1);
        builder.Add([4], 2);
        var trie = builder.Build();

        Assert.True(trie.HasChildren(PatternTrie.Root));
        Assert.True(trie.TryStep(PatternTrie.Root, 3, out var three));
        Assert.True(trie.HasChildren(three));
        Assert.Equal([0], trie.Terminals(three));
        Assert.True(trie.TryStep(three, 5, out var threeFive));
        Assert.False(trie.HasChildren(threeFive));
        Assert.Equal([1], trie.Terminals(threeFive));
        Assert.True(trie.TryStep(PatternTrie.Root, 4, out var four));
        Assert.False(trie.HasChildren(four));
        Assert.False(trie.TryStep(four, 5, out _));
    }
}
