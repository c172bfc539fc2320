namespace Framing.Statistics.Terms;

/// <summary>Which approximation of the variance of the log-odds-ratio δ to use (Monroe, Colaresi &amp; Quinn 2008).</summary>
public enum LogOddsVariance
{
    /// <summary>
    /// σ² ≈ 1/(yᵢ + α_w) + 1/(yⱼ + α_w): the approximation of Monroe, Colaresi &amp; Quinn (2008, eq. 20), also used by
    /// jmhessel/FightingWords and ConvoKit. It drops the two terms for "all other words", which are small when the
    /// groups are large. The default.
    /// </summary>
    TwoTerm,

    /// <summary>
    /// σ² = 1/(yᵢ + α_w) + 1/(nᵢ + α₀ − yᵢ − α_w) + 1/(yⱼ + α_w) + 1/(nⱼ + α₀ − yⱼ − α_w): the full delta-method
    /// variance of the difference of two log-odds, as scattertext computes it. Slightly larger, so |z| is slightly smaller.
    /// </summary>
    FourTerm,
}
