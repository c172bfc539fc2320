using Framing.Scoring;

namespace Framing.Statistics.Comparisons;

// The pairs a run compares (every pair, or each group against the rest of the corpus pooled).
internal static partial class GroupComparer
{
    private static List<(GroupTally First, GroupTally Second)> Pairs(List<GroupTally> groups, ComparisonOptions options)
    {
        var pairs = new List<(GroupTally, GroupTally)>();
        switch (options.Pairs)
        {
            case ComparisonPairs.All:
                for (var i = 0; i < groups.Count; i++)
                {
                    for (var j = i + 1; j < groups.Count; j++)
                    {
                        pairs.Add((groups[i], groups[j]));
                    }
                }

                break;
            case ComparisonPairs.VersusRest:
                foreach (var group in groups)
                {
                    pairs.Add((group, Rest(groups, group)));
                }

                break;
            default:
                var (a, b) = options.Pair ?? throw new ArgumentException("a pair of groups is needed", nameof(options));
                pairs.Add((Find(groups, a), Find(groups, b)));
                break;
        }

        return pairs;
    }

    private static GroupTally Find(List<GroupTally> groups, string name) =>
        groups.Find(g => string.Equals(g.Group, name, StringComparison.Ordinal))
        ?? throw new ArgumentException($"no group '{Shown(name)}' in the corpus ({Listed(groups)})");

    /// <summary>The group names for a one-line message: the first 20, then how many more.</summary>
    private static string Listed(List<GroupTally> groups) => Framing.Corpus.RecordMessages.GroupList([.. groups.Select(g => g.Group)]);

    private static string Shown(string name) => Framing.Corpus.RecordMessages.NameOnOneLine(name);

    private static GroupTally Rest(List<GroupTally> groups, GroupTally except)
    {
        var dimensions = except.Counts.DimensionCount;
        var rest = new GroupTally(RestName(except.Group), dimensions, except.Replicates?.Settings);
        foreach (var g in groups)
        {
            if (!ReferenceEquals(g, except))
            {
                rest.Merge(g);
            }
        }

        return rest;
    }

    private static string RestName(string group) => "rest\u0000" + group;
}
