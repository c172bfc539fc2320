namespace Framing.Cli.Commands.Check;

/// <summary>
/// One evaluation of a group-level rule (a group range or the drift from a baseline), passed or not, for the JSON report.
/// </summary>
/// <param name="RuleId">The rule.</param>
/// <param name="Level">The level of its finding when it fails.</param>
/// <param name="Group">The group.</param>
/// <param name="Dimension">The dimension or composite id.</param>
/// <param name="Voice">Which matches the score counts.</param>
/// <param name="Score">The current score, or null without matches.</param>
/// <param name="Status"><c>pass</c>, <c>fail</c>, <c>no-score</c> (no match, nothing to compare) <c>missing</c> (in the baseline, not in the corpus) or <c>new</c> (a group of the corpus that the baseline does not have).</param>
internal sealed record ThresholdResult(string RuleId, RuleLevel Level, string Group, string Dimension, string Voice, double? Score, string Status)
{
    public double? Min { get; init; }

    public double? Max { get; init; }

    public double? Baseline { get; init; }

    public double? Tolerance { get; init; }

    /// <summary>Whether the figures (score, limits, baseline, tolerance) are written in full, not with six significant
    /// digits, which would write a failing score as the limit it broke (see <see cref="CheckFigures"/>).</summary>
    public bool InFull { get; init; }
}
