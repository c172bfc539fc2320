namespace Framing.Statistics.Scaling;

/// <summary>
/// The rescaling of Laver, Benoit and Garry (2003), as <c>predict.textmodel_wordscores(..., rescaling = "lbg")</c>
/// computes it: S* = (S − m) · (s_R / s_V) + m, where m and s_V are the mean and standard deviation of the raw scores of
/// the texts being predicted and s_R the standard deviation of the reference positions (both with n − 1). It gives the
/// predicted texts the spread of the reference positions while keeping their mean. The interval is the raw interval
/// mapped the same way, so it is S* ± z·SE·(s_R / s_V).
/// </summary>
internal sealed class LbgRescaling
{
    private LbgRescaling(double mean, double scoreDeviation, double positionDeviation)
    {
        Mean = mean;
        ScoreStandardDeviation = scoreDeviation;
        PositionStandardDeviation = positionDeviation;
    }

    /// <summary>The mean raw score of the predicted texts (quanteda's <c>lbg_sv</c>).</summary>
    public double Mean { get; }

    /// <summary>The standard deviation of the predicted texts' raw scores (quanteda's <c>lbg_sdv</c>).</summary>
    public double ScoreStandardDeviation { get; }

    /// <summary>The standard deviation of the reference positions (quanteda's <c>lbg_sdr</c>).</summary>
    public double PositionStandardDeviation { get; }

    /// <summary>The factor raw distances from the mean are multiplied by (quanteda's <c>lbg_mult</c>).</summary>
    public double Multiplier => PositionStandardDeviation / ScoreStandardDeviation;

    /// <summary>
    /// The rescaling of a set of raw scores, or null when it is undefined: fewer than two texts with a score, or raw
    /// scores without spread (quanteda would divide by a zero standard deviation), or a spread below
    /// <see cref="WordscoresModel.DistinctScoreShare"/> of the positions' (rounding, which the rescaling would magnify).
    /// </summary>
    /// <param name="rawScores">The raw scores of the predicted texts (NaN values, texts without a score, are left out).</param>
    /// <param name="positions">The reference positions.</param>
    /// <returns>The rescaling, or null.</returns>
    internal static LbgRescaling? For(IEnumerable<double> rawScores, IEnumerable<double> positions)
    {
        ArgumentNullException.ThrowIfNull(rawScores);
        ArgumentNullException.ThrowIfNull(positions);
        var raw = rawScores.Where(double.IsFinite).ToArray();
        var y = positions.ToArray();
        if (raw.Length < 2 || y.Length < 2)
        {
            return null;
        }

        var scoreDeviation = StandardDeviation(raw);
        var positionDeviation = StandardDeviation(y);
        return positionDeviation > 0 && scoreDeviation > WordscoresModel.DistinctScoreShare * positionDeviation ? new LbgRescaling(Average(raw), scoreDeviation, positionDeviation) : null;
    }

    /// <summary>Rescales a raw score.</summary>
    /// <param name="raw">The raw score.</param>
    /// <returns>(raw − mean) · multiplier + mean.</returns>
    internal double Apply(double raw) => ((raw - Mean) * Multiplier) + Mean;

    /// <summary>Rescales a text's raw score and its interval at the z value <paramref name="z"/>.</summary>
    /// <param name="text">The text's raw score.</param>
    /// <param name="z">The normal quantile of the interval (1.959964 for 95%).</param>
    /// <returns>The LBG score, its standard error (SE · multiplier) and interval; all NaN when the text has no score.</returns>
    internal WordscoresEstimate Estimate(WordscoresTextScore text, double z)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.HasScore)
        {
            return WordscoresEstimate.Missing;
        }

        return new WordscoresEstimate(
            Apply(text.Score),
            text.StandardError * Multiplier,
            Apply(text.Score - (z * text.StandardError)),
            Apply(text.Score + (z * text.StandardError)));
    }

    /// <summary>
    /// What <c>predict.textmodel_wordscores(..., se.fit = TRUE, rescaling = "lbg")</c> returns as <c>se.fit</c>: the raw
    /// standard error put through the score map, (SE − mean) · multiplier + mean. That is not the standard error of the
    /// LBG score (which is SE · multiplier, the half-width of quanteda's own LBG interval divided by z); it is given only to
    /// compare with quanteda.
    /// </summary>
    /// <param name="rawStandardError">The raw standard error.</param>
    /// <returns>quanteda's LBG <c>se.fit</c>.</returns>
    internal double QuantedaStandardError(double rawStandardError) => Apply(rawStandardError);

    private static double Average(double[] values)
    {
        double sum = 0;
        foreach (var v in values)
        {
            sum += v;
        }

        var mean = sum / values.Length;

        // R's mean() adds the mean of the residuals once, for accuracy.
        double residual = 0;
        foreach (var v in values)
        {
            residual += v - mean;
        }

        return mean + (residual / values.Length);
    }

    private static double StandardDeviation(double[] values)
    {
        var mean = Average(values);
        double sum = 0;
        foreach (var v in values)
        {
            sum += (v - mean) * (v - mean);
        }

        return Math.Sqrt(sum / (values.Length - 1));
    }
}
