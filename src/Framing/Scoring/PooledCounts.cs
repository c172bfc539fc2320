namespace Framing.Scoring;

/// <summary>The figures of one <see cref="ScoreAxis"/> in one selection of voices, its dimensions pooled with their signs.</summary>
/// <param name="CountA">Matches of the axis's pole A.</param>
/// <param name="CountB">Matches of the axis's pole B.</param>
/// <param name="CountNeutral">Matches of neutral vocabulary.</param>
/// <param name="WeightAMilli">Weights of pole A, in thousandths.</param>
/// <param name="WeightBMilli">Weights of pole B, in thousandths.</param>
/// <param name="NegatedA">Negated pole A labels.</param>
/// <param name="NegatedB">Negated pole B labels.</param>
/// <param name="OffTargetA">Off-target pole A labels.</param>
/// <param name="OffTargetB">Off-target pole B labels.</param>
/// <param name="OutOfScopeA">Pole A labels of documents out of the lexicon's scope.</param>
/// <param name="OutOfScopeB">Pole B labels of documents out of the lexicon's scope.</param>
public readonly record struct PooledCounts(
    long CountA,
    long CountB,
    long CountNeutral,
    long WeightAMilli,
    long WeightBMilli,
    long NegatedA,
    long NegatedB,
    long OffTargetA,
    long OffTargetB,
    long OutOfScopeA = 0,
    long OutOfScopeB = 0)
{
    /// <summary>(weight_a − weight_b) / (weight_a + weight_b), or null without weight.</summary>
    public double? Score => FramingScore.Score(WeightAMilli, WeightBMilli);

    /// <summary>The record's members as the compiler prints them (<c>PooledCounts { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(PooledCounts), PrintMembers);
}
