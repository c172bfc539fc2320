namespace Framing.Statistics.Comparisons;

/// <summary>
/// One comparison of two groups on one dimension (or composite index), or the omnibus test of all groups on it.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>Difference</c> = score₁ − score₂, with a percentile interval from the streaming document bootstrap
/// (each group resampled independently; the same replicate index pairs the two).</item>
/// <item><c>PPermutation</c>: permutation test of the difference, shuffling documents' group labels (the honest test
/// when words are bursty within documents); (1 + #{|T*| ≥ |T|}) / (B + 1) over B random permutations, or exact
/// (every split enumerated) when at most 16 documents of the two groups have matches. Each permutation's draw is keyed
/// to the documents' ids and the seed, so the p-value does not depend on document order or parallelism.</item>
/// <item><c>CountTest</c>: a test on the 2 × 2 table of pole counts (groups × poles): Pearson chi-square with Yates'
/// correction when every expected count is at least 5, otherwise Fisher's exact test. It treats matches as
/// independent, which overstates certainty when words cluster in documents; prefer the permutation p-value.</item>
/// <item><c>CohensH</c>: effect size for the difference in the share of pole A among pole matches.</item>
/// <item><c>OddsRatio</c>: conditional maximum-likelihood odds ratio of pole A vs B between the groups, with
/// Fisher's exact interval.</item>
/// <item>Omnibus rows: Pearson chi-square on the groups × poles table of counts, with Cramér's V.</item>
/// </list>
/// </remarks>
public sealed record ComparisonRow
{
    // Set once more by the comparer's adjustment, before any caller sees the row: adjusting a copy of every row would
    // hold the rows twice (hundreds of megabytes with --pairs all over many groups).
    private double? _pPermutationAdjusted;
    private double? _pCountsAdjusted;

    /// <summary>Dimension or composite index id.</summary>
    public required string Dimension { get; init; }

    /// <summary>What the row compares.</summary>
    public required ComparisonKind Kind { get; init; }

    /// <summary>The kind's name in output: <c>pair</c>, <c>vs-rest</c> or <c>omnibus</c>.</summary>
    public string Comparison => Kind switch
    {
        ComparisonKind.VersusRest => "vs-rest",
        ComparisonKind.Omnibus => "omnibus",
        _ => "pair",
    };

    /// <summary>First group (for omnibus: <c>*</c>).</summary>
    public required string Group1 { get; init; }

    /// <summary>Second group (<c>rest</c> for vs-rest; empty for omnibus).</summary>
    public required string Group2 { get; init; }

    /// <summary>Documents in group 1 (omnibus: in every group).</summary>
    public long Documents1 { get; init; }

    /// <summary>Documents in group 2; null on omnibus rows, which have no second group.</summary>
    public long? Documents2 { get; init; }

    /// <summary>Pole A matches in group 1 (omnibus: in every group).</summary>
    public long CountA1 { get; init; }

    /// <summary>Pole B matches in group 1 (omnibus: in every group).</summary>
    public long CountB1 { get; init; }

    /// <summary>Pole A matches in group 2; null on omnibus rows, which have no second group.</summary>
    public long? CountA2 { get; init; }

    /// <summary>Pole B matches in group 2; null on omnibus rows, which have no second group.</summary>
    public long? CountB2 { get; init; }

    /// <summary>Score of group 1.</summary>
    public double? Score1 { get; init; }

    /// <summary>Score of group 2.</summary>
    public double? Score2 { get; init; }

    /// <summary>score₁ − score₂.</summary>
    public double? Difference { get; init; }

    /// <summary>Lower bootstrap limit of the difference.</summary>
    public double? DifferenceLower { get; init; }

    /// <summary>Upper bootstrap limit of the difference.</summary>
    public double? DifferenceUpper { get; init; }

    /// <summary>Permutation p-value of the difference: (1 + the permutations at least as extreme) / (permutations + 1), or
    /// exact when few documents have matches; a permutation that leaves a group without matches (its score undefined)
    /// counts as at least as extreme (conservative).</summary>
    public double? PPermutation { get; init; }

    /// <summary>The smallest permutation p-value this comparison could have given, whatever the documents' matches
    /// (<see cref="LabelPermutation.Floor"/>): what <see cref="PermutationFloors"/> judges the run by.</summary>
    internal double? PPermutationFloor { get; init; }

    /// <summary>Adjusted permutation p-value.</summary>
    public double? PPermutationAdjusted { get => _pPermutationAdjusted; init => _pPermutationAdjusted = value; }

    /// <summary>Name of the test on the counts.</summary>
    public string CountTest { get; init; } = string.Empty;

    /// <summary>Statistic of the count test (empty for Fisher).</summary>
    public double? Statistic { get; init; }

    /// <summary>Degrees of freedom of the count test.</summary>
    public double? DegreesOfFreedom { get; init; }

    /// <summary>p-value of the count test.</summary>
    public double? PCounts { get; init; }

    /// <summary>Adjusted p-value of the count test.</summary>
    public double? PCountsAdjusted { get => _pCountsAdjusted; init => _pCountsAdjusted = value; }

    /// <summary>Cohen's h.</summary>
    public double? CohensH { get; init; }

    /// <summary>Odds ratio (conditional MLE).</summary>
    public double? OddsRatio { get; init; }

    /// <summary>Lower limit of the odds ratio.</summary>
    public double? OddsRatioLower { get; init; }

    /// <summary>Upper limit of the odds ratio.</summary>
    public double? OddsRatioUpper { get; init; }

    /// <summary>Cramér's V (omnibus rows).</summary>
    public double? CramersV { get; init; }

    /// <summary>Why a figure is missing, when one is.</summary>
    public string Note { get; init; } = string.Empty;

    /// <summary>Sets the adjusted permutation p-value of a row not yet returned to a caller.</summary>
    internal void AdjustPermutation(double p) => _pPermutationAdjusted = p;

    /// <summary>Sets the adjusted count-test p-value of a row not yet returned to a caller.</summary>
    internal void AdjustCounts(double p) => _pCountsAdjusted = p;

    /// <summary>The record's members as the compiler prints them (<c>ComparisonRow { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ComparisonRow), PrintMembers);
}
