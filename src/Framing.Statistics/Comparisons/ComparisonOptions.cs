using Framing.Scoring;
using Framing.Statistics.MultipleTesting;

namespace Framing.Statistics.Comparisons;

/// <summary>Options of a group comparison.</summary>
public sealed record ComparisonOptions
{
    /// <summary>Which pairs to compare (default: all pairs).</summary>
    public ComparisonPairs Pairs { get; init; } = ComparisonPairs.All;

    /// <summary>The two groups when <see cref="Pairs"/> is <see cref="ComparisonPairs.One"/>.</summary>
    public (string First, string Second)? Pair { get; init; }

    /// <summary>Which voices count.</summary>
    public VoiceSelection Voices { get; init; } = VoiceSelection.All;

    /// <summary>How p-values are adjusted across every comparison of the run (default Holm).</summary>
    public PValueAdjustment Adjustment { get; init; } = PValueAdjustment.Holm;

    /// <summary>Random permutations of document labels per comparison (default 2,000).</summary>
    public int Permutations { get; init; } = 2000;

    /// <summary>Seed of the permutations.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Confidence level of the intervals (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>
    /// Whether differences get bootstrap intervals (default true). False: no replicates are drawn, so the comparison is
    /// faster, and each pair's row has no interval and the note <c>no bootstrap</c>; the tests and effect sizes are the
    /// same.
    /// </summary>
    public bool Intervals { get; init; } = true;

    /// <summary>Fewest documents each group needs for a bootstrap interval of the difference.</summary>
    public int MinimumDocuments { get; init; } = 5;

    /// <summary>Threads for permutations (results do not depend on it).</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>The record's members as the compiler prints them (<c>ComparisonOptions { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ComparisonOptions), PrintMembers);
}
