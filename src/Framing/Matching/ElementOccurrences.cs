using Framing.Text;

namespace Framing.Matching;

/// <summary>
/// The pattern words that a token being resolved matches (<see cref="LanguageMatcher.Resolve"/> appends them): for
/// each occurrence, the element id, the dimensions it may count for at that token (a bit per dimension), and the
/// clitic reading that produced it. The scorer copies them into the token's cached reading; reused from token to
/// token; not thread-safe.
/// </summary>
internal sealed class ElementOccurrences
{
    private int[] _elements = new int[64];
    private ulong[] _masks = new ulong[64];
    private AffixVariant[] _variants = new AffixVariant[64];

    public int Count { get; private set; }

    public int Element(int index) => _elements[index];

    public ulong Mask(int index) => _masks[index];

    public AffixVariant Variant(int index) => _variants[index];

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(int element, ulong mask, AffixVariant variant)
    {
        if (Count == _elements.Length)
        {
            Grow();
        }

        _elements[Count] = element;
        _masks[Count] = mask;
        _variants[Count] = variant;
        Count++;
    }

    private void Grow()
    {
        Array.Resize(ref _elements, Count * 2);
        Array.Resize(ref _masks, Count * 2);
        Array.Resize(ref _variants, Count * 2);
    }

    /// <summary>Whether <paramref name="element"/> occurs in [<paramref name="start"/>, Count).</summary>
    public bool Contains(int start, int element)
    {
        for (var i = start; i < Count; i++)
        {
            if (_elements[i] == element)
            {
                return true;
            }
        }

        return false;
    }

    public void Clear() => Count = 0;
}
