namespace Framing.Scoring;

/// <summary>
/// The figures of one group on one dimension (or composite index), for the selected voices.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>score</c> = (wA − wB) / (wA + wB), in [−1, 1]: +1 when every weighted match is pole A, −1 when every one is
/// pole B; null when the group has no match on the dimension.</item>
/// <item><c>log_odds</c> = ln((wA + 0.5) / (wB + 0.5)): the same leaning on an unbounded scale, with 0.5 added to each
/// side so that it is finite when one side has no match; null when there is no match.</item>
/// <item><c>rate_a</c>, <c>rate_b</c>: matches per 1,000 tokens (unweighted counts); null when the group has no tokens
/// (a rate over no text is undefined, not 0).</item>
/// <item><c>coverage</c>: share of the group's tokens inside any match (all dimensions, neutral included); the same on
/// every row of a group; null when the group has no tokens.</item>
/// </list>
/// </remarks>
/// <param name="Group">The group's value.</param>
/// <param name="Dimension">The dimension or composite index id.</param>
/// <param name="IsComposite">Whether <paramref name="Dimension"/> is a composite index.</param>
/// <param name="Documents">Documents in the group.</param>
/// <param name="Tokens">Tokens in those documents.</param>
/// <param name="PoleA">Id of pole A (for a composite: <c>a</c>).</param>
/// <param name="PoleB">Id of pole B (for a composite: <c>b</c>).</param>
/// <param name="CountA">Pole A matches.</param>
/// <param name="CountB">Pole B matches.</param>
/// <param name="CountNeutral">Neutral matches.</param>
/// <param name="WeightAMilli">Sum of pole A weights, in thousandths.</param>
/// <param name="WeightBMilli">Sum of pole B weights, in thousandths.</param>
/// <param name="CoveredTokens">Tokens of the group inside any match.</param>
/// <param name="NegatedA">Pole A labels that a negation word made not count (not in <paramref name="CountA"/>).</param>
/// <param name="NegatedB">Pole B labels that a negation word made not count.</param>
/// <param name="OffTargetA">Pole A labels aimed at an actor the target rule excludes (not in <paramref name="CountA"/>).</param>
/// <param name="OffTargetB">Pole B labels aimed at an actor the target rule excludes.</param>
/// <param name="OutOfScopeA">Pole A labels in documents out of the lexicon's scope (not in <paramref name="CountA"/>,
/// <paramref name="NegatedA"/> or <paramref name="OffTargetA"/>).</param>
/// <param name="OutOfScopeB">Pole B labels in documents out of the lexicon's scope.</param>
/// <param name="DocumentsOutOfScope">Documents of the group (of <paramref name="Documents"/>) that name none of the
/// lexicon's scope words for their language: none of their matches counts.</param>
public sealed record ScoreRow(
    string Group,
    string Dimension,
    bool IsComposite,
    long Documents,
    long Tokens,
    string PoleA,
    string PoleB,
    long CountA,
    long CountB,
    long CountNeutral,
    long WeightAMilli,
    long WeightBMilli,
    long CoveredTokens,
    long NegatedA = 0,
    long NegatedB = 0,
    long OffTargetA = 0,
    long OffTargetB = 0,
    long OutOfScopeA = 0,
    long OutOfScopeB = 0,
    long DocumentsOutOfScope = 0)
{
    /// <summary>Sum of pole A weights.</summary>
    public double WeightA => WeightAMilli / 1000.0;

    /// <summary>Sum of pole B weights.</summary>
    public double WeightB => WeightBMilli / 1000.0;

    /// <summary>(wA − wB) / (wA + wB), or null when there is no match.</summary>
    public double? Score => FramingScore.Score(WeightAMilli, WeightBMilli);

    /// <summary>ln((wA + 0.5) / (wB + 0.5)), or null when there is no match.</summary>
    public double? LogOdds => FramingScore.LogOdds(WeightAMilli, WeightBMilli);

    /// <summary>Pole A matches per 1,000 tokens, or null when the group has no tokens (undefined, as <see cref="Score"/>
    /// is without a match).</summary>
    public double? RateA => Tokens == 0 ? null : CountA * 1000.0 / Tokens;

    /// <summary>Pole B matches per 1,000 tokens, or null when the group has no tokens.</summary>
    public double? RateB => Tokens == 0 ? null : CountB * 1000.0 / Tokens;

    /// <summary>Share of the group's tokens inside any match, or null when the group has no tokens.</summary>
    public double? Coverage => Tokens == 0 ? null : (double)CoveredTokens / Tokens;

    /// <summary>The record's members as the compiler prints them (<c>ScoreRow { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ScoreRow), PrintMembers);
}
