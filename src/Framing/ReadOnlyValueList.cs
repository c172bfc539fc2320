using System.Collections.ObjectModel;
using System.Globalization;

namespace Framing;

/// <summary>
/// A read-only list that compares by value, element by element (<see cref="EqualityComparer{T}.Default"/>, so that a
/// NaN equals a NaN as in a record), the list a public record holds (see <see cref="ReadOnlyLists"/>): two records made
/// of equal lists are then equal and hash alike with the record's own equality, and the list cannot be cast back to a
/// writable one.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal sealed class ReadOnlyValueList<T> : ReadOnlyCollection<T>, IEquatable<ReadOnlyValueList<T>>
{
    /// <summary>A view of <paramref name="items"/> (no copy).</summary>
    /// <param name="items">The elements.</param>
    public ReadOnlyValueList(IList<T> items)
        : base(items)
    {
    }

    /// <summary>The empty list of <typeparamref name="T"/>.</summary>
    public static new ReadOnlyValueList<T> Empty { get; } = new(Array.Empty<T>());

    /// <summary>Whether <paramref name="other"/> holds equal elements in the same order.</summary>
    /// <param name="other">The other list.</param>
    /// <returns>Whether the lists are equal.</returns>
    public bool Equals(ReadOnlyValueList<T>? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other.Count != Count)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Count; i++)
        {
            if (!comparer.Equals(this[i], other[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ReadOnlyValueList<T>);

    /// <summary>A hash of the elements in order, the same for equal lists.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Count);
        var comparer = EqualityComparer<T>.Default;
        foreach (var item in this)
        {
            hash.Add(item, comparer);
        }

        return hash.ToHashCode();
    }

    /// <summary>The elements, <c>[a, b, c]</c>, numbers formatted with the invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "[" + string.Join(", ", this.Select(item => item is IFormattable formattable ? formattable.ToString(null, CultureInfo.InvariantCulture) : item?.ToString())) + "]";
}
