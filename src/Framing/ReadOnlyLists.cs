using System.Diagnostics.CodeAnalysis;

namespace Framing;

/// <summary>
/// Read-only views of the lists the public API hands out. An array or a <see cref="List{T}"/> returned as an
/// <see cref="IReadOnlyList{T}"/> can be cast back and changed; a lexicon, a stopword list or a factory is immutable and
/// shared between threads (the built-in ones process-wide), and a record's lists are part of its value, so what they
/// return is wrapped, in a <see cref="ReadOnlyValueList{T}"/> that also compares element by element (a record holding it
/// compares by value).
/// </summary>
internal static class ReadOnlyLists
{
    /// <summary>A list of <paramref name="list"/>'s elements that cannot be cast to a writable list and compares by
    /// value: <paramref name="list"/> itself when it is already such a list, the shared empty list when it is empty, else
    /// a <see cref="ReadOnlyValueList{T}"/> over a copy, so that a later change to the caller's list reaches neither the
    /// record nor the immutable object holding it.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="list">The list.</param>
    /// <param name="parameterName">The caller's argument, which names the public parameter (or <c>value</c> of an
    /// init accessor) that an <see cref="ArgumentNullException"/> names.</param>
    /// <returns>The read-only list.</returns>
    public static IReadOnlyList<T> Of<T>(IReadOnlyList<T> list, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(list))] string? parameterName = null)
    {
        ArgumentNullException.ThrowIfNull(list, parameterName);
        return list switch
        {
            ReadOnlyValueList<T> => list,
            { Count: 0 } => ReadOnlyValueList<T>.Empty,
            _ => new ReadOnlyValueList<T>([.. list]),
        };
    }

    /// <summary>A read-only list over <paramref name="list"/> itself, without a copy, for a list its maker hands over and
    /// never changes again (the matches a scorer collected for one document: copying them would double the memory a
    /// large document takes).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="list">The list, given up by the caller.</param>
    /// <returns>The read-only list.</returns>
    public static IReadOnlyList<T> Adopt<T>(List<T> list) => list.Count == 0 ? ReadOnlyValueList<T>.Empty : new ReadOnlyValueList<T>(list);

    /// <summary>As <see cref="Of{T}(IReadOnlyList{T}, string?)"/>, null staying null (a record's positional list, whose
    /// constructor never refused null).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="list">The list, or null.</param>
    /// <returns>The read-only view, or null.</returns>
    [return: NotNullIfNotNull(nameof(list))]
    public static IReadOnlyList<T>? OrNull<T>(IReadOnlyList<T>? list) => list is null ? null : Of(list);

    /// <summary>The shared empty list of <typeparamref name="T"/>, a record's default for a list.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <returns>The empty list.</returns>
    public static IReadOnlyList<T> Empty<T>() => ReadOnlyValueList<T>.Empty;
}
