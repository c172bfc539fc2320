using Framing.Lexicons;

namespace Framing.Scoring;

/// <summary>Turns a corpus tally into rows: one per group and dimension, then one per group and composite index.</summary>
public static class ScoreTable
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
        var rows = new List<ScoreRow>(lexicon.Dimensions.Count + lexicon.Composites.Count);
        var counts = group.Counts;
        for (var d = 0; d < lexicon.Dimensions.Count; d++)
        {
            var dimension = lexicon.Dimensions[d];
            rows.Add(new ScoreRow(
                group.Group,
                dimension.Id,
                false,
                group.Documents,
                group.Tokens,
                dimension.PoleA.Id,
                dimension.PoleB.Id,
                counts.Count(d, PoleSide.A, voices),
                counts.Count(d, PoleSide.B, voices),
                counts.Count(d, PoleSide.Neutral, voices),
                counts.WeightMilli(d, PoleSide.A, voices),
                counts.WeightMilli(d, PoleSide.B, voices),
                group.CoveredTokens,
                counts.NegatedCount(d, PoleSide.A, voices),
                counts.NegatedCount(d, PoleSide.B, voices),
                counts.OffTargetCount(d, PoleSide.A, voices),
                counts.OffTargetCount(d, PoleSide.B, voices)));
        }

        foreach (var composite in lexicon.Composites)
        {
            long countA = 0, countB = 0, neutral = 0, weightA = 0, weightB = 0, negatedA = 0, negatedB = 0, offTargetA = 0, offTargetB = 0;
            foreach (var component in composite.Components)
            {
                var d = IndexOf(lexicon, component.DimensionId);
                var (a, b) = component.Sign > 0 ? (PoleSide.A, PoleSide.B) : (PoleSide.B, PoleSide.A);
                countA += counts.Count(d, a, voices);
                countB += counts.Count(d, b, voices);
                neutral += counts.Count(d, PoleSide.Neutral, voices);
                weightA += counts.WeightMilli(d, a, voices);
                weightB += counts.WeightMilli(d, b, voices);
                negatedA += counts.NegatedCount(d, a, voices);
                negatedB += counts.NegatedCount(d, b, voices);
                offTargetA += counts.OffTargetCount(d, a, voices);
                offTargetB += counts.OffTargetCount(d, b, voices);
            }

            rows.Add(new ScoreRow(
                group.Group, composite.Id, true, group.Documents, group.Tokens, "a", "b", countA, countB, neutral, weightA, weightB, group.CoveredTokens,
                negatedA, negatedB, offTargetA, offTargetB));
        }

        return rows;
    }

    private static int IndexOf(Lexicon lexicon, string dimensionId)
    {
        for (var i = 0; i < lexicon.Dimensions.Count; i++)
        {
            if (string.Equals(lexicon.Dimensions[i].Id, dimensionId, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new InvalidOperationException($"composite refers to unknown dimension '{dimensionId}'");
    }
}
