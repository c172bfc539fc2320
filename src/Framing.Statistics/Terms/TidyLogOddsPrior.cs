namespace Framing.Statistics.Terms;

/// <summary>The Dirichlet prior of tidylo's <c>bind_log_odds</c>.</summary>
internal enum TidyLogOddsPrior
{
    /// <summary>
    /// Informative, estimated from the data by empirical Bayes (tidylo's default, <c>uninformative = FALSE</c>): each
    /// term's pseudo-count α_w is its total count over all groups, a method-of-moments estimate of the Dirichlet parameters.
    /// </summary>
    Informative,

    /// <summary>Uninformative (<c>uninformative = TRUE</c>): α_w = 1 for every term.</summary>
    Uninformative,
}
