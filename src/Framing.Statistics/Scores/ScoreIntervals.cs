using System.Globalization;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Statistics.Resampling;

namespace Framing.Statistics.Scores;

/// <summary>
/// Confidence intervals for group scores from the streaming document bootstrap that a <see cref="CorpusTally"/>
/// keeps (<see cref="BootstrapSettings"/>): the percentile interval of the replicate scores, read as R's
/// <c>boot</c> does. Groups with too few documents get a note instead of a misleading interval.
/// </summary>
internal static class ScoreIntervals
{
    /// <summary>
    /// Share of replicates that must have a defined score for an interval to be given (a replicate is undefined when
    /// every resampled document with matches got weight 0). The interval is read from the defined replicates.
    /// </summary>
    public const double MinimumDefinedShare = 0.5;

    /// <summary>The note of an interval missing because the run kept fewer than two replicates (<c>--bootstrap 1</c>).</summary>
    public const string TooFewReplicatesNote = "too few replicates for an interval";

    /// <summary>The note of an interval missing because the run kept fewer replicates than a percentile interval at the
    /// level needs (<see cref="Resampling.BootstrapIntervals.MinimumReplicates"/>): "too few replicates for a 95%
    /// interval (20; at least 40)".</summary>
    internal static string TooFewReplicatesFor(int replicates, double confidenceLevel) =>
        replicates < 2
            ? TooFewReplicatesNote
            : string.Create(CultureInfo.InvariantCulture, $"too few replicates for a {confidenceLevel * 100:0.######}% interval ({replicates}; at least {Resampling.BootstrapIntervals.MinimumReplicates(confidenceLevel)})");

    /// <summary>Computes the interval of one group on a dimension or composite index.</summary>
    /// <param name="group">The group's tally (with replicate sums).</param>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="dimensionOrComposite">A dimension id or composite index id.</param>
    /// <param name="voices">Which voices count.</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1).</param>
    /// <param name="minimumDocuments">Fewest documents in the group for an interval.</param>
    /// <returns>The interval or the reason there is none.</returns>
    public static ConfidenceInterval Compute(GroupTally group, Lexicon lexicon, string dimensionOrComposite, VoiceSelection voices, double confidenceLevel, int minimumDocuments)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(lexicon);
        if (group.Replicates is null)
        {
            return ConfidenceInterval.Absent(IntervalAbsence.NoBootstrap, "no bootstrap");
        }

        if (group.Documents < minimumDocuments)
        {
            return ConfidenceInterval.Absent(IntervalAbsence.TooFewDocuments, string.Create(CultureInfo.InvariantCulture, $"too few documents for an interval ({group.Documents} < {minimumDocuments})"));
        }

        var axis = lexicon.Axis(dimensionOrComposite);
        var (weightA, weightB) = axis.Weights(group.Counts, voices);
        var score = FramingScore.Score(weightA, weightB);
        if (score is null)
        {
            return ConfidenceInterval.Absent(IntervalAbsence.NoMatches, "no matches");
        }

        var replicates = group.Replicates.Scores(axis, voices);
        if (replicates.Length < Resampling.BootstrapIntervals.MinimumReplicates(confidenceLevel))
        {
            // Fewer would put a limit on the smallest or largest replicate; the group's documents are not the reason.
            return ConfidenceInterval.Absent(IntervalAbsence.TooFewReplicates, TooFewReplicatesFor(replicates.Length, confidenceLevel));
        }

        var interval = BootstrapIntervals.Percentile(replicates, score.Value, confidenceLevel);
        if (interval.Replicates < MinimumDefinedShare * replicates.Length || !double.IsFinite(interval.Lower) || !double.IsFinite(interval.Upper))
        {
            return ConfidenceInterval.Absent(IntervalAbsence.TooFewDocumentsWithMatches, "too few documents with matches for an interval");
        }

        return ConfidenceInterval.Of(interval.Lower, interval.Upper);
    }

    /// <summary>The dimensions (by index) and signs that make up a dimension or composite index.</summary>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="dimensionOrComposite">A dimension id or composite index id.</param>
    /// <returns>The components.</returns>
    public static IReadOnlyList<(int Dimension, int Sign)> Components(Lexicon lexicon, string dimensionOrComposite)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return [.. lexicon.Axis(dimensionOrComposite).Components.Select(c => (c.Dimension, c.Sign))];
    }
}
