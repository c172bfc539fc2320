using Framing.Matching;

namespace Framing.Tests.Matching;

public sealed class CompiledExclusionTests
{
    [Theory]
    [InlineData(4, 1, 2, 0)] // words before the entry: the first of them
    [InlineData(4, 0, 2, 2)] // the entry first: the word after it
    [InlineData(4, 2, 2, 0)]
    [InlineData(3, 0, 1, 1)]
    [InlineData(2, 0, 2, 0)] // the exclusion is the entry itself: nothing outside it, position 0
    public void TheProbeIsTheFirstWordOutsideTheEntry(int exclusionLength, int entryOffset, int entryLength, int probe)
    {
        var elements = Enumerable.Range(10, exclusionLength).ToArray();
        var exclusion = CompiledExclusion.Create(elements, entryOffset, entryLength);
        Assert.Equal(probe, exclusion.Probe);
        Assert.Equal(entryOffset, exclusion.EntryOffset);
        Assert.Same(elements, exclusion.Elements);
    }
}
