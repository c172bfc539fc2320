using System.Globalization;

namespace Framing.Statistics.Terms;

/// <summary>
/// Weighted log odds as the R package tidylo computes them (<c>bind_log_odds</c>, Schnoebelen, Silge &amp; Hayes):
/// every group is compared with all groups pooled, itself included.
/// </summary>
/// <remarks>
/// <para>
/// tidylo first turns counts into pseudo-counts y_wi = count + α_w (α_w from <see cref="TidyLogOddsPrior"/>), then
/// with y_w = Σᵢ y_wi, nᵢ = Σ_w y_wi and N = Σ y_wi computes
/// δ_wi = log[y_wi / (nᵢ − y_wi)] − log[y_w / (N − y_w)] (the unweighted log odds, tidylo's <c>log_odds</c>),
/// σ²_wi = 1/y_wi + 1/y_w and z_wi = δ_wi / σ_wi (the weighted log odds, <c>log_odds_weighted</c>).
/// This differs from <see cref="LogOddsRatio"/>: the comparison is one group against the pooled corpus, not against
/// another group, and the variance has two terms on pseudo-counts.
/// </para>
/// <para>
/// tidylo works on a tidy table with one row per group and term; a (group, term) pair with no row plays no part in
/// any sum. With <c>omitZeroCounts: false</c> (the default) every cell of the matrix is a row, zeros included, which
/// is what tidylo gives after <c>tidyr::complete(group, term, fill = list(n = 0))</c>. With <c>omitZeroCounts: true</c>
/// a zero cell has no row, which is what tidylo gives on the output of <c>dplyr::count()</c>; the result for such
/// cells is NaN.
/// </para>
/// </remarks>
internal static class TidyLogOdds
{
    /// <summary>Computes the weighted and unweighted log odds of every term in every group.</summary>
    /// <param name="counts">counts[group][term]: at least one group, every group with the same number of terms; counts non-negative and finite (they may be fractional).</param>
    /// <param name="prior">The prior; <see cref="TidyLogOddsPrior.Informative"/> (tidylo's default) by default.</param>
    /// <param name="omitZeroCounts">Whether a zero count means "no row" (as in the output of <c>dplyr::count()</c>) rather than a row with n = 0.</param>
    /// <returns>The table of results, indexed like <paramref name="counts"/>.</returns>
    /// <exception cref="ArgumentException">The matrix is empty or ragged, or a count is negative or not finite.</exception>
    public static TidyLogOddsTable Compute(IReadOnlyList<IReadOnlyList<double>> counts, TidyLogOddsPrior prior = TidyLogOddsPrior.Informative, bool omitZeroCounts = false)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (prior is not (TidyLogOddsPrior.Informative or TidyLogOddsPrior.Uninformative))
        {
            throw new ArgumentOutOfRangeException(nameof(prior));
        }

        var groups = counts.Count;
        if (groups == 0)
        {
            throw new ArgumentException("At least one group is needed.", nameof(counts));
        }

        var terms = counts[0]?.Count ?? throw new ArgumentException("A group's counts are null.", nameof(counts));
        for (var i = 0; i < groups; i++)
        {
            var row = counts[i] ?? throw new ArgumentException("A group's counts are null.", nameof(counts));
            if (row.Count != terms)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Group {i} has {row.Count} terms, group 0 has {terms}."), nameof(counts));
            }

            for (var w = 0; w < terms; w++)
            {
                if (!(row[w] >= 0) || double.IsPositiveInfinity(row[w]))
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The count of term {w} in group {i} is {row[w]}; counts must be non-negative and finite."), nameof(counts));
                }
            }
        }

        bool Present(int i, int w) => !omitZeroCounts || counts[i][w] != 0;

        // α_w: the term's total count over all groups (empirical Bayes) or 1.
        var alpha = new double[terms];
        for (var w = 0; w < terms; w++)
        {
            if (prior == TidyLogOddsPrior.Uninformative)
            {
                alpha[w] = 1;
            }
            else
            {
                for (var i = 0; i < groups; i++)
                {
                    alpha[w] += counts[i][w];
                }
            }
        }

        // Pseudo-counts y_wi and their sums y_w (per term), n_i (per group) and N (all rows).
        var pseudo = new double[groups, terms];
        var termTotals = new double[terms];
        var groupTotals = new double[groups];
        var grandTotal = 0.0;
        for (var i = 0; i < groups; i++)
        {
            for (var w = 0; w < terms; w++)
            {
                if (!Present(i, w))
                {
                    pseudo[i, w] = double.NaN;
                    continue;
                }

                var y = counts[i][w] + alpha[w];
                pseudo[i, w] = y;
                termTotals[w] += y;
                groupTotals[i] += y;
                grandTotal += y;
            }
        }

        var logOdds = new double[groups, terms];
        var weighted = new double[groups, terms];
        for (var i = 0; i < groups; i++)
        {
            for (var w = 0; w < terms; w++)
            {
                var y = pseudo[i, w];
                if (double.IsNaN(y))
                {
                    logOdds[i, w] = double.NaN;
                    weighted[i, w] = double.NaN;
                    continue;
                }

                var yw = termTotals[w];
                var delta = Math.Log(y) - Math.Log(groupTotals[i] - y) - (Math.Log(yw) - Math.Log(grandTotal - yw));
                logOdds[i, w] = delta;
                weighted[i, w] = delta / Math.Sqrt((1 / y) + (1 / yw));
            }
        }

        return new TidyLogOddsTable(logOdds, weighted);
    }
}
