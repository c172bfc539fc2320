namespace Framing.Statistics.Comparisons;

/// <summary>Which groups <c>framing compare</c> compares.</summary>
public enum ComparisonPairs
{
    /// <summary>Every pair of groups (g₁ &lt; g₂ in ordinal order).</summary>
    All,

    /// <summary>Each group against all other groups pooled.</summary>
    VersusRest,

    /// <summary>One chosen pair.</summary>
    One,
}
