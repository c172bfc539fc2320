using Framing.Statistics;

namespace Framing.Reports;

/// <summary>
/// The words a page uses for things the library knows only by type: the front end that made the page (the CLI, an
/// application) tells the renderer how its users ask for what is missing. <see cref="Default"/> names no front end.
/// </summary>
public sealed record ReportWording
{
    /// <summary>Wording that names no front end: "no bootstrap", and no command under the chart table.</summary>
    public static ReportWording Default { get; } = new();

    /// <summary>The note of a score without an interval because the report kept no bootstrap replicates
    /// (<see cref="IntervalAbsence.NoBootstrap"/>).</summary>
    public string NoBootstrap { get; init; } = "no bootstrap";

    /// <summary>The command that writes the table the charts draw, shown in its caption; null shows none.</summary>
    public string? ChartTableCommand { get; init; }

    /// <summary>The model with this wording in the notes of its scores.</summary>
    internal ReportModel Apply(ReportModel model) =>
        model.Scores.Any(p => p.Absence == IntervalAbsence.NoBootstrap)
            ? model with { Scores = [.. model.Scores.Select(p => p.Absence == IntervalAbsence.NoBootstrap ? p with { Note = NoBootstrap } : p)] }
            : model;

    /// <summary>The record's members as the compiler prints them (<c>ReportWording { Member = value, … }</c>), numbers and
    /// dates formatted with the invariant culture whatever the current culture is.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => RecordText.Invariant(nameof(ReportWording), PrintMembers);
}
