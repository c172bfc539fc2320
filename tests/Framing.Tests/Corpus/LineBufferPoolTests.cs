using Framing.Corpus;

namespace Framing.Tests.Corpus;

public sealed class LineBufferPoolTests
{
    [Fact]
    public void ReturnedBuffersAreRentedAgainLastInFirstOut()
    {
        var pool = new LineBufferPool(16);
        var first = pool.Rent();
        var second = pool.Rent();
        pool.Return(first);
        pool.Return(second);

        Assert.Same(second, pool.Rent());
        Assert.Same(first, pool.Rent());
        Assert.Equal(16, pool.Rent().Length);
        Assert.Equal(3, pool.Allocated);
    }

    [Fact]
    public void BuffersOfAnotherSizeAreNotTakenBack()
    {
        var pool = new LineBufferPool(16);
        pool.Return(new byte[32]);

        var rented = pool.Rent();

        Assert.Equal(16, rented.Length);
        Assert.Equal(1, pool.Allocated);
    }

    [Fact]
    public void ThePoolKeepsAtMostItsCapacity()
    {
        var pool = new LineBufferPool(8, capacity: 2);
        var buffers = Enumerable.Range(0, 3).Select(_ => pool.Rent()).ToList();
        buffers.ForEach(pool.Return);

        bool Pooled(byte[] buffer) => buffers.Any(b => ReferenceEquals(b, buffer));
        Assert.True(Pooled(pool.Rent()));
        Assert.True(Pooled(pool.Rent()));
        Assert.False(Pooled(pool.Rent())); // the third one returned was left to the collector
        Assert.Equal(4, pool.Allocated);
    }

    [Fact]
    public void RejectsImpossibleSettingsAndNull()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LineBufferPool(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LineBufferPool(8, capacity: -1));
        Assert.Throws<ArgumentNullException>(() => new LineBufferPool(8).Return(null!));
    }
}
