namespace Framing.Statistics.Comparisons;

/// <summary>
/// A growable buffer of values that are appended in records and never move: chunks that start small (64 values) and
/// double up to 64 KiB, so a small group costs little, a large one is never copied to grow (a doubled array holds the
/// old and the new copy at once while it grows) and no chunk lands on the large object heap. A record is reserved and
/// committed whole within one chunk, so a reader sees each record as one contiguous span. Not thread-safe.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class AppendOnlyChunks<T>
    where T : unmanaged
{
    private const int FirstLength = 64;
    private static readonly int MaxLength = Math.Max(FirstLength, (64 * 1024) / System.Runtime.CompilerServices.Unsafe.SizeOf<T>());
    private readonly List<T[]> _chunks = [];
    private readonly List<int> _lengths = [];

    /// <summary>Values committed in all chunks.</summary>
    public long Count { get; private set; }

    /// <summary>Bytes of the values of every chunk allocated, used or not (array headers not counted).</summary>
    public long AllocatedBytes { get; private set; }

    /// <summary>Number of chunks.</summary>
    public int ChunkCount => _chunks.Count;

    /// <summary>
    /// Space for a record of at most <paramref name="maximum"/> values, in the current chunk or a new one; write the
    /// record to its start, then call <see cref="Commit"/> with the number of values written.
    /// </summary>
    /// <param name="maximum">The most values the record can take (at least 1).</param>
    /// <returns>At least <paramref name="maximum"/> free values.</returns>
    public Span<T> Reserve(int maximum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, 1);
        var last = _chunks.Count - 1;
        if (last < 0 || _chunks[last].Length - _lengths[last] < maximum)
        {
            var length = last < 0 ? FirstLength : Math.Min(MaxLength, _chunks[last].Length * 2);
            _chunks.Add(new T[Math.Max(length, maximum)]);
            _lengths.Add(0);
            AllocatedBytes += (long)Math.Max(length, maximum) * System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
            last++;
        }

        return _chunks[last].AsSpan(_lengths[last]);
    }

    /// <summary>Commits the first <paramref name="count"/> values of the space <see cref="Reserve"/> returned last.</summary>
    /// <param name="count">Values written (at least 0, at most the space reserved).</param>
    public void Commit(int count)
    {
        var last = _chunks.Count - 1;
        if (last < 0 || count < 0 || count > _chunks[last].Length - _lengths[last])
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "more values than were reserved");
        }

        _lengths[last] += count;
        Count += count;
    }

    /// <summary>The committed values of a chunk.</summary>
    /// <param name="index">The chunk, from 0 to <see cref="ChunkCount"/> − 1.</param>
    /// <returns>Its values, records whole.</returns>
    public ReadOnlySpan<T> Chunk(int index) => _chunks[index].AsSpan(0, _lengths[index]);
}
