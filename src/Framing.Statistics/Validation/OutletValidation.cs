using Framing.Corpus;

namespace Framing.Statistics.Validation;

/// <summary>
/// One outlet on one dimension or composite, with leave-one-outlet-out figures. A hand-written lexicon is not fitted,
/// so nothing is re-estimated without the outlet: what leaving it out shows is whether the pooled figure rests on it,
/// and how its own documents fare against the other camp.
/// Compares by value, lists element by element.</summary>
/// <param name="Axis">The dimension or composite index id.</param>
/// <param name="Outlet">The outlet (group).</param>
/// <param name="Side">Its side.</param>
/// <param name="Leanings">Its known leanings (one, unless the leaning is a document field that varies within the outlet).</param>
/// <param name="Documents">Its documents.</param>
/// <param name="Score">Its group score, as <c>framing score</c> computes it; null without weight on the axis.</param>
/// <param name="NoMatch">Share of its documents without weight on the axis.</param>
/// <param name="AucOutlet">The AUC of its documents against every document of the other side, oriented so that 1 is
/// right for either side: P(its share &gt; other share) + ½ P(tie) for a side-A outlet, P(other share &gt; its share) + ½ P(tie)
/// for a side-B outlet.</param>
/// <param name="AucWithout">The document AUC of the whole comparison with this outlet's documents held out (null when it
/// is its side's only outlet).</param>
/// <param name="AucAll">The document AUC with every outlet, for comparison.</param>
/// <param name="BeatsOtherSide">Share of the other side's outlets it is beyond (scores above, for a side-A outlet; below,
/// for a side-B outlet), ties counting half: 1 when it is on its side of every outlet of the other camp.</param>
public sealed record OutletValidation(
    string Axis,
    string Outlet,
    KnownSide Side,
    IReadOnlyList<string> Leanings,
    long Documents,
    double? Score,
    double NoMatch,
    double? AucOutlet,
    double? AucWithout,
    double? AucAll,
    double? BeatsOtherSide)
{
    /// <summary>Its known leanings (one, unless the leaning is a document field that varies within the outlet) (a read-only list, compared element by element).</summary>
    public IReadOnlyList<string> Leanings { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Leanings);

    /// <summary>The record's members as the compiler prints them (<c>OutletValidation { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(OutletValidation), PrintMembers);
}
