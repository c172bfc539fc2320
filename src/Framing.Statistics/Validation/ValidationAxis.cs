using Framing.Lexicons;
using Framing.Scoring;
using Framing.Statistics.Scores;

namespace Framing.Statistics.Validation;

/// <summary>A dimension or composite index, with the dimensions (by index) and signs it pools.</summary>
internal sealed record ValidationAxis(string Id, bool IsComposite, (int Dimension, int Sign)[] Components)
{
    /// <summary>Every dimension in lexicon order, then every composite.</summary>
    public static ValidationAxis[] All(Lexicon lexicon) =>
    [
        .. lexicon.Dimensions.Select(d => new ValidationAxis(d.Id, false, [.. ScoreIntervals.Components(lexicon, d.Id)])),
        .. lexicon.Composites.Select(c => new ValidationAxis(c.Id, true, [.. ScoreIntervals.Components(lexicon, c.Id)])),
    ];

    /// <summary>A document's (or group's) pooled pole weights on the axis, in thousandths.</summary>
    public (long A, long B) Weights(FramingCounts counts, VoiceSelection voices)
    {
        long a = 0, b = 0;
        foreach (var (d, sign) in Components)
        {
            var pa = counts.WeightMilli(d, PoleSide.A, voices);
            var pb = counts.WeightMilli(d, PoleSide.B, voices);
            a += sign > 0 ? pa : pb;
            b += sign > 0 ? pb : pa;
        }

        return (a, b);
    }
}
