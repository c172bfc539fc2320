namespace Framing.Matching;

/// <summary>
/// An immutable string-keyed hash map that is looked up with a <see cref="ReadOnlySpan{T}"/> of characters, so the
/// matcher can look tokens up without allocating strings. Keys are compared ordinally. Built once, then read-only and
/// safe to share between threads.
/// </summary>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class SpanKeyedMap<TValue>
{
    private readonly string[] _keys;
    private readonly TValue[] _values;
    private readonly int[] _buckets; // index + 1 into _keys, 0 = empty
    private readonly int _mask;

    public SpanKeyedMap(IReadOnlyCollection<KeyValuePair<string, TValue>> items)
    {
        var capacity = 16;
        while (capacity < items.Count * 2)
        {
            capacity *= 2;
        }

        _mask = capacity - 1;
        _buckets = new int[capacity];
        _keys = new string[items.Count];
        _values = new TValue[items.Count];
        var i = 0;
        foreach (var (key, value) in items)
        {
            var slot = Hash(key) & _mask;
            while (_buckets[slot] != 0)
            {
                if (string.Equals(_keys[_buckets[slot] - 1], key, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"duplicate key '{key}'", nameof(items));
                }

                slot = (slot + 1) & _mask;
            }

            _keys[i] = key;
            _values[i] = value;
            _buckets[slot] = ++i;
        }
    }

    public int Count => _keys.Length;

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value)
    {
        var slot = Hash(key) & _mask;
        while (true)
        {
            var index = _buckets[slot];
            if (index == 0)
            {
                value = default!;
                return false;
            }

            if (key.SequenceEqual(_keys[index - 1]))
            {
                value = _values[index - 1];
                return true;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>FNV-1a over UTF-16 code units: deterministic across processes and cheap for short keys.</summary>
    private static int Hash(ReadOnlySpan<char> key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
