namespace Framing.Statistics.Proportions;

/// <summary>Confidence intervals and effect sizes for proportions.</summary>
internal static class ProportionIntervals
{
    /// <summary>
    /// The Wilson score interval for x successes in n trials (as R's <c>prop.test(x, n, correct = FALSE)$conf.int</c>).
    /// </summary>
    /// <param name="successes">Successes (0 ≤ x ≤ n).</param>
    /// <param name="trials">Trials (n &gt; 0).</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1).</param>
    /// <returns>The proportion x/n and its interval.</returns>
    public static Interval Wilson(double successes, double trials, double confidenceLevel = 0.95)
    {
        if (!(trials > 0) || successes < 0 || successes > trials)
        {
            throw new ArgumentOutOfRangeException(nameof(successes), "need 0 <= successes <= trials and trials > 0");
        }

        var z = Distributions.NormalQuantile(1 - ((1 - confidenceLevel) / 2));
        var p = successes / trials;
        var z2 = z * z;
        var center = (p + (z2 / (2 * trials))) / (1 + (z2 / trials));
        var half = z * Math.Sqrt((p * (1 - p) / trials) + (z2 / (4 * trials * trials))) / (1 + (z2 / trials));
        return new Interval(p, Math.Max(0, center - half), Math.Min(1, center + half), confidenceLevel);
    }

    /// <summary>
    /// Newcombe's (1998, method 10) hybrid score interval for the difference of two independent proportions
    /// p₁ − p₂, built from the two Wilson intervals: [d − √((p₁ − l₁)² + (u₂ − p₂)²), d + √((u₁ − p₁)² + (p₂ − l₂)²)].
    /// </summary>
    /// <param name="successes1">Successes in group 1.</param>
    /// <param name="trials1">Trials in group 1.</param>
    /// <param name="successes2">Successes in group 2.</param>
    /// <param name="trials2">Trials in group 2.</param>
    /// <param name="confidenceLevel">Confidence level in (0, 1).</param>
    /// <returns>The difference p₁ − p₂ and its interval.</returns>
    public static Interval NewcombeDifference(double successes1, double trials1, double successes2, double trials2, double confidenceLevel = 0.95)
    {
        var w1 = Wilson(successes1, trials1, confidenceLevel);
        var w2 = Wilson(successes2, trials2, confidenceLevel);
        var d = w1.Estimate - w2.Estimate;
        var lower = d - Math.Sqrt(Square(w1.Estimate - w1.Lower) + Square(w2.Upper - w2.Estimate));
        var upper = d + Math.Sqrt(Square(w1.Upper - w1.Estimate) + Square(w2.Estimate - w2.Lower));
        return new Interval(d, lower, upper, confidenceLevel);
    }

    /// <summary>Cohen's h = 2 asin √p₁ − 2 asin √p₂, the effect size for a difference of proportions (0.2 small, 0.5 medium, 0.8 large).</summary>
    /// <param name="p1">Proportion 1, in [0, 1].</param>
    /// <param name="p2">Proportion 2, in [0, 1].</param>
    /// <returns>h, in [−π, π].</returns>
    public static double CohensH(double p1, double p2)
    {
        if (p1 is < 0 or > 1 || p2 is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(p1), "proportions must be in [0, 1]");
        }

        return (2 * Math.Asin(Math.Sqrt(p1))) - (2 * Math.Asin(Math.Sqrt(p2)));
    }

    private static double Square(double x) => x * x;
}
