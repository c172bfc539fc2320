using Framing.Lexicons;
using Framing.Scoring;
using Framing.Statistics.Scores;

namespace Framing.Verbs;

/// <summary>
/// The rows of group scores, made one group at a time: for each group (in ordinal order), one row per dimension, then
/// one per composite index, each with its figures for the chosen voices, for each voice alone, and its interval.
/// </summary>
internal static class GroupScoreRows
{
    /// <summary>The rows, made as they are enumerated (arguments already checked).</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="lexicon">The lexicon it was scored with.</param>
    /// <param name="options">Voices and interval settings.</param>
    /// <returns>The rows, group by group.</returns>
    public static IEnumerable<GroupScore> Enumerate(CorpusTally tally, Lexicon lexicon, GroupScoreOptions options)
    {
        foreach (var group in tally.Groups)
        {
            var all = ScoreTable.Build(group, lexicon, options.Voices);
            var editorial = ScoreTable.Build(group, lexicon, VoiceSelection.Editorial);
            var quoted = ScoreTable.Build(group, lexicon, VoiceSelection.Quoted);
            var attributed = ScoreTable.Build(group, lexicon, VoiceSelection.Attributed);
            for (var i = 0; i < all.Count; i++)
            {
                var interval = tally.Bootstrap is null
                    ? null
                    : ScoreIntervals.Compute(group, lexicon, all[i].Dimension, options.Voices, options.ConfidenceLevel, options.MinimumDocuments);
                yield return new GroupScore(all[i], editorial[i], quoted[i], attributed[i], interval);
            }
        }
    }
}
