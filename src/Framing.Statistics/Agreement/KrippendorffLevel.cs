namespace Framing.Statistics.Agreement;

/// <summary>The level of measurement of Krippendorff's alpha, which fixes its difference function δ²(c, k).</summary>
public enum KrippendorffLevel
{
    /// <summary>Nominal: δ² = 0 if c = k, else 1.</summary>
    Nominal,

    /// <summary>Ordinal: δ² = (Σ_{g=c}^{k} n_g − (n_c + n_k)/2)², n_g the number of pairable values equal to g (ranks by value).</summary>
    Ordinal,

    /// <summary>Interval: δ² = (c − k)².</summary>
    Interval,

    /// <summary>Ratio: δ² = ((c − k)/(c + k))² (0 when c = k = 0); values must be non-negative.</summary>
    Ratio,
}
