using Framing.Statistics.Scores;

namespace Framing.Statistics.Validation;

/// <summary>
/// How well a dimension or composite index separates the two camps, on documents and on outlets.
/// </summary>
/// <remarks>
/// <para>A document's <b>pole-A share</b> is wA / (wA + wB), with the weights <c>framing score</c> uses (in the selected
/// voices; a composite pools its dimensions with their signs). A document without weight on the axis gets 0.5 and stays
/// in the ranking.</para>
/// <para><b>Document AUC</b> = P(share of a random side-A document &gt; share of a random side-B document) + ½ P(tie): the
/// Mann–Whitney statistic U / (nA nB). 1: every side-A document leans further to pole A than every side-B document;
/// 0.5: no separation. Its interval is a percentile interval of an <b>outlet-cluster bootstrap</b>: each replicate
/// draws, within each side, as many outlets as the side has, with replacement, and takes all their documents (documents
/// of one outlet are not independent: an outlet's house style is shared by all its articles).</para>
/// <para><b>Outlet scores</b> are the group scores of <c>framing score</c>, (wA − wB) / (wA + wB) pooled over the outlet's
/// documents; an outlet without weight on the axis is placed at 0.</para>
/// </remarks>
/// <param name="Axis">The dimension or composite index id.</param>
/// <param name="IsComposite">Whether it is a composite index.</param>
/// <param name="DocumentsA">Side-A documents.</param>
/// <param name="DocumentsB">Side-B documents.</param>
/// <param name="OutletsA">Side-A outlets.</param>
/// <param name="OutletsB">Side-B outlets.</param>
/// <param name="Auc">The document AUC, or null when a side has no documents.</param>
/// <param name="AucInterval">Its outlet-cluster bootstrap interval, or the reason there is none.</param>
/// <param name="NoMatchA">Share of side-A documents without weight on the axis (they rank at 0.5).</param>
/// <param name="NoMatchB">Share of side-B documents without weight on the axis.</param>
/// <param name="OutletsOrdered">Whether every side-A outlet scores above every side-B outlet (null when a side has no outlet).</param>
/// <param name="Margin">The lowest side-A outlet score minus the highest side-B outlet score (positive when ordered).</param>
/// <param name="LowestOutletA">The side-A outlet with the lowest score.</param>
/// <param name="HighestOutletB">The side-B outlet with the highest score.</param>
/// <param name="Spearman">Spearman's rank correlation of outlet scores with the side (1 for A, 0 for B; ties take
/// average ranks); null when it is undefined (fewer than 2 outlets, or all scores equal).</param>
/// <param name="OutOfScopeA">Share of side-A documents out of the lexicon's scope: they name none of its scope words,
/// so none of their matches counts (they are among <paramref name="NoMatchA"/>); 0 for a lexicon without a scope.</param>
/// <param name="OutOfScopeB">Share of side-B documents out of the lexicon's scope.</param>
public sealed record AxisValidation(
    string Axis,
    bool IsComposite,
    long DocumentsA,
    long DocumentsB,
    int OutletsA,
    int OutletsB,
    double? Auc,
    ConfidenceInterval AucInterval,
    double NoMatchA,
    double NoMatchB,
    bool? OutletsOrdered,
    double? Margin,
    string? LowestOutletA,
    string? HighestOutletB,
    double? Spearman,
    double OutOfScopeA = 0,
    double OutOfScopeB = 0)
{
    /// <summary>The record's members as the compiler prints them (<c>AxisValidation { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(AxisValidation), PrintMembers);
}
