namespace Framing.Learning;

/// <summary>
/// Document frequencies of n-grams in a table of bounded size: when it holds more than its capacity, the n-grams seen
/// in fewest documents are dropped (the lowest frequencies first, until at most half the capacity is left). An n-gram
/// dropped early and seen again later starts over, so a frequency is a lower bound once <see cref="Pruned"/> is set.
/// </summary>
internal sealed class DocumentFrequencies(int capacity)
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public bool Pruned { get; private set; }

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public void AddDocument(IEnumerable<string> terms)
    {
        foreach (var term in terms)
        {
            _counts[term] = _counts.GetValueOrDefault(term) + 1;
        }

        if (_counts.Count > capacity)
        {
            Prune();
        }
    }

    private void Prune()
    {
        Pruned = true;
        var threshold = 1;
        while (_counts.Count > capacity / 2)
        {
            foreach (var key in _counts.Where(p => p.Value <= threshold).Select(p => p.Key).ToList())
            {
                _counts.Remove(key);
            }

            threshold++;
        }
    }
}
