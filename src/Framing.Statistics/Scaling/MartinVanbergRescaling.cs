namespace Framing.Statistics.Scaling;

/// <summary>
/// The rescaling of Martin and Vanberg (2008), as <c>predict.textmodel_wordscores(..., rescaling = "mv")</c> computes it
/// (quanteda.textmodels' <c>mv_transform</c>): S* = (S − S_low) · (y_high − y_low) / (S_high − S_low) + y_low, where
/// y_low and y_high are the lowest and highest reference positions and S_low and S_high the raw scores of those two
/// reference texts. The two anchor texts get exactly their positions; the others are ignored (quanteda warns "More than
/// two reference scores found with MV rescaling; using only min, max values"). Unlike LBG, a text's MV score does not
/// depend on the other texts predicted with it.
/// </summary>
internal sealed class MartinVanbergRescaling
{
    private MartinVanbergRescaling(WordscoresReferenceText low, WordscoresReferenceText high)
    {
        Low = low;
        High = high;
    }

    /// <summary>The reference text at the lowest position.</summary>
    public WordscoresReferenceText Low { get; }

    /// <summary>The reference text at the highest position.</summary>
    public WordscoresReferenceText High { get; }

    /// <summary>The factor raw distances are multiplied by: (y_high − y_low) / (S_high − S_low).</summary>
    public double Multiplier => (High.Position - Low.Position) / (High.Score.Score - Low.Score.Score);

    /// <summary>
    /// The rescaling anchored on a model's extreme reference texts, or null (with the reason) when it is undefined:
    /// several reference texts share the lowest or the highest position (quanteda would mix them up), or the two anchors
    /// have the same raw score (to within <see cref="WordscoresModel.DistinctScoreShare"/> of the positions' range).
    /// </summary>
    /// <param name="model">The fitted model.</param>
    /// <param name="reason">Why there is no rescaling, or null.</param>
    /// <returns>The rescaling, or null.</returns>
    internal static MartinVanbergRescaling? For(WordscoresModel model, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(model);
        var references = model.References;
        var min = references.Min(r => r.Position);
        var max = references.Max(r => r.Position);
        var lows = references.Where(r => r.Position == min).ToArray();
        var highs = references.Where(r => r.Position == max).ToArray();
        if (lows.Length > 1 || highs.Length > 1)
        {
            var tied = lows.Length > 1 ? lows : highs;
            reason = $"reference texts {string.Join(" and ", tied.Select(r => "\"" + r.Name + "\""))} share the {(lows.Length > 1 ? "lowest" : "highest")} position; the Martin-Vanberg rescaling needs one text at each end";
            return null;
        }

        if (!(Math.Abs(highs[0].Score.Score - lows[0].Score.Score) > WordscoresModel.DistinctScoreShare * (max - min)))
        {
            reason = "the reference texts at the lowest and highest positions have the same raw score (to within 1e-9 of the positions' range: a difference that small is rounding)";
            return null;
        }

        reason = null;
        return new MartinVanbergRescaling(lows[0], highs[0]);
    }

    /// <summary>Rescales a raw score.</summary>
    /// <param name="raw">The raw score.</param>
    /// <returns>The Martin–Vanberg score.</returns>
    internal double Apply(double raw) => ((raw - Low.Score.Score) * (High.Position - Low.Position) / (High.Score.Score - Low.Score.Score)) + Low.Position;

    /// <summary>
    /// Rescales a text's raw score and interval at the z value <paramref name="z"/>; the standard error is quanteda's,
    /// (MV(S + z·SE) − MV(S)) / z, which is SE · <see cref="Multiplier"/>, taken positive: when the anchors' raw scores
    /// are in the opposite order to their positions (possible with three or more reference texts) the multiplier is
    /// negative, and quanteda then gives a negative standard error and an interval whose low end is above its high end;
    /// here the standard error is SE · |<see cref="Multiplier"/>| and the interval runs from the lower to the higher of
    /// MV(S − z·SE) and MV(S + z·SE).
    /// </summary>
    /// <param name="text">The text's raw score.</param>
    /// <param name="z">The normal quantile of the interval.</param>
    /// <returns>The Martin–Vanberg estimate; all NaN when the text has no score.</returns>
    internal WordscoresEstimate Estimate(WordscoresTextScore text, double z)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.HasScore)
        {
            return WordscoresEstimate.Missing;
        }

        var score = Apply(text.Score);
        var upper = Apply(text.Score + (z * text.StandardError));
        var lower = Apply(text.Score - (z * text.StandardError));
        return new WordscoresEstimate(score, Math.Abs(upper - score) / z, Math.Min(lower, upper), Math.Max(lower, upper));
    }

    /// <summary>Whether the scale runs backwards: the text at the highest position has the lower raw score.</summary>
    internal bool IsReversed => Multiplier < 0;
}
