using System.Numerics;

namespace Framing.Statistics.Comparisons;

/// <summary>
/// The pole weights of one group's documents, packed: per document, a bit mask of its nonzero weights (one bit per
/// dimension and pole, slot 2d for pole A of dimension d and 2d + 1 for pole B, in 32-bit words) and then only those
/// weights, in slot order, each as one 32-bit integer (thousandths), or, for a weight beyond the range of one
/// (more than 2,147,483 matches of weight 1 on a pole of one document), as an escape value and the two halves of the
/// 64-bit weight: every weight is kept exactly. The documents' keys are kept beside, in the same order.
/// Records sit in <see cref="AppendOnlyChunks{T}"/>, so nothing is copied as the group grows.
/// </summary>
/// <remarks>
/// Memory: 8 bytes for the key, 4 for the mask (up to 16 dimensions) and 4 per nonzero weight, per document, plus
/// the unused tails of the chunks (less than one record each, and the free space of the last, at most 64 KiB). See <see cref="DocumentPoleWeights"/> for what this
/// comes to on a real corpus. Not thread-safe.
/// </remarks>
internal sealed class PackedPoleWeights
{
    /// <summary>Marks a weight stored as its two 32-bit halves (low, then high) in the next two values.</summary>
    private const int Escape = int.MinValue;

    private readonly AppendOnlyChunks<int> _records = new();
    private readonly AppendOnlyChunks<ulong> _keys = new();

    /// <summary>Creates an empty group.</summary>
    /// <param name="dimensionCount">Number of dimensions (at least 0).</param>
    public PackedPoleWeights(int dimensionCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dimensionCount);
        DimensionCount = dimensionCount;
        MaskWords = Math.Max(1, ((2 * dimensionCount) + 31) / 32);
    }

    /// <summary>Number of dimensions.</summary>
    public int DimensionCount { get; }

    /// <summary>Number of 32-bit words of a document's mask.</summary>
    private int MaskWords { get; }

    /// <summary>Number of documents.</summary>
    public int Count { get; private set; }

    /// <summary>Bytes of the chunks allocated for the records and the keys.</summary>
    public long AllocatedBytes => _records.AllocatedBytes + _keys.AllocatedBytes;

    /// <summary>Adds a document.</summary>
    /// <param name="key">Its key (of its group, id and text).</param>
    /// <param name="weights">Its weights, 2 × <see cref="DimensionCount"/> of them ([2d] = pole A, [2d + 1] = pole B); zeros are not stored.</param>
    public void Add(ulong key, ReadOnlySpan<long> weights)
    {
        var slots = 2 * DimensionCount;
        if (weights.Length != slots)
        {
            throw new ArgumentException($"expected {slots} weights, not {weights.Length}", nameof(weights));
        }

        var record = _records.Reserve(MaskWords + (3 * slots));
        record[..MaskWords].Clear();
        var at = MaskWords;
        for (var s = 0; s < slots; s++)
        {
            var w = weights[s];
            if (w == 0)
            {
                continue;
            }

            record[s >> 5] |= 1 << (s & 31);
            if (w > int.MinValue && w <= int.MaxValue)
            {
                record[at++] = (int)w;
            }
            else
            {
                record[at++] = Escape;
                record[at++] = (int)(uint)(ulong)w;
                record[at++] = (int)(uint)((ulong)w >> 32);
            }
        }

        _records.Commit(at);
        _keys.Reserve(1)[0] = key;
        _keys.Commit(1);
        Count++;
    }

    /// <summary>Reads the documents in the order they were added.</summary>
    /// <returns>A reader at the first document.</returns>
    public Reader Read() => new(this);

    /// <summary>Reads the documents of a <see cref="PackedPoleWeights"/> in order.</summary>
    internal ref struct Reader
    {
        private readonly PackedPoleWeights _owner;
        private ReadOnlySpan<int> _records;
        private ReadOnlySpan<ulong> _keys;
        private int _recordChunk;
        private int _keyChunk;

        /// <summary>Creates a reader at the first document.</summary>
        /// <param name="owner">The documents.</param>
        internal Reader(PackedPoleWeights owner)
        {
            _owner = owner;
            _recordChunk = -1;
            _keyChunk = -1;
        }

        /// <summary>Reads the next document.</summary>
        /// <param name="weights">Receives its 2 × <see cref="DimensionCount"/> weights, zeros included.</param>
        /// <param name="key">Its key (of its group, id and text).</param>
        /// <returns>False when every document was read.</returns>
        public bool Next(scoped Span<long> weights, out ulong key)
        {
            while (_records.IsEmpty)
            {
                if (++_recordChunk >= _owner._records.ChunkCount)
                {
                    key = 0;
                    return false;
                }

                _records = _owner._records.Chunk(_recordChunk);
            }

            while (_keys.IsEmpty)
            {
                _keys = _owner._keys.Chunk(++_keyChunk);
            }

            key = _keys[0];
            _keys = _keys[1..];
            weights = weights[..(2 * _owner.DimensionCount)];
            weights.Clear();
            var words = _owner.MaskWords;
            var at = words;
            for (var word = 0; word < words; word++)
            {
                var mask = (uint)_records[word];
                while (mask != 0)
                {
                    var slot = (word << 5) + BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                    var value = _records[at++];
                    if (value == Escape)
                    {
                        weights[slot] = (long)((uint)_records[at] | ((ulong)(uint)_records[at + 1] << 32));
                        at += 2;
                    }
                    else
                    {
                        weights[slot] = value;
                    }
                }
            }

            _records = _records[at..];
            return true;
        }
    }
}
