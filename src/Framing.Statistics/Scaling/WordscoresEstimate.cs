namespace Framing.Statistics.Scaling;

/// <summary>A text's score on one scale (raw, LBG or Martin–Vanberg) with its standard error and confidence interval.</summary>
/// <param name="Score">The score (quanteda's <c>fit</c>); NaN when the text has no score.</param>
/// <param name="StandardError">The standard error of the score on this scale; NaN when the text has no score.</param>
/// <param name="Lower">The lower end of the confidence interval (quanteda's <c>lwr</c>).</param>
/// <param name="Upper">The upper end of the confidence interval (quanteda's <c>upr</c>).</param>
public sealed record WordscoresEstimate(double Score, double StandardError, double Lower, double Upper)
{
    /// <summary>The estimate of a text without a score: every value NaN.</summary>
    public static WordscoresEstimate Missing { get; } = new(double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>The record's members as the compiler prints them (<c>WordscoresEstimate { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(WordscoresEstimate), PrintMembers);
}
