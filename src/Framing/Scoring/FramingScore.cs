namespace Framing.Scoring;

/// <summary>The two leaning figures computed from pole weights (in thousandths, as counts keep them).</summary>
internal static class FramingScore
{
    /// <summary>(wA − wB) / (wA + wB), in [−1, 1]; null when both weights are zero.</summary>
    /// <param name="weightAMilli">Pole A weight in thousandths.</param>
    /// <param name="weightBMilli">Pole B weight in thousandths.</param>
    /// <returns>The score or null.</returns>
    public static double? Score(long weightAMilli, long weightBMilli)
    {
        var total = weightAMilli + weightBMilli;
        return total == 0 ? null : (double)(weightAMilli - weightBMilli) / total;
    }

    /// <summary>ln((wA + 0.5) / (wB + 0.5)) with weights in units; null when both weights are zero.</summary>
    /// <param name="weightAMilli">Pole A weight in thousandths.</param>
    /// <param name="weightBMilli">Pole B weight in thousandths.</param>
    /// <returns>The log-odds or null.</returns>
    public static double? LogOdds(long weightAMilli, long weightBMilli) =>
        weightAMilli + weightBMilli == 0 ? null : Math.Log((weightAMilli + 500) / (double)(weightBMilli + 500));
}
