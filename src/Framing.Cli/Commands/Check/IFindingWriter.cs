namespace Framing.Cli.Commands.Check;

/// <summary>
/// Where <c>framing check</c> sends its findings: one at a time, as they are found (in input order, then the group and
/// drift findings), so that no format holds the findings of the whole run in memory. Text, GitHub annotations and
/// SARIF write each finding through; JSON, whose header counts the findings before it lists them, keeps them in a
/// temporary file (<see cref="FindingSpool"/>) until the run ends.
/// </summary>
internal interface IFindingWriter : IDisposable
{
    /// <summary>Writes one finding.</summary>
    /// <param name="finding">The finding, in the order of the output.</param>
    void Add(Finding finding);

    /// <summary>Ends the output with what only the end of the run knows: the counts and every group-level result.</summary>
    /// <param name="report">The run's counts and group-level results.</param>
    void Finish(CheckReport report);
}
