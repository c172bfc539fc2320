using Framing.Lexicons;

namespace Framing.Scoring;

/// <summary>Turns a corpus tally into rows: one per group and dimension, then one per group and composite index.</summary>
internal static class ScoreTable
{
    /// <summary>Builds the rows of a tally.</summary>
    /// <param name="tally">The tally.</param>
    /// <param name="lexicon">The lexicon it was scored with.</param>
    /// <param name="voices">Which voices the figures count.</param>
    /// <returns>Rows ordered by group (ordinal), then dimensions in lexicon order, then composites in lexicon order.</returns>
    public static IReadOnlyList<ScoreRow> Build(CorpusTally tally, Lexicon lexicon, VoiceSelection voices = VoiceSelection.All)
    {
        ArgumentNullException.ThrowIfNull(tally);
        ArgumentNullException.ThrowIfNull(lexicon);
        var rows = new List<ScoreRow>();
        foreach (var group in tally.Groups)
        {
            rows.AddRange(Build(group, lexicon, voices));
        }

        return rows;
    }

    /// <summary>Builds the rows of one group.</summary>
    /// <param name="group">The group's tally.</param>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="voices">Which voices the figures count.</param>
    /// <returns>One row per dimension, then one per composite index.</returns>
    public static IReadOnlyList<ScoreRow> Build(GroupTally group, Lexicon lexicon, VoiceSelection voices = VoiceSelection.All)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(lexicon);
        var rows = new List<ScoreRow>(lexicon.Axes.Count);
        foreach (var axis in lexicon.Axes)
        {
            rows.Add(axis.Row(group, voices));
        }

        return rows;
    }
}
