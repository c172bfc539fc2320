using System.Globalization;

namespace Framing.Statistics.Terms;

/// <summary>
/// The log-odds-ratio with a Dirichlet prior ("Fightin' Words": Monroe, Colaresi &amp; Quinn 2008, <i>Political
/// Analysis</i> 16(4), 372–403) for one term compared between two groups.
/// </summary>
/// <remarks>
/// <para>
/// For a term w with count yᵢ in group i (nᵢ tokens) and yⱼ in group j (nⱼ tokens), a prior pseudo-count α_w for the
/// term and α₀ = Σ_w α_w over the vocabulary:
/// δ = log[(yᵢ + α_w) / (nᵢ + α₀ − yᵢ − α_w)] − log[(yⱼ + α_w) / (nⱼ + α₀ − yⱼ − α_w)], z = δ / σ, with σ² from
/// <see cref="LogOddsVariance"/>. A positive δ means the term is relatively more frequent in group i.
/// </para>
/// <para>
/// Priors: <see cref="Uninformative"/> uses the same α_w for every term and α₀ = V·α_w (V the vocabulary size;
/// jmhessel/FightingWords uses α_w = 0.01, ConvoKit 0.1, scattertext 0.001). <see cref="Informative"/> uses
/// α_w = α₀·π_w, π_w the term's share of a background or pooled corpus, which shrinks rare terms more (the prior
/// Monroe et al. recommend).
/// </para>
/// <para>
/// The z-scores assume that tokens are independent. Words are bursty (one article repeats its label), so for claims
/// about outlets resample documents rather than tokens.
/// </para>
/// </remarks>
internal static class LogOddsRatio
{
    /// <summary>Computes δ, σ², z and the two-sided p-value for one term with an explicit prior.</summary>
    /// <param name="countI">yᵢ, the term's count in group i (≥ 0; may be fractional, e.g. weighted counts).</param>
    /// <param name="countJ">yⱼ, the term's count in group j.</param>
    /// <param name="totalI">nᵢ, the number of tokens in group i (≥ <paramref name="countI"/>).</param>
    /// <param name="totalJ">nⱼ, the number of tokens in group j (≥ <paramref name="countJ"/>).</param>
    /// <param name="alphaW">α_w, the term's prior pseudo-count (≥ 0).</param>
    /// <param name="alpha0">α₀, the sum of the pseudo-counts over the vocabulary (≥ <paramref name="alphaW"/>).</param>
    /// <param name="variance">Which variance approximation to use; <see cref="LogOddsVariance.TwoTerm"/> by default.</param>
    /// <returns>The result. δ is ±∞ and z is NaN when α_w = 0 and a count is zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count, total or prior is negative, not finite, or inconsistent.</exception>
    public static LogOddsResult Compute(double countI, double countJ, double totalI, double totalJ, double alphaW, double alpha0, LogOddsVariance variance = LogOddsVariance.TwoTerm)
    {
        CheckCount(countI, totalI, nameof(countI));
        CheckCount(countJ, totalJ, nameof(countJ));
        CheckNonNegative(alphaW, nameof(alphaW));
        CheckNonNegative(alpha0, nameof(alpha0));
        if (alpha0 < alphaW)
        {
            throw new ArgumentOutOfRangeException(nameof(alpha0), alpha0, "α₀ is the sum of the pseudo-counts over the vocabulary, so it cannot be smaller than α_w.");
        }

        if (variance is not (LogOddsVariance.TwoTerm or LogOddsVariance.FourTerm))
        {
            throw new ArgumentOutOfRangeException(nameof(variance));
        }

        var termI = countI + alphaW;
        var termJ = countJ + alphaW;
        var restI = totalI + alpha0 - countI - alphaW;
        var restJ = totalJ + alpha0 - countJ - alphaW;
        var delta = Math.Log(termI) - Math.Log(restI) - (Math.Log(termJ) - Math.Log(restJ));
        var sigma2 = (1 / termI) + (1 / termJ);
        if (variance == LogOddsVariance.FourTerm)
        {
            sigma2 += (1 / restI) + (1 / restJ);
        }

        var z = delta / Math.Sqrt(sigma2);
        return new LogOddsResult(delta, sigma2, z, Probabilities.NormalTwoSided(z));
    }

    /// <summary>Computes the log-odds-ratio with an uninformative prior: the same α_w for every term, α₀ = V·α_w.</summary>
    /// <param name="countI">yᵢ, the term's count in group i.</param>
    /// <param name="countJ">yⱼ, the term's count in group j.</param>
    /// <param name="totalI">nᵢ, the number of tokens in group i.</param>
    /// <param name="totalJ">nⱼ, the number of tokens in group j.</param>
    /// <param name="alphaPerTerm">α_w, the pseudo-count added to every term (&gt; 0; jmhessel/FightingWords uses 0.01).</param>
    /// <param name="vocabularySize">V, the number of distinct terms in the vocabulary (≥ 1).</param>
    /// <param name="variance">Which variance approximation to use.</param>
    /// <returns>The result.</returns>
    public static LogOddsResult Uninformative(double countI, double countJ, double totalI, double totalJ, double alphaPerTerm, long vocabularySize, LogOddsVariance variance = LogOddsVariance.TwoTerm)
    {
        if (!(alphaPerTerm > 0) || double.IsPositiveInfinity(alphaPerTerm))
        {
            throw new ArgumentOutOfRangeException(nameof(alphaPerTerm), alphaPerTerm, "The pseudo-count must be positive and finite.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(vocabularySize, 1);
        return Compute(countI, countJ, totalI, totalJ, alphaPerTerm, alphaPerTerm * vocabularySize, variance);
    }

    /// <summary>Computes the log-odds-ratio with an informative prior: α_w = α₀·π_w.</summary>
    /// <param name="countI">yᵢ, the term's count in group i.</param>
    /// <param name="countJ">yⱼ, the term's count in group j.</param>
    /// <param name="totalI">nᵢ, the number of tokens in group i.</param>
    /// <param name="totalJ">nⱼ, the number of tokens in group j.</param>
    /// <param name="alpha0">α₀, the prior's total pseudo-count, i.e. how many tokens the prior is worth (&gt; 0).</param>
    /// <param name="backgroundShare">π_w, the term's share (in [0, 1]) of a background corpus or of both groups pooled.</param>
    /// <param name="variance">Which variance approximation to use.</param>
    /// <returns>The result.</returns>
    public static LogOddsResult Informative(double countI, double countJ, double totalI, double totalJ, double alpha0, double backgroundShare, LogOddsVariance variance = LogOddsVariance.TwoTerm)
    {
        if (!(alpha0 > 0) || double.IsPositiveInfinity(alpha0))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha0), alpha0, "α₀ must be positive and finite.");
        }

        if (!(backgroundShare >= 0 && backgroundShare <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(backgroundShare), backgroundShare, "A share must be in [0, 1].");
        }

        return Compute(countI, countJ, totalI, totalJ, alpha0 * backgroundShare, alpha0, variance);
    }

    private static void CheckCount(double count, double total, string name)
    {
        CheckNonNegative(count, name);
        CheckNonNegative(total, name);
        if (count > total)
        {
            throw new ArgumentOutOfRangeException(name, count, string.Create(CultureInfo.InvariantCulture, $"The count {count} exceeds its group's total {total}."));
        }
    }

    private static void CheckNonNegative(double value, string name)
    {
        if (!(value >= 0) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentOutOfRangeException(name, value, "The value must be non-negative and finite.");
        }
    }
}
