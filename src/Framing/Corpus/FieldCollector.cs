namespace Framing.Corpus;

/// <summary>
/// Collects a record's fields as a reader finds them, for <see cref="DocumentFields"/>: a field set twice keeps its
/// last value, as a dictionary's indexer would. A mutable struct, held in a local or a field of the reading code; its
/// array is made at the first field, sized for two, and handed to the fields it makes when it has no room to spare.
/// Names are looked up linearly while a record has few fields, and through an index past
/// <see cref="IndexedFrom"/>, so that a record of many thousands of fields costs time linear in them, not quadratic.
/// </summary>
internal struct FieldCollector
{
    /// <summary>The number of fields from which names are looked up through a dictionary.</summary>
    internal const int IndexedFrom = 16;

    private string[]? _pairs;
    private int _length; // units used: two per field
    private Dictionary<string, int>? _index; // name → its unit, once the record has IndexedFrom fields

    /// <summary>Number of fields collected.</summary>
    public readonly int Count => _length / 2;

    /// <summary>Whether a field named <paramref name="name"/> was collected.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when collected.</returns>
    public readonly bool Contains(string name) => _pairs is not null && Find(name) >= 0;

    /// <summary>Sets field <paramref name="name"/> to <paramref name="value"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public void Set(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        _pairs ??= new string[4];
        var index = Find(name);
        if (index >= 0)
        {
            _pairs[index + 1] = value;
            return;
        }

        if (_length == _pairs.Length)
        {
            Array.Resize(ref _pairs, _pairs.Length * 2);
        }

        _pairs[_length] = name;
        _pairs[_length + 1] = value;
        _index?.Add(name, _length);
        _length += 2;
        if (_index is null && _length == IndexedFrom * 2)
        {
            _index = new Dictionary<string, int>(IndexedFrom * 2, StringComparer.Ordinal);
            for (var i = 0; i < _length; i += 2)
            {
                _index.Add(_pairs[i], i);
            }
        }
    }

    private readonly int Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _index is null ? DocumentFields.IndexOf(_pairs!, _length, name) : _index.GetValueOrDefault(name, -1);
    }

    /// <summary>The fields collected (the collector must not be used after).</summary>
    /// <returns>The fields.</returns>
    public readonly DocumentFields ToFields() => _pairs is null ? DocumentFields.None : new DocumentFields(_pairs, Count);
}
