namespace Framing.Corpus;

/// <summary>
/// With leanings read from a document field (<see cref="KnownLeanings.Field"/>), checks that every document of a group
/// gives the same leaning, as a known-leanings file must: the outlet-cluster statistics assume each outlet belongs to
/// one side; with leanings from a file, notes which of the file's groups have documents, so that a group named by the
/// file but absent from the corpus (often a typing mistake) can be reported. Not thread-safe: used by the consumer that
/// sees the documents in corpus order.
/// </summary>
internal sealed class GroupLeaningCheck
{
    private readonly Dictionary<string, (string Leaning, DocumentSource Source)> _first = new(StringComparer.Ordinal);
    private readonly HashSet<string> _groupsSeen = new(StringComparer.Ordinal);
    private readonly KnownLeanings _leanings;
    private readonly bool _active;

    /// <summary>Creates the check; it checks nothing when the leanings come from a file (which has its own check).</summary>
    public GroupLeaningCheck(KnownLeanings leanings)
    {
        _leanings = leanings;
        _active = leanings.Field is not null;
    }

    /// <summary>The groups the known-leanings file names that no document belonged to, sorted (ordinal); none for
    /// leanings read from a field.</summary>
    public IReadOnlyList<string> GroupsNotSeen() =>
        _active ? [] : [.. _leanings.Groups.Keys.Where(g => !_groupsSeen.Contains(g)).Order(StringComparer.Ordinal)];

    /// <summary>Notes the leaning of a document of <paramref name="group"/>.</summary>
    /// <exception cref="CorpusException">An earlier document of the group gave another leaning.</exception>
    public void Note(Document document, string group, string leaning)
    {
        // One outlet by the name the statistics give it (KnownLeanings.OutletOf): "a " and "a" are one outlet, so one leaning.
        var outlet = _leanings.OutletOf(group);
        if (!_active)
        {
            _groupsSeen.Add(outlet);
            return;
        }

        if (!_first.TryGetValue(outlet, out var first))
        {
            _first[outlet] = (leaning, document.Source);
            return;
        }

        if (!string.Equals(first.Leaning, leaning, StringComparison.Ordinal))
        {
            throw new CorpusException(new Diagnostic(
                document.Source,
                $"group '{group}' has leaning '{leaning}' here and '{first.Leaning}' at {first.Source}; each group must have one leaning"));
        }
    }
}
