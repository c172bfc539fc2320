using Framing.Scoring;

namespace Framing.Cli.Commands.Check;

/// <summary>An editorial-voice rule as written: a dimension (and pole), an entry pattern, or both.</summary>
/// <param name="Dimension">The dimension id, or null for any.</param>
/// <param name="Pole">The pole id within the dimension (or <c>neutral</c>), or null for both poles.</param>
/// <param name="Pattern">A lexicon entry's pattern as written in the lexicon, or null for any entry.</param>
/// <param name="Level">The level of its findings.</param>
/// <param name="Origin">Where it was defined.</param>
internal sealed record EditorialRuleSpec(string? Dimension, string? Pole, string? Pattern, RuleLevel Level, RuleOrigin Origin);

/// <summary>A score limit on a dimension or composite index, for each document or for each group.</summary>
/// <param name="Dimension">The dimension or composite id.</param>
/// <param name="Min">The lowest allowed score, or null.</param>
/// <param name="Max">The highest allowed score, or null.</param>
/// <param name="Voice">Which matches the score counts.</param>
/// <param name="Level">The level of its findings.</param>
/// <param name="Origin">Where it was defined.</param>
internal sealed record ScoreLimitSpec(string Dimension, double? Min, double? Max, VoiceSelection Voice, RuleLevel Level, RuleOrigin Origin)
{
    /// <summary>Whether <paramref name="limit"/> is a score, from -1 to 1: a limit outside that range would never be
    /// reached or always be broken.</summary>
    /// <param name="limit">A limit.</param>
    /// <returns>Whether it lies in [-1, 1].</returns>
    public static bool IsScore(double limit) => limit >= -1 && limit <= 1;
}

/// <summary>The drift rule: compare group scores with a saved baseline.</summary>
/// <param name="Baseline">The baseline file (JSON of <c>framing score --format json</c>), or null when only saving one.</param>
/// <param name="Tolerance">The largest allowed change of a score.</param>
/// <param name="Voice">Which matches the scores count, or null for the baseline's own voice.</param>
/// <param name="Level">The level of its findings.</param>
/// <param name="Origin">Where it was defined.</param>
internal sealed record DriftSpec(string? Baseline, double Tolerance, VoiceSelection? Voice, RuleLevel Level, RuleOrigin Origin)
{
    public const double DefaultTolerance = 0.05;

    /// <summary>Whether <paramref name="tolerance"/> can be exceeded: scores run from -1 to 1, so no score moves by
    /// more than 2, and a larger tolerance (5 typed for 0.05) would never fail.</summary>
    /// <param name="tolerance">A tolerance.</param>
    /// <returns>Whether it lies in [0, 2].</returns>
    public static bool IsTolerance(double tolerance) => tolerance >= 0 && tolerance <= 2;

    /// <summary>Where the configuration file names the baseline (for an error about a baseline that cannot be read), or
    /// null when <c>--baseline</c> names it.</summary>
    public SourceLocation? BaselineLocation { get; init; }
}

/// <summary>
/// The settings and rules of <c>framing check</c>, from the configuration file (<c>--config</c>) and the options;
/// options override the file's settings and add to its rules.
/// </summary>
internal sealed class CheckConfig
{
    /// <summary>The lexicon id or file (a relative file path is relative to the configuration file).</summary>
    public string? Lexicon { get; set; }

    /// <summary>Where the configuration names the lexicon (for an error about a lexicon that cannot be found or read).</summary>
    public SourceLocation? LexiconLocation { get; set; }

    /// <summary>The lexicon as the configuration writes it (before a path is made relative to the configuration's folder).</summary>
    public string? LexiconAsWritten { get; set; }

    /// <summary>The configuration file, or null when there is none.</summary>
    public string? Path { get; set; }

    /// <summary>The grouping field.</summary>
    public string? By { get; set; }

    /// <summary>The lowest level that fails the check (<c>warning</c>, <c>error</c> or <c>none</c>).</summary>
    public string? FailOn { get; set; }

    public List<EditorialRuleSpec> Editorial { get; } = [];

    public List<ScoreLimitSpec> DocumentScore { get; } = [];

    public List<ScoreLimitSpec> GroupScore { get; } = [];

    public DriftSpec? Drift { get; set; }

    public bool HasRules => Editorial.Count > 0 || DocumentScore.Count > 0 || GroupScore.Count > 0 || Drift?.Baseline is not null;
}
