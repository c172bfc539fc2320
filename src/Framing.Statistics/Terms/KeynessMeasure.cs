namespace Framing.Statistics.Terms;

/// <summary>The statistic by which <see cref="KeynessTable"/> scores and sorts terms.</summary>
public enum KeynessMeasure
{
    /// <summary>The z-score of the log-odds-ratio with a Dirichlet prior (<see cref="LogOddsRatio"/>, "Fightin' Words"); p from the normal distribution.</summary>
    LogOdds,

    /// <summary>Signed Pearson chi-square (<see cref="Keyness.Chi2"/>); p from chi-square(1). quanteda's default measure.</summary>
    Chi2,

    /// <summary>Signed likelihood-ratio G² (<see cref="Keyness.G2"/>); p from chi-square(1).</summary>
    G2,

    /// <summary>Pointwise mutual information log(a/E + 10⁻⁹) (<see cref="Keyness.Pmi"/>); no p-value.</summary>
    Pmi,

    /// <summary>Fisher's exact test (<see cref="Keyness.Fisher(long, long, long, long)"/>): the statistic is the conditional-MLE odds ratio, p is exact.</summary>
    Fisher,

    /// <summary>Hardie's Log Ratio (<see cref="Terms.LogRatio"/>), an effect size; no p-value.</summary>
    LogRatio,
}
