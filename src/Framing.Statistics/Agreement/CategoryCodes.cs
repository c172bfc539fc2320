namespace Framing.Statistics.Agreement;

/// <summary>Numbers categories 0, 1, 2… in order of first appearance, comparing them with a given comparer.</summary>
/// <typeparam name="T">The category type; may be a nullable type, but null is never given a code.</typeparam>
internal sealed class CategoryCodes<T>
{
    private readonly Dictionary<Key, int> codes;

    public CategoryCodes(IEqualityComparer<T>? comparer) => codes = new Dictionary<Key, int>(new KeyComparer(comparer ?? EqualityComparer<T>.Default));

    public int Count => codes.Count;

    /// <summary>The category's code, assigning the next one to a new category.</summary>
    public int CodeOf(T category)
    {
        var key = new Key(category);
        if (!codes.TryGetValue(key, out var code))
        {
            code = codes.Count;
            codes.Add(key, code);
        }

        return code;
    }

    /// <summary>Wraps a category so that a possibly-nullable type can key a dictionary.</summary>
    private readonly record struct Key(T Value);

    private sealed class KeyComparer(IEqualityComparer<T> inner) : IEqualityComparer<Key>
    {
        public bool Equals(Key x, Key y) => inner.Equals(x.Value, y.Value);

        public int GetHashCode(Key obj) => obj.Value is null ? 0 : inner.GetHashCode(obj.Value);
    }
}
