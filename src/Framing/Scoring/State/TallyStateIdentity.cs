namespace Framing.Scoring.State;

/// <summary>
/// Whether two states are the same state given twice: the same corpus and shard, scored the same way, with every
/// figure equal. Merging them would count each document twice. States of different corpora (the files of one
/// collection) or of different shards are never the same, whatever their figures.
/// </summary>
internal static class TallyStateIdentity
{
    /// <summary>Whether a state counts no document at all, scored or rejected (merging it twice adds nothing).</summary>
    /// <param name="state">The state.</param>
    /// <returns>True when it counts nothing.</returns>
    public static bool IsEmpty(TallyState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.Tally.ScoredDocuments == 0 && state.Tally.RejectedDocuments == 0;
    }

    /// <summary>Whether two states hold the same figures of the same corpus and shard, scored with the same lexicon,
    /// grouping field and bootstrap (where the lexicon was loaded from does not matter, its fingerprint does).</summary>
    /// <param name="x">A state.</param>
    /// <param name="y">Another state.</param>
    /// <returns>True when they are the same state.</returns>
    public static bool AreSame(TallyState x, TallyState y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        var (a, b) = (x.Tally, y.Tally);
        if (!string.Equals(x.Corpus, y.Corpus, StringComparison.Ordinal) || x.Shard != y.Shard
            || !string.Equals(x.LexiconFingerprint, y.LexiconFingerprint, StringComparison.Ordinal)
            || !string.Equals(x.GroupField, y.GroupField, StringComparison.Ordinal)
            || a.Bootstrap != b.Bootstrap || a.DimensionCount != b.DimensionCount
            || a.ScoredDocuments != b.ScoredDocuments || a.RejectedDocuments != b.RejectedDocuments
            || a.Groups.Count != b.Groups.Count || !a.Rejections.SequenceEqual(b.Rejections))
        {
            return false;
        }

        return a.Groups.Zip(b.Groups).All(pair => SameGroup(pair.First, pair.Second));
    }

    private static bool SameGroup(GroupTally x, GroupTally y) =>
        string.Equals(x.Group, y.Group, StringComparison.Ordinal)
        && x.Documents == y.Documents && x.Tokens == y.Tokens && x.CoveredTokens == y.CoveredTokens
        && x.Counts.ExportCounts().AsSpan().SequenceEqual(y.Counts.ExportCounts())
        && x.Counts.ExportWeights().AsSpan().SequenceEqual(y.Counts.ExportWeights())
        && x.Counts.ExportNegated().AsSpan().SequenceEqual(y.Counts.ExportNegated())
        && x.Counts.ExportOffTarget().AsSpan().SequenceEqual(y.Counts.ExportOffTarget())
        && (x.Replicates is null ? y.Replicates is null : y.Replicates is not null && x.Replicates.Export().AsSpan().SequenceEqual(y.Replicates.Export()));
}
