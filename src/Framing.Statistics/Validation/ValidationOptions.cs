using Framing.Scoring;

namespace Framing.Statistics.Validation;

/// <summary>Options of <see cref="LexiconValidator"/>. Immutable.</summary>
public sealed record ValidationOptions
{
    /// <summary>The default options.</summary>
    public static ValidationOptions Default { get; } = new();

    /// <summary>Which voices the weights and entry counts include (default: all), as <c>framing score --voice</c>.</summary>
    public VoiceSelection Voices { get; init; } = VoiceSelection.All;

    /// <summary>Replicates of the outlet-cluster bootstrap (default 2,000; 0: no intervals, and no entry verdicts but
    /// <see cref="EntryVerdict.Unused"/>, <see cref="EntryVerdict.Neutral"/> and <see cref="EntryVerdict.Unclear"/>).</summary>
    public int Replicates { get; init; } = 2000;

    /// <summary>Seed of the bootstrap: the same seed gives the same intervals (default 1).</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Confidence level of the intervals (default 0.95).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Whether to gather per-entry evidence (<see cref="ValidationReport.Entries"/>); it keeps every match of
    /// each document while it is scored, which is slower. Default false.</summary>
    public bool Entries { get; init; }

    /// <summary>Worker threads for scoring; the report is the same for every value (default 1).</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>The record's members as the compiler prints them (<c>ValidationOptions { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ValidationOptions), PrintMembers);
}
