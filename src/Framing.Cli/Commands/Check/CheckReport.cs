using Framing.Lexicons;

namespace Framing.Cli.Commands.Check;

/// <summary>Everything a run of <c>framing check</c> found, and whether it fails.</summary>
/// <param name="Lexicon">The lexicon of the run.</param>
/// <param name="Inputs">The inputs as given.</param>
/// <param name="Documents">Documents checked.</param>
/// <param name="Rejected">Records skipped with <c>--skip-invalid</c>.</param>
/// <param name="Findings">Findings in input order, then group and drift findings.</param>
/// <param name="Thresholds">Every evaluation of a group range or of drift.</param>
/// <param name="FailOn">The lowest level that fails the check, or null (<c>--fail-on none</c>).</param>
internal sealed record CheckReport(
    Lexicon Lexicon,
    IReadOnlyList<string> Inputs,
    long Documents,
    long Rejected,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ThresholdResult> Thresholds,
    RuleLevel? FailOn)
{
    public int Errors => Findings.Count(f => f.Level == RuleLevel.Error);

    public int Warnings => Findings.Count(f => f.Level == RuleLevel.Warning);

    public bool Failed => FailOn is { } level && Findings.Any(f => f.Level >= level);

    public string FailOnName => FailOn is { } level ? RuleLevels.Name(level) : "none";
}
