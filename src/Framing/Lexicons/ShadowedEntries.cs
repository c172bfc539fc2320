namespace Framing.Lexicons;

/// <summary>
/// Finds entries that can never count: of two entries of a dimension and language with as many words, where each word of
/// one (a prefix such as <c>terror*</c>) matches every word the other's matches (<c>terrorism*</c>), both with as many
/// prefix words, the tie goes to the higher weight, then to the entry listed first (README, "Lexicons"); when that is
/// the broader one, the narrower one never wins a token. Only when they would count differently (another pole or
/// weight), and neither has exclusions or a target rule of its own (which may hand the token back).
/// <c>lexicons validate</c> (<see cref="EntryReader"/>) and <c>lexicons import</c> warn of them.
/// </summary>
internal static class ShadowedEntries
{
    /// <summary>Finds each entry that never counts and the first entry (in list order) that takes its tokens.</summary>
    /// <param name="entries">The entries, in the order the lexicon lists them.</param>
    /// <returns>The index of each entry that never counts, the index of the broader entry, and whether that one wins by
    /// its higher weight (else by being listed first); in list order of the narrower entry within each group.</returns>
    public static List<(int Narrow, int Broad, bool ByWeight)> Find(IReadOnlyList<Candidate> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var found = new List<(int Narrow, int Broad, bool ByWeight)>();
        var indexed = entries.Select((e, i) => (Entry: e, Index: i)).Where(x => !x.Entry.HasContextRules);
        foreach (var group in indexed.GroupBy(x => (x.Entry.Language, x.Entry.Dimension, x.Entry.Words.Length)))
        {
            // Candidates for the broader entry by their first word: exact words by text, prefixes by stem.
            var exact = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            var stems = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (var (e, i) in group)
            {
                var first = e.Words[0];
                var index = first.IsPrefix ? stems : exact;
                (index.TryGetValue(first.Text, out var list) ? list : index[first.Text] = []).Add(i);
            }

            foreach (var (narrow, n) in group)
            {
                var first = narrow.Words[0];
                var candidates = Enumerable.Range(1, first.Text.Length)
                    .SelectMany(length => stems.TryGetValue(first.Text[..length], out var list) ? list : [])
                    .Concat(!first.IsPrefix && exact.TryGetValue(first.Text, out var same) ? same : []);
                var broad = candidates
                    .Where(b => b != n && Covers(entries[b].Words, narrow.Words) && Wins(entries[b], b, narrow, n)
                        && (entries[b].Side != narrow.Side || entries[b].WeightMilli != narrow.WeightMilli))
                    .DefaultIfEmpty(-1)
                    .Min();
                if (broad >= 0)
                {
                    found.Add((n, broad, entries[broad].WeightMilli > narrow.WeightMilli));
                }
            }
        }

        return found;
    }

    // Whether every text the narrow pattern matches, the broad one matches too.
    private static bool Covers(PatternWord[] broad, PatternWord[] narrow)
    {
        for (var i = 0; i < broad.Length; i++)
        {
            var ok = broad[i].IsPrefix
                ? narrow[i].Text.StartsWith(broad[i].Text, StringComparison.Ordinal)
                : !narrow[i].IsPrefix && string.Equals(broad[i].Text, narrow[i].Text, StringComparison.Ordinal);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    // Whether the broad entry wins the tie with the narrow one: as many prefix words (fewer wins), then the higher
    // weight, then the entry listed first.
    private static bool Wins(Candidate broad, int broadIndex, Candidate narrow, int narrowIndex) =>
        broad.Words.Count(w => w.IsPrefix) == narrow.Words.Count(w => w.IsPrefix)
        && (broad.WeightMilli > narrow.WeightMilli || (broad.WeightMilli == narrow.WeightMilli && broadIndex < narrowIndex));

    /// <summary>What the check needs of an entry.</summary>
    /// <param name="Language">The entry's language.</param>
    /// <param name="Dimension">Its dimension.</param>
    /// <param name="Words">Its normalized pattern words.</param>
    /// <param name="Side">Its pole.</param>
    /// <param name="WeightMilli">Its weight in thousandths.</param>
    /// <param name="HasContextRules">Whether it has exclusions or a target rule of its own.</param>
    internal sealed record Candidate(string Language, string Dimension, PatternWord[] Words, PoleSide Side, int WeightMilli, bool HasContextRules);
}
