using Framing.Statistics.Comparisons;
using Framing.Scoring;

namespace Framing.Reports;

/// <summary>What a report computes and how much of it it shows.</summary>
public sealed record ReportOptions
{
    /// <summary>The defaults.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>Bootstrap replicates of the score intervals and of the differences (0: no score intervals).</summary>
    public int Replicates { get; init; } = 2000;

    /// <summary>Which groups the differences compare (as <c>framing compare --pairs</c>): every pair (the default; G(G-1)/2
    /// comparisons of G groups, each with its permutations), each group against the rest, or <see cref="Pair"/>.</summary>
    public ComparisonPairs Pairs { get; init; } = ComparisonPairs.All;

    /// <summary>The two groups when <see cref="Pairs"/> is <see cref="ComparisonPairs.One"/>.</summary>
    public (string First, string Second)? Pair { get; init; }

    /// <summary>Permutations of document labels per comparison.</summary>
    public int Permutations { get; init; } = 2000;

    /// <summary>Seed of the resampling: the same seed gives the same page.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Confidence level of every interval.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;

    /// <summary>Fewest documents a group needs for an interval.</summary>
    public int MinimumDocuments { get; init; } = 5;

    /// <summary>Worker threads; the page is byte-identical for every value.</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>Which matches the figures count.</summary>
    public VoiceSelection Voices { get; init; } = VoiceSelection.All;

    /// <summary>Distinctive terms shown per group.</summary>
    public int TopTerms { get; init; } = 10;

    /// <summary>Fewest occurrences (group and rest together) of a term tested for keyness.</summary>
    public int MinimumTermCount { get; init; } = 3;

    /// <summary>Entries shown per pole.</summary>
    public int TopEntries { get; init; } = 5;

    /// <summary>Keyword-in-context lines shown per group, dimension and pole (the first ones in corpus order).</summary>
    public int ContextLines { get; init; } = 2;

    /// <summary>Words of context shown on each side of a match (5, as <c>framing kwic</c> shows them by default).</summary>
    public int ContextWindow { get; init; } = 5;

    /// <summary>Unmatched terms shown per group.</summary>
    public int CoverageTerms { get; init; } = 10;

    /// <summary>The record's members as the compiler prints them (<c>ReportOptions { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ReportOptions), PrintMembers);
}
