using System.Globalization;

namespace Framing.Statistics.Agreement;

/// <summary>
/// Precision, recall and F-scores of a binary classifier (e.g. a lexicon flagging framing terms) against a gold
/// standard (e.g. human coding).
/// </summary>
/// <remarks>
/// Undefined ratios are NaN, never silently 0: precision is NaN when nothing was predicted positive (TP + FP = 0),
/// recall is NaN when the gold standard has no positives (TP + FN = 0). F-scores use the count form
/// F_β = (1 + β²)·TP / ((1 + β²)·TP + β²·FN + FP), which equals the weighted harmonic mean of precision and recall
/// whenever both are defined; it is NaN only when TP + FP + FN = 0 (no positives anywhere) and 0 when TP = 0 otherwise
/// (even when one of precision and recall is undefined, since then the other is 0).
/// </remarks>
/// <param name="TruePositives">Items predicted positive that are positive.</param>
/// <param name="FalsePositives">Items predicted positive that are negative.</param>
/// <param name="FalseNegatives">Items predicted negative that are positive.</param>
public sealed record PrecisionRecall(long TruePositives, long FalsePositives, long FalseNegatives)
{
    /// <summary>Items predicted positive that are positive (≥ 0).</summary>
    public long TruePositives { get; } = TruePositives >= 0 ? TruePositives : throw new ArgumentOutOfRangeException(nameof(TruePositives), TruePositives, "Counts must be non-negative.");

    /// <summary>Items predicted positive that are negative (≥ 0).</summary>
    public long FalsePositives { get; } = FalsePositives >= 0 ? FalsePositives : throw new ArgumentOutOfRangeException(nameof(FalsePositives), FalsePositives, "Counts must be non-negative.");

    /// <summary>Items predicted negative that are positive (≥ 0).</summary>
    public long FalseNegatives { get; } = FalseNegatives >= 0 ? FalseNegatives : throw new ArgumentOutOfRangeException(nameof(FalseNegatives), FalseNegatives, "Counts must be non-negative.");

    /// <summary>TP / (TP + FP); NaN when TP + FP = 0.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? double.NaN : TruePositives / (double)(TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); NaN when TP + FN = 0.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? double.NaN : TruePositives / (double)(TruePositives + FalseNegatives);

    /// <summary>F₁ = 2·TP / (2·TP + FP + FN), the harmonic mean of precision and recall; NaN when TP + FP + FN = 0.</summary>
    public double F1 => FScore(1);

    /// <summary>Counts true positives, false positives and false negatives from paired predictions and gold labels.</summary>
    /// <param name="predicted">The classifier's decisions.</param>
    /// <param name="actual">The gold standard for the same items, in the same order.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static PrecisionRecall FromPredictions(IReadOnlyList<bool> predicted, IReadOnlyList<bool> actual)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(actual);
        if (predicted.Count != actual.Count)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{predicted.Count} predictions but {actual.Count} gold labels."), nameof(actual));
        }

        long tp = 0, fp = 0, fn = 0;
        for (var i = 0; i < predicted.Count; i++)
        {
            switch (predicted[i], actual[i])
            {
                case (true, true):
                    tp++;
                    break;
                case (true, false):
                    fp++;
                    break;
                case (false, true):
                    fn++;
                    break;
            }
        }

        return new PrecisionRecall(tp, fp, fn);
    }

    /// <summary>F_β = (1 + β²)·TP / ((1 + β²)·TP + β²·FN + FP): recall weighted β times as much as precision.</summary>
    /// <param name="beta">β (&gt; 0, finite); 1 gives F₁.</param>
    /// <returns>F_β; NaN when TP + FP + FN = 0.</returns>
    public double FScore(double beta)
    {
        if (!(beta > 0) || double.IsPositiveInfinity(beta))
        {
            throw new ArgumentOutOfRangeException(nameof(beta), beta, "β must be positive and finite.");
        }

        var b2 = beta * beta;
        var numerator = (1 + b2) * TruePositives;
        var denominator = numerator + (b2 * FalseNegatives) + FalsePositives;
        return denominator == 0 ? double.NaN : numerator / denominator;
    }

    /// <summary>The record's members as the compiler prints them (<c>PrecisionRecall { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(PrecisionRecall), PrintMembers);
}
