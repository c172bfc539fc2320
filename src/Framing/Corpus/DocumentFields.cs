using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Framing.Corpus;

/// <summary>
/// A document's fields as a corpus reader collects them: names and values side by side in one array, in the order
/// the record gives them, looked up by ordinal comparison of names. A record has a handful of fields, so a linear
/// search beats hashing and a document costs one array instead of a dictionary's three objects and its read-only view
/// (about 80 bytes for two fields instead of about 280). Read-only and compared by value, like the view
/// <see cref="Document.Fields"/> gives any other dictionary (<see cref="ReadOnlyValueDictionary{TKey, TValue}"/>),
/// and equal to such a view with the same entries.
/// </summary>
internal sealed class DocumentFields : IReadOnlyDictionary<string, string>, IValueComparedDictionary
{
    private readonly string[] _pairs; // name 0, value 0, name 1, value 1, …

    /// <summary>Takes <paramref name="pairs"/>' first <paramref name="count"/> fields (names at even, values at odd
    /// positions, names distinct); the array is kept when it has no room to spare, else copied.</summary>
    /// <param name="pairs">The names and values.</param>
    /// <param name="count">The number of fields.</param>
    internal DocumentFields(string[] pairs, int count)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count * 2, pairs.Length, nameof(count));
        _pairs = pairs.Length == count * 2 ? pairs : pairs[..(count * 2)];
    }

    /// <summary>Fields without any.</summary>
    public static DocumentFields None { get; } = new([], 0);

    /// <inheritdoc/>
    public int Count => _pairs.Length / 2;

    /// <inheritdoc/>
    public IEnumerable<string> Keys
    {
        get
        {
            for (var i = 0; i < _pairs.Length; i += 2)
            {
                yield return _pairs[i];
            }
        }
    }

    /// <inheritdoc/>
    public IEnumerable<string> Values
    {
        get
        {
            for (var i = 1; i < _pairs.Length; i += 2)
            {
                yield return _pairs[i];
            }
        }
    }

    /// <inheritdoc/>
    public string this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The document has no field '{key}'.");

    /// <inheritdoc/>
    public bool ContainsKey(string key) => IndexOf(_pairs, _pairs.Length, key) >= 0;

    /// <inheritdoc/>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var index = IndexOf(_pairs, _pairs.Length, key);
        value = index >= 0 ? _pairs[index + 1] : null;
        return index >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        for (var i = 0; i < _pairs.Length; i += 2)
        {
            yield return new KeyValuePair<string, string>(_pairs[i], _pairs[i + 1]);
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether <paramref name="obj"/> is a value-compared dictionary with the same names, each with an equal value.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>Whether they are equal.</returns>
    public override bool Equals(object? obj) => ReadOnlyDictionaries.ContentEquals(this, obj);

    /// <summary>A hash of the entries whatever their order, the same as an equal <see cref="ReadOnlyValueDictionary{TKey, TValue}"/>'s.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => ReadOnlyDictionaries.ContentHash(this);

    /// <summary>The entries, <c>[name=value, …]</c> in the record's order.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => "[" + string.Join(", ", this.Select(pair => pair.Key + "=" + pair.Value)) + "]";

    /// <summary>The position of <paramref name="name"/> among the first <paramref name="length"/> units of <paramref name="pairs"/>, or −1.</summary>
    internal static int IndexOf(string[] pairs, int length, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        for (var i = 0; i < length; i += 2)
        {
            if (string.Equals(pairs[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
