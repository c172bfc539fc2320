using System.Collections.ObjectModel;

namespace Framing;

/// <summary>
/// Read-only views of the lists the public API hands out. An array or a <see cref="List{T}"/> returned as an
/// <see cref="IReadOnlyList{T}"/> can be cast back and changed; a lexicon, a stopword list or a factory is immutable and
/// shared between threads (the built-in ones process-wide), so what it returns is wrapped.
/// </summary>
internal static class ReadOnlyLists
{
    /// <summary>A view of <paramref name="list"/> that cannot be cast to a writable list: <paramref name="list"/>
    /// itself when it is already read-only, else a <see cref="ReadOnlyCollection{T}"/> over it (no copy).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="list">The list.</param>
    /// <returns>The read-only view.</returns>
    public static IReadOnlyList<T> Of<T>(IReadOnlyList<T> list)
    {
        ArgumentNullException.ThrowIfNull(list);

        // An array says IsReadOnly through IList<T> (its length is fixed) but its elements can be set.
        return list switch
        {
            ReadOnlyCollection<T> => list,
            T[] { Length: 0 } => list,
            T[] array => new ReadOnlyCollection<T>(array),
            IList<T> { IsReadOnly: false } mutable => new ReadOnlyCollection<T>(mutable),
            _ => list,
        };
    }
}
