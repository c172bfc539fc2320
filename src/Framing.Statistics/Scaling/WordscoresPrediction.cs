namespace Framing.Statistics.Scaling;

/// <summary>
/// Scores of a set of texts with confidence intervals and both rescalings, as
/// <c>predict.textmodel_wordscores(model, newdata, se.fit = TRUE, interval = "confidence", level, rescaling)</c>
/// computes them for the texts of <c>newdata</c>. Immutable. Created by <c>WordscoresModel.Predict</c>.
/// </summary>
/// <remarks>
/// To reproduce <c>predict(model)</c> without <c>newdata</c> (every text of the fitted matrix, references included),
/// predict the reference texts together with the virgin texts: the LBG mean and standard deviation are then taken over
/// all of them. The raw and MV values of a text are the same either way.
/// </remarks>
public sealed class WordscoresPrediction
{
    internal WordscoresPrediction(WordscoresModel model, IReadOnlyList<WordscoresTextScore> texts, double level)
    {
        Level = level;
        Z = Distributions.NormalQuantile(1 - ((1 - level) / 2));
        Lbg = LbgRescaling.For(texts.Select(t => t.Score), model.References.Select(r => r.Position));
        MartinVanberg = MartinVanbergRescaling.For(model, out var reason);
        MartinVanbergUnavailable = reason;
        var z = Z;
        Texts = ReadOnlyLists.Of(texts.Select(t => new WordscoresPredictedText(
            t,
            t.HasScore ? new WordscoresEstimate(t.Score, t.StandardError, t.Score - (z * t.StandardError), t.Score + (z * t.StandardError)) : WordscoresEstimate.Missing,
            Lbg?.Estimate(t, z),
            MartinVanberg?.Estimate(t, z))).ToArray());
    }

    /// <summary>The confidence level.</summary>
    public double Level { get; }

    /// <summary>The normal quantile of the intervals, Φ⁻¹(1 − (1 − level) / 2) (quanteda's <c>qnorm</c>).</summary>
    public double Z { get; }

    /// <summary>The predicted texts, in the order given.</summary>
    public IReadOnlyList<WordscoresPredictedText> Texts { get; }

    /// <summary>The LBG rescaling of this set of texts, or null when fewer than two texts have distinct raw scores.</summary>
    internal LbgRescaling? Lbg { get; }

    /// <summary>The Martin–Vanberg rescaling, or null when it is undefined (see <see cref="MartinVanbergUnavailable"/>).</summary>
    internal MartinVanbergRescaling? MartinVanberg { get; }

    /// <summary>Why there is no Martin–Vanberg rescaling, or null when there is one.</summary>
    public string? MartinVanbergUnavailable { get; }
}
