using Framing.Lexicons;
using Framing.Matching;

namespace Framing.Statistics.Validation;

/// <summary>
/// The rows of the per-entry evidence: every lexicon entry in file order, then one row per actor with a scare mapping
/// and language with scare markers (actor order, then the lexicon's language order); and the row of a match.
/// </summary>
internal sealed class EntryRows
{
    private readonly Dictionary<LexiconEntry, int> _entries = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<(string Language, string Actor), int> _scares = [];

    public EntryRows(Lexicon lexicon)
    {
        var rows = new List<(LexiconEntry, bool)>(lexicon.Entries.Count);
        foreach (var entry in lexicon.Entries)
        {
            _entries[entry] = rows.Count;
            rows.Add((entry, false));
        }

        foreach (var actor in lexicon.Actors)
        {
            if (actor.Scare is not { } scare)
            {
                continue;
            }

            foreach (var language in lexicon.Metadata.Languages)
            {
                if (!lexicon.ScareMarkers.Any(m => string.Equals(m.Language, language, StringComparison.Ordinal)))
                {
                    continue;
                }

                _scares[(language, actor.Id)] = rows.Count;
                var entry = new LexiconEntry(
                    language, "scare marker + " + actor.Id, scare.DimensionId, scare.Side, scare.WeightMilli,
                    $"A scare marker next to a name of actor '{actor.Id}'.", [], [], scare.Location);
                rows.Add((entry, true));
            }
        }

        Rows = rows;
    }

    /// <summary>Each row's entry and whether it is a scare marker.</summary>
    public IReadOnlyList<(LexiconEntry Entry, bool IsScareMarker)> Rows { get; }

    public int Count => Rows.Count;

    /// <summary>The row of a counted match, or -1.</summary>
    public int RowOf(FramingMatch match)
    {
        if (match.Kind == MatchKind.ScareMarker)
        {
            return match.Target is { } actor && _scares.TryGetValue((match.Entry.Language, actor.Id), out var scareRow) ? scareRow : -1;
        }

        return _entries.TryGetValue(match.Entry, out var row) ? row : -1;
    }
}
