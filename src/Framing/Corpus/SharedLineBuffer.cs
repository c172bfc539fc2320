namespace Framing.Corpus;

/// <summary>
/// A buffer of <see cref="Utf8LineReader"/> that kept lines refer to: counted references (the reader's own, and one per
/// kept line), and back to the pool when the last one is released. Thread-safe.
/// </summary>
internal sealed class SharedLineBuffer
{
    private readonly LineBufferPool _pool;
    private int _references = 1;

    /// <summary>Shares <paramref name="array"/>, holding the reader's reference.</summary>
    /// <param name="array">The reader's buffer.</param>
    /// <param name="pool">Where the buffer goes when nothing refers to it.</param>
    internal SharedLineBuffer(byte[] array, LineBufferPool pool)
    {
        Array = array;
        _pool = pool;
    }

    /// <summary>The bytes.</summary>
    internal byte[] Array { get; }

    /// <summary>Adds a reference (a line kept in the buffer).</summary>
    internal void AddReference() => Interlocked.Increment(ref _references);

    /// <summary>Drops a reference; the last one returns the buffer to the pool.</summary>
    /// <exception cref="InvalidOperationException">Released more often than referenced.</exception>
    internal void Release()
    {
        var left = Interlocked.Decrement(ref _references);
        if (left == 0)
        {
            _pool.Return(Array);
        }
        else if (left < 0)
        {
            throw new InvalidOperationException("A line buffer was released more often than it was referenced.");
        }
    }
}
