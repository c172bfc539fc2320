namespace Framing.Statistics.Terms;

/// <summary>One term of a <see cref="KeynessTable"/>.</summary>
/// <param name="Term">The term (a word, an n-gram joined however the caller joins them, a lexicon entry: any string).</param>
/// <param name="TargetCount">Its count in the target.</param>
/// <param name="ReferenceCount">Its count in the reference.</param>
/// <param name="Statistic">The table's measure for this term (see <see cref="KeynessMeasure"/>); NaN when undefined.</param>
/// <param name="PValue">The p-value where the measure has one (log odds, chi2, G2, Fisher), otherwise NaN.</param>
/// <param name="LogRatio">The effect size: Hardie's log ratio log₂ of the relative frequencies (<c>Terms.LogRatio</c>).</param>
public sealed record KeynessRow(string Term, long TargetCount, long ReferenceCount, double Statistic, double PValue, double LogRatio)
{
    /// <summary>The record's members as the compiler prints them (<c>KeynessRow { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(KeynessRow), PrintMembers);
}
