namespace Framing.Statistics.MultipleTesting;

/// <summary>Methods for adjusting p-values for multiple comparisons, as R's <c>p.adjust</c> names them.</summary>
public enum PValueAdjustment
{
    /// <summary>No adjustment.</summary>
    None,

    /// <summary>Bonferroni: min(1, n·p). Controls the family-wise error rate.</summary>
    Bonferroni,

    /// <summary>Holm (1979) step-down: controls the family-wise error rate, uniformly more powerful than Bonferroni. The default.</summary>
    Holm,

    /// <summary>Benjamini–Hochberg (1995): controls the false discovery rate under independence or positive dependence.</summary>
    BenjaminiHochberg,

    /// <summary>Benjamini–Yekutieli (2001): controls the false discovery rate under any dependence.</summary>
    BenjaminiYekutieli,

    /// <summary>Hochberg (1988) step-up: controls the family-wise error rate when the tests are independent or positively
    /// dependent; at least as powerful as Holm.</summary>
    Hochberg,
}
