namespace Framing.Scoring;

/// <summary>
/// Settings of the streaming document bootstrap that gives every group score a confidence interval.
/// </summary>
/// <remarks>
/// Each document gets, in each replicate b, a resampling weight drawn from Poisson(1) by a counter-based generator
/// keyed on (seed, document id, b) — the Poisson bootstrap (Hanley and MacGibbon 2006), which approximates
/// resampling documents with replacement. Because a document's weights depend only on its id, the replicate sums
/// are order-independent integers: scoring in parallel, or in shards that are merged later, gives exactly the same
/// intervals. Documents should have unique ids; documents sharing an id share their weights.
/// </remarks>
/// <param name="Replicates">Number of bootstrap replicates B (default 2,000).</param>
/// <param name="Seed">Seed of the resampling weights.</param>
public sealed record BootstrapSettings(int Replicates = 2000, ulong Seed = 1)
{
    /// <summary>The most replicates allowed (memory per group is 48 bytes × dimensions × replicates, 16 when pooled).</summary>
    public const int MaxReplicates = 100_000;

    /// <summary>
    /// Null (the default) to keep the replicate sums of each voice apart, so that intervals can be computed for any
    /// voice selection later (a saved state needs this); or the one voice selection the intervals will be computed
    /// for, to pool the selected voices as documents are added: a third of the memory and of the work per document,
    /// and exactly the same intervals for that selection.
    /// </summary>
    public VoiceSelection? PooledVoices { get; init; }

    /// <summary>Checks the settings.</summary>
    /// <returns>This instance.</returns>
    internal BootstrapSettings Validate()
    {
        if (Replicates is < 1 or > MaxReplicates)
        {
            throw new ArgumentOutOfRangeException(nameof(Replicates), $"replicates must be between 1 and {MaxReplicates}");
        }

        return this;
    }

    /// <summary>The record's members as the compiler prints them (<c>BootstrapSettings { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(BootstrapSettings), PrintMembers);
}
