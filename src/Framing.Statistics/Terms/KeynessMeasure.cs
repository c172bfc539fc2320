namespace Framing.Statistics.Terms;

/// <summary>The statistic by which <see cref="KeynessTable"/> scores and sorts terms.</summary>
public enum KeynessMeasure
{
    /// <summary>The z-score of the log-odds-ratio with a Dirichlet prior (<c>LogOddsRatio</c>, "Fightin' Words"); p from the normal distribution.</summary>
    LogOdds,

    /// <summary>Signed Pearson chi-square (<c>Keyness.Chi2</c>); p from chi-square(1). quanteda's default measure.</summary>
    Chi2,

    /// <summary>Signed likelihood-ratio G² (<c>Keyness.G2</c>); p from chi-square(1).</summary>
    G2,

    /// <summary>Pointwise mutual information log(a/E + 10⁻⁹) (<c>Keyness.Pmi</c>); no p-value.</summary>
    Pmi,

    /// <summary>Fisher's exact test (<c>Keyness.Fisher</c>): the statistic is the conditional-MLE odds ratio, p is exact.</summary>
    Fisher,

    /// <summary>Hardie's Log Ratio (<c>Terms.LogRatio</c>), an effect size; no p-value.</summary>
    LogRatio,
}
