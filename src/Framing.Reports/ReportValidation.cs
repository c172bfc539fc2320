using Framing.Statistics.Validation;

namespace Framing.Reports;

/// <summary>How well the lexicon separates outlets of known leaning (<c>framing validate</c>'s summary). Compares by value, lists element by element.</summary>
/// <param name="Known">Where the leanings come from.</param>
/// <param name="SideA">Leanings of pole A's camp.</param>
/// <param name="SideB">Leanings of pole B's camp.</param>
/// <param name="DocumentsA">Side-A documents.</param>
/// <param name="DocumentsB">Side-B documents.</param>
/// <param name="Axes">Per dimension and composite: document AUC with its interval, outlet ordering.</param>
public sealed record ReportValidation(string Known, IReadOnlyList<string> SideA, IReadOnlyList<string> SideB, long DocumentsA, long DocumentsB, IReadOnlyList<AxisValidation> Axes)
{
    /// <summary>Leanings of pole A's camp (a read-only list, compared element by element).</summary>
    public IReadOnlyList<string> SideA { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(SideA);

    /// <summary>Leanings of pole B's camp (a read-only list, compared element by element).</summary>
    public IReadOnlyList<string> SideB { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(SideB);

    /// <summary>Per dimension and composite: document AUC with its interval, outlet ordering (a read-only list, compared element by element).</summary>
    public IReadOnlyList<AxisValidation> Axes { get; init => field = ReadOnlyLists.OrNull(value); } = ReadOnlyLists.OrNull(Axes);

    /// <summary>The summary of a validation report.</summary>
    /// <param name="report">The report.</param>
    /// <returns>Its summary.</returns>
    public static ReportValidation From(ValidationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ReportValidation(report.Leanings.Source, report.Sides.SideA, report.Sides.SideB, report.Documents.SideA, report.Documents.SideB, report.Axes);
    }

    /// <summary>The record's members as the compiler prints them (<c>ReportValidation { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ReportValidation), PrintMembers);
}
