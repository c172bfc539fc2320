namespace Framing.Matching;

/// <summary>
/// A map from 64-bit keys to ints that remembers insertion order: the edges of a trie while it is built, keyed by
/// (node, label). Written out instead of a <c>Dictionary&lt;long, int&gt;</c>, whose code is not in the ahead-of-time
/// images and had to be compiled at every start of the tool. Open addressing, at most half full.
/// </summary>
internal sealed class EdgeMap
{
    private int[] _slots = new int[64]; // entry index + 1; 0: empty
    private long[] _keys = new long[32];
    private int[] _values = new int[32];

    /// <summary>Number of entries.</summary>
    public int Count { get; private set; }

    /// <summary>The key of entry <paramref name="index"/> (entries are numbered in insertion order).</summary>
    public long KeyAt(int index) => _keys[index];

    /// <summary>The value of entry <paramref name="index"/>.</summary>
    public int ValueAt(int index) => _values[index];

    /// <summary>Looks a key up.</summary>
    public bool TryGetValue(long key, out int value)
    {
        var mask = _slots.Length - 1;
        for (var slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0)
            {
                value = 0;
                return false;
            }

            if (_keys[entry] == key)
            {
                value = _values[entry];
                return true;
            }
        }
    }

    /// <summary>Adds a key that is not in the map yet.</summary>
    public void Add(long key, int value)
    {
        if (Count == _keys.Length)
        {
            Grow();
        }

        _keys[Count] = key;
        _values[Count] = value;
        Insert(Count, key);
        Count++;
    }

    /// <summary>
    /// Flattens the map, whose keys are <c>(node &lt;&lt; labelBits) | label</c>, into one run of edges per node, in
    /// node order, each run sorted by label: what both tries look their edges up in.
    /// </summary>
    /// <param name="nodeCount">The number of nodes (every key's node is below it).</param>
    /// <param name="labelBits">How many low bits of a key hold the label (16 for characters, 32 for element ids).</param>
    /// <param name="start">Per node, where its run starts in <paramref name="labels"/> and <paramref name="targets"/>.</param>
    /// <param name="count">Per node, how many edges its run has.</param>
    /// <param name="labels">The edges' labels.</param>
    /// <param name="targets">The edges' values (the child nodes).</param>
    public void ToRuns(int nodeCount, int labelBits, out int[] start, out int[] count, out int[] labels, out int[] targets)
    {
        var labelMask = (1L << labelBits) - 1;
        start = new int[nodeCount];
        count = new int[nodeCount];
        for (var e = 0; e < Count; e++)
        {
            count[(int)(_keys[e] >> labelBits)]++;
        }

        var filled = new int[nodeCount];
        for (int n = 0, at = 0; n < nodeCount; at += count[n], n++)
        {
            start[n] = at;
            filled[n] = at;
        }

        labels = new int[Count];
        targets = new int[Count];
        for (var e = 0; e < Count; e++)
        {
            var at = filled[(int)(_keys[e] >> labelBits)]++;
            labels[at] = (int)(_keys[e] & labelMask);
            targets[at] = _values[e];
        }

        for (var n = 0; n < nodeCount; n++)
        {
            SortRun(labels, targets, start[n], count[n]);
        }
    }

    /// <summary>Sorts one node's edges by label (insertion sort: runs are short, except perhaps the root's).</summary>
    private static void SortRun(int[] labels, int[] targets, int start, int count)
    {
        for (var i = start + 1; i < start + count; i++)
        {
            var label = labels[i];
            var target = targets[i];
            var j = i - 1;
            for (; j >= start && labels[j] > label; j--)
            {
                labels[j + 1] = labels[j];
                targets[j + 1] = targets[j];
            }

            labels[j + 1] = label;
            targets[j + 1] = target;
        }
    }

    private static int Slot(long key, int mask) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32) & mask;

    private void Insert(int entry, long key)
    {
        var mask = _slots.Length - 1;
        var slot = Slot(key, mask);
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = entry + 1;
    }

    private void Grow()
    {
        var keys = new long[_keys.Length * 2];
        var values = new int[_values.Length * 2];
        Array.Copy(_keys, keys, Count);
        Array.Copy(_values, values, Count);
        _keys = keys;
        _values = values;
        _slots = new int[keys.Length * 2];
        for (var e = 0; e < Count; e++)
        {
            Insert(e, _keys[e]);
        }
    }
}
