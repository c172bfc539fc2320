using System.Globalization;

namespace Framing.Statistics.Terms;

/// <summary>
/// The Dirichlet prior of the log-odds-ratio when <see cref="KeynessTable"/> scores many terms at once
/// (<see cref="KeynessMeasure.LogOdds"/>).
/// </summary>
public sealed class LogOddsPrior
{
    private LogOddsPrior(double? alphaPerTerm, long? vocabularySize, double? alpha0, IReadOnlyDictionary<string, long>? background)
    {
        AlphaPerTerm = alphaPerTerm;
        VocabularySize = vocabularySize;
        Alpha0 = alpha0;
        Background = ReadOnlyDictionaries.OrNull(background); // a view no cast can change
    }

    /// <summary>Whether the prior is informative (α_w = α₀·π_w) rather than uninformative (the same α_w for every term).</summary>
    public bool IsInformative => AlphaPerTerm is null;

    /// <summary>For an uninformative prior, α_w, the pseudo-count of every term; null for an informative prior.</summary>
    public double? AlphaPerTerm { get; }

    /// <summary>For an uninformative prior, V, the vocabulary size used for α₀ = V·α_w; null means "the number of terms compared".</summary>
    public long? VocabularySize { get; }

    /// <summary>For an informative prior, α₀, the total pseudo-count; null for an uninformative prior.</summary>
    public double? Alpha0 { get; }

    /// <summary>For an informative prior, the background counts giving π_w; null means "target and reference pooled" (or an uninformative prior).</summary>
    public IReadOnlyDictionary<string, long>? Background { get; }

    /// <summary>
    /// An uninformative prior: α_w = <paramref name="alphaPerTerm"/> for every term and α₀ = V·α_w.
    /// The default of <see cref="KeynessOptions"/> is α_w = 0.01 (jmhessel/FightingWords).
    /// </summary>
    /// <param name="alphaPerTerm">α_w (&gt; 0, finite).</param>
    /// <param name="vocabularySize">V, or null for the number of distinct terms compared.</param>
    /// <returns>The prior.</returns>
    public static LogOddsPrior Uninformative(double alphaPerTerm = 0.01, long? vocabularySize = null)
    {
        if (!(alphaPerTerm > 0) || double.IsPositiveInfinity(alphaPerTerm))
        {
            throw new ArgumentOutOfRangeException(nameof(alphaPerTerm), alphaPerTerm, "The pseudo-count must be positive and finite.");
        }

        if (vocabularySize is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(vocabularySize), vocabularySize, "The vocabulary size must be at least 1.");
        }

        return new LogOddsPrior(alphaPerTerm, vocabularySize, null, null);
    }

    /// <summary>
    /// An informative prior: α_w = α₀·π_w, π_w the term's share of <paramref name="background"/> (its count over the sum
    /// of all its counts) or, when it is null, of target and reference pooled ((a + b)/(target total + reference total)).
    /// A term missing from the background gets α_w = 0, so a zero count in either group makes its δ infinite.
    /// </summary>
    /// <param name="alpha0">α₀ (&gt; 0, finite): how many tokens the prior is worth.</param>
    /// <param name="background">Background counts (term → count, non-negative, not all zero), or null to pool target and reference.</param>
    /// <returns>The prior.</returns>
    public static LogOddsPrior Informative(double alpha0, IReadOnlyDictionary<string, long>? background = null)
    {
        if (!(alpha0 > 0) || double.IsPositiveInfinity(alpha0))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha0), alpha0, "α₀ must be positive and finite.");
        }

        if (background is not null)
        {
            var total = 0.0;
            foreach (var (term, count) in background)
            {
                if (count < 0)
                {
                    throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The background count of '{term}' is negative ({count})."), nameof(background));
                }

                total += count;
            }

            if (total == 0)
            {
                throw new ArgumentException("The background has no tokens.", nameof(background));
            }
        }

        return new LogOddsPrior(null, null, alpha0, background);
    }

    /// <summary>Fixes the prior for one comparison: α₀ and a function giving α_w from a term and its two counts.</summary>
    internal (double Alpha0, Func<string, long, long, double> AlphaW) Resolve(int termsCompared, long targetTotal, long referenceTotal)
    {
        if (AlphaPerTerm is { } alpha)
        {
            var v = VocabularySize ?? termsCompared;
            if (v < termsCompared)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The prior's vocabulary size {v} is smaller than the {termsCompared} terms compared."));
            }

            return (alpha * v, (_, _, _) => alpha);
        }

        var alpha0 = Alpha0!.Value;
        if (Background is null)
        {
            double pooled = targetTotal + referenceTotal;
            return (alpha0, (_, a, b) => alpha0 * ((a + b) / pooled));
        }

        var background = Background;
        var total = 0.0;
        foreach (var count in background.Values)
        {
            total += count;
        }

        return (alpha0, (term, _, _) => background.TryGetValue(term, out var count) ? alpha0 * (count / total) : 0);
    }
}
