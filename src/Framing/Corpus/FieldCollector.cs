namespace Framing.Corpus;

/// <summary>
/// Collects a record's fields as a reader finds them, for <see cref="DocumentFields"/>: a field set twice keeps its
/// last value, as a dictionary's indexer would. A mutable struct, held in a local or a field of the reading code; its
/// array is made at the first field, sized for two, and handed to the fields it makes when it has no room to spare.
/// </summary>
internal struct FieldCollector
{
    private string[]? _pairs;
    private int _length; // units used: two per field

    /// <summary>Number of fields collected.</summary>
    public readonly int Count => _length / 2;

    /// <summary>Whether a field named <paramref name="name"/> was collected.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when collected.</returns>
    public readonly bool Contains(string name) => _pairs is not null && DocumentFields.IndexOf(_pairs, _length, name) >= 0;

    /// <summary>Sets field <paramref name="name"/> to <paramref name="value"/>.</summary>
    /// <param name="name">The name.</param>
    /// <param name="value">The value.</param>
    public void Set(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        _pairs ??= new string[4];
        var index = DocumentFields.IndexOf(_pairs, _length, name);
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
        _length += 2;
    }

    /// <summary>The fields collected (the collector must not be used after).</summary>
    /// <returns>The fields.</returns>
    public readonly DocumentFields ToFields() => _pairs is null ? DocumentFields.None : new DocumentFields(_pairs, Count);
}
