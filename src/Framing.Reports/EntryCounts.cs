using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Reports;

/// <summary>Counts the counted matches of each lexicon entry, per group, to show which entries carry each pole.</summary>
internal sealed class EntryCounts
{
    private readonly Dictionary<(string Dimension, LexiconEntry Entry), Dictionary<string, long>> _counts = [];

    /// <summary>Adds a document's counted matches in the selected voices.</summary>
    public void Add(string group, DocumentResult result, VoiceSelection voices)
    {
        foreach (var match in result.Matches)
        {
            if (match.Status != MatchStatus.Counted || match.Pole is null || !voices.Includes(match.Voice))
            {
                continue;
            }

            var key = (match.Dimension.Id, match.Entry);
            if (!_counts.TryGetValue(key, out var byGroup))
            {
                byGroup = new Dictionary<string, long>(StringComparer.Ordinal);
                _counts[key] = byGroup;
            }

            byGroup[group] = byGroup.GetValueOrDefault(group) + 1;
        }
    }

    /// <summary>Per dimension and pole (in lexicon order), the entries with the most counted matches.</summary>
    public List<PoleEntries> Top(Lexicon lexicon, IReadOnlyList<string> groups, int top)
    {
        var list = new List<PoleEntries>();
        foreach (var dimension in lexicon.Dimensions)
        {
            foreach (var (side, pole) in new[] { (PoleSide.A, dimension.PoleA), (PoleSide.B, dimension.PoleB) })
            {
                var entries = _counts
                    .Where(p => p.Key.Dimension == dimension.Id && p.Key.Entry.Side == side)
                    .Select(p =>
                    {
                        var count = p.Value.Values.Sum();
                        return new EntryUse(
                            p.Key.Entry.Pattern,
                            count,
                            count * p.Key.Entry.WeightMilli / 1000m,
                            [.. groups.Where(p.Value.ContainsKey).Select(g => new KeyValuePair<string, long>(g, p.Value[g]))]);
                    })
                    .OrderByDescending(e => e.Count)
                    .ThenBy(e => e.Pattern, StringComparer.Ordinal)
                    .Take(top)
                    .ToList();
                list.Add(new PoleEntries(dimension.Id, pole.Id, pole.Label, entries));
            }
        }

        return list;
    }
}
