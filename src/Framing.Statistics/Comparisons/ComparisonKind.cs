namespace Framing.Statistics.Comparisons;

/// <summary>What a <see cref="ComparisonRow"/> compares.</summary>
public enum ComparisonKind
{
    /// <summary>Two groups (<c>pair</c>).</summary>
    Pair = 0,

    /// <summary>A group against all other groups pooled (<c>vs-rest</c>).</summary>
    VersusRest = 1,

    /// <summary>All groups at once: the chi-square test of the groups × poles table (<c>omnibus</c>).</summary>
    Omnibus = 2,
}
