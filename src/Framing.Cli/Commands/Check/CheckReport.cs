using Framing.Lexicons;

namespace Framing.Cli.Commands.Check;

/// <summary>What a run of <c>framing check</c> found, counted, and whether it fails. The findings themselves are not
/// kept: they went to the output as they were found (see <see cref="IFindingWriter"/>).</summary>
/// <param name="Lexicon">The lexicon of the run.</param>
/// <param name="Inputs">The inputs as given.</param>
/// <param name="Documents">Documents checked.</param>
/// <param name="Rejected">Records skipped with <c>--skip-invalid</c>.</param>
/// <param name="Errors">Findings at level error.</param>
/// <param name="Warnings">Findings at level warning.</param>
/// <param name="Thresholds">Every evaluation of a group range or of drift.</param>
/// <param name="FailOn">The lowest level that fails the check, or null (<c>--fail-on none</c>).</param>
internal sealed record CheckReport(
    Lexicon Lexicon,
    IReadOnlyList<string> Inputs,
    long Documents,
    long Rejected,
    long Errors,
    long Warnings,
    IReadOnlyList<ThresholdResult> Thresholds,
    RuleLevel? FailOn)
{
    /// <summary>Whether a finding is at or above <see cref="FailOn"/> (an error always is).</summary>
    public bool Failed => FailOn is { } level && (Errors > 0 || (level <= RuleLevel.Warning && Warnings > 0));

    public string FailOnName => FailOn is { } level ? RuleLevels.Name(level) : "none";
}
