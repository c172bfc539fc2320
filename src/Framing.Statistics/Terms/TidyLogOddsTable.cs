namespace Framing.Statistics.Terms;

/// <summary>The result of <see cref="TidyLogOdds.Compute"/>: per group and term, tidylo's weighted and unweighted log odds.</summary>
internal sealed class TidyLogOddsTable
{
    private readonly double[,] logOdds;
    private readonly double[,] weighted;

    internal TidyLogOddsTable(double[,] logOdds, double[,] weighted)
    {
        this.logOdds = logOdds;
        this.weighted = weighted;
    }

    /// <summary>The number of groups (rows of the input).</summary>
    public int GroupCount => logOdds.GetLength(0);

    /// <summary>The number of terms (columns of the input).</summary>
    public int TermCount => logOdds.GetLength(1);

    /// <summary>
    /// The weighted log odds z_wi = δ_wi / σ_wi (tidylo's <c>log_odds_weighted</c>): a z-score, positive when the term
    /// is relatively more frequent in the group than in all groups pooled. NaN for an omitted zero cell.
    /// </summary>
    /// <param name="group">The group's index.</param>
    /// <param name="term">The term's index.</param>
    /// <returns>The weighted log odds.</returns>
    public double WeightedLogOdds(int group, int term) => weighted[group, term];

    /// <summary>The unweighted log odds δ_wi (tidylo's <c>log_odds</c> with <c>unweighted = TRUE</c>). NaN for an omitted zero cell.</summary>
    /// <param name="group">The group's index.</param>
    /// <param name="term">The term's index.</param>
    /// <returns>The log odds.</returns>
    public double LogOdds(int group, int term) => logOdds[group, term];
}
