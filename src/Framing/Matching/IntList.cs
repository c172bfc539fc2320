namespace Framing.Matching;

/// <summary>A growable list of integers that is cleared and reused, to keep the hot path free of allocations.</summary>
internal sealed class IntList
{
    private int[] _items = new int[64];

    public int Count { get; private set; }

    public ReadOnlySpan<int> Span => _items.AsSpan(0, Count);

    public int this[int index] => _items[index];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(int value)
    {
        if (Count == _items.Length)
        {
            Grow();
        }

        _items[Count++] = value;
    }

    public void Clear() => Count = 0;

    /// <summary>Removes the last item.</summary>
    public void Truncate() => Count--;

    private void Grow() => Array.Resize(ref _items, _items.Length * 2);
}
