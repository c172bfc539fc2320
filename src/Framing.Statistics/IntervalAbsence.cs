namespace Framing.Statistics;

/// <summary>Why a <see cref="ConfidenceInterval"/> is missing.</summary>
public enum IntervalAbsence
{
    /// <summary>There is an interval.</summary>
    None = 0,

    /// <summary>The run kept no bootstrap replicates (none were asked for).</summary>
    NoBootstrap,

    /// <summary>The group has fewer documents than the minimum for an interval.</summary>
    TooFewDocuments,

    /// <summary>The group has no matches in the voices counted.</summary>
    NoMatches,

    /// <summary>Too few of the group's documents have matches for the bootstrap to vary.</summary>
    TooFewDocumentsWithMatches,

    /// <summary>Too few replicates gave a defined value for the percentiles.</summary>
    TooFewReplicates,

    /// <summary>A side has fewer than two outlets, so an outlet bootstrap cannot vary it.</summary>
    TooFewOutlets,

    /// <summary>A side has no documents.</summary>
    NoDocumentsOnASide,

    /// <summary>A side's documents have no tokens, so a figure per token of that side is undefined.</summary>
    NoTokensOnASide,
}
