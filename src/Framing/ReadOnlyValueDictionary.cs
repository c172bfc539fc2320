using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Framing;

/// <summary>
/// A read-only dictionary that compares by value: the same keys, each with an equal value
/// (<see cref="EqualityComparer{T}.Default"/>), whatever the order; the dictionary a public record holds (a document's
/// fields), so that the record compares by value and the dictionary cannot be cast back to a writable one.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
internal sealed class ReadOnlyValueDictionary<TKey, TValue> : ReadOnlyDictionary<TKey, TValue>, IEquatable<ReadOnlyValueDictionary<TKey, TValue>>, IValueComparedDictionary
    where TKey : notnull
{
    /// <summary>A view of <paramref name="items"/> (no copy).</summary>
    /// <param name="items">The entries.</param>
    public ReadOnlyValueDictionary(IDictionary<TKey, TValue> items)
        : base(items)
    {
    }

    /// <summary>Whether <paramref name="other"/> has the same keys, each with an equal value.</summary>
    /// <param name="other">The other dictionary.</param>
    /// <returns>Whether the dictionaries are equal.</returns>
    public bool Equals(ReadOnlyValueDictionary<TKey, TValue>? other) => ReadOnlyDictionaries.ContentEquals(this, other);

    /// <summary>Whether <paramref name="obj"/> is a value-compared dictionary (this kind, or the fields a corpus reader
    /// collects) with the same keys, each with an equal value.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>Whether they are equal.</returns>
    public override bool Equals(object? obj) => ReadOnlyDictionaries.ContentEquals(this, obj);

    /// <summary>A hash of the entries whatever their order, the same for equal dictionaries.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => ReadOnlyDictionaries.ContentHash(this);

    /// <summary>The entries, <c>[key=value, …]</c> in the dictionary's order, numbers formatted with the invariant
    /// culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "[" + string.Join(", ", this.Select(pair => Text(pair.Key) + "=" + Text(pair.Value))) + "]";

    private static string? Text(object? item) => item is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : item?.ToString();
}

/// <summary>Read-only, value-comparing views of the dictionaries public records hold.</summary>
internal static class ReadOnlyDictionaries
{
    /// <summary>A view of <paramref name="dictionary"/> that cannot be cast to a writable dictionary and compares by
    /// value (no copy when it is an <see cref="IDictionary{TKey, TValue}"/>); null stays null.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="dictionary">The dictionary, or null.</param>
    /// <returns>The read-only view, or null.</returns>
    [return: NotNullIfNotNull(nameof(dictionary))]
    public static IReadOnlyDictionary<TKey, TValue>? OrNull<TKey, TValue>(IReadOnlyDictionary<TKey, TValue>? dictionary)
        where TKey : notnull => dictionary switch
        {
            null => null,
            IValueComparedDictionary => dictionary,
            IDictionary<TKey, TValue> items => new ReadOnlyValueDictionary<TKey, TValue>(items),
            _ => new ReadOnlyValueDictionary<TKey, TValue>(dictionary.ToDictionary()),
        };

    /// <summary>Whether <paramref name="obj"/> is a value-compared dictionary with the same keys as <paramref name="dictionary"/>,
    /// each with an equal value (<see cref="EqualityComparer{T}.Default"/>), whatever the order.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="dictionary">A value-compared dictionary.</param>
    /// <param name="obj">The other object.</param>
    /// <returns>Whether they are equal.</returns>
    internal static bool ContentEquals<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> dictionary, object? obj)
        where TKey : notnull
    {
        if (ReferenceEquals(dictionary, obj))
        {
            return true;
        }

        if (obj is not (IValueComparedDictionary and IReadOnlyDictionary<TKey, TValue> other) || other.Count != dictionary.Count)
        {
            return false;
        }

        var comparer = EqualityComparer<TValue>.Default;
        foreach (var (key, value) in dictionary)
        {
            if (!other.TryGetValue(key, out var otherValue) || !comparer.Equals(value, otherValue))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A hash of the entries whatever their order: the same for dictionaries <see cref="ContentEquals"/> calls equal.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="dictionary">The dictionary.</param>
    /// <returns>The hash.</returns>
    internal static int ContentHash<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> dictionary)
        where TKey : notnull
    {
        var sum = 0;
        var keys = EqualityComparer<TKey>.Default;
        var values = EqualityComparer<TValue>.Default;
        foreach (var (key, value) in dictionary)
        {
            sum += HashCode.Combine(keys.GetHashCode(key), value is null ? 0 : values.GetHashCode(value));
        }

        return HashCode.Combine(dictionary.Count, sum);
    }
}

/// <summary>A read-only dictionary that compares by value with any other of its kind (same entries, any order, the
/// same <see cref="ReadOnlyDictionaries.ContentHash"/>): what a public record may hold and compare.</summary>
internal interface IValueComparedDictionary
{
}
