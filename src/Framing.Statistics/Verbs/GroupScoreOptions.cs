using Framing.Scoring;

namespace Framing.Verbs;

/// <summary>How <see cref="FramingVerbs.ScoreGroups(CorpusTally, Framing.Lexicons.Lexicon, GroupScoreOptions?)"/> scores groups and their intervals.</summary>
public sealed record GroupScoreOptions
{
    /// <summary>Which matches the figures count (default: every voice).</summary>
    public VoiceSelection Voices { get; init; } = VoiceSelection.All;

    /// <summary>The document bootstrap of the intervals (default: 2,000 replicates, seed 1), or null for no intervals.</summary>
    public BootstrapSettings? Bootstrap { get; init; } = new();

    /// <summary>The confidence level of the intervals.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>The fewest documents a group needs for an interval.</summary>
    public int MinimumDocuments { get; init; } = 5;

    /// <summary>The record's members as the compiler prints them (<c>GroupScoreOptions { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(GroupScoreOptions), PrintMembers);
}
