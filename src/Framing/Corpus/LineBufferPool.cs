namespace Framing.Corpus;

/// <summary>
/// The buffers of one <see cref="Utf8LineReader"/>, reused once the reader and every line kept in them have let go.
/// Reusing them keeps a long read from allocating a fresh buffer per 64 KiB of input (memory the operating system must
/// map and the garbage collector must trace): lines kept for decoding on other threads hold their buffer only until they
/// are decoded. Thread-safe: lines are released on the threads that decode them.
/// </summary>
internal sealed class LineBufferPool
{
    private readonly Stack<byte[]> _free = new();
    private readonly int _capacity;

    /// <summary>Creates a pool of buffers of <paramref name="bufferSize"/> bytes.</summary>
    /// <param name="bufferSize">The size of the buffers it hands out and takes back.</param>
    /// <param name="capacity">The most buffers it keeps; buffers returned beyond it are left to the garbage collector.</param>
    internal LineBufferPool(int bufferSize, int capacity = 128)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        BufferSize = bufferSize;
        _capacity = capacity;
    }

    /// <summary>The size of the pool's buffers in bytes.</summary>
    internal int BufferSize { get; }

    /// <summary>How many buffers the pool has allocated (for tests: reuse keeps it small).</summary>
    internal int Allocated { get; private set; }

    /// <summary>A buffer of <see cref="BufferSize"/> bytes: a returned one when there is one, else a new one. Its content is undefined.</summary>
    /// <returns>The buffer.</returns>
    internal byte[] Rent()
    {
        lock (_free)
        {
            if (_free.TryPop(out var buffer))
            {
                return buffer;
            }

            Allocated++;
        }

        return GC.AllocateUninitializedArray<byte>(BufferSize);
    }

    /// <summary>Takes back a buffer that nothing refers to any more; buffers of another size are ignored.</summary>
    /// <param name="buffer">The buffer.</param>
    internal void Return(byte[] buffer)
    {
        ArgumentNullException.ThrowIfNull(buffer);
        if (buffer.Length != BufferSize)
        {
            return;
        }

        lock (_free)
        {
            if (_free.Count < _capacity)
            {
                _free.Push(buffer);
            }
        }
    }
}
