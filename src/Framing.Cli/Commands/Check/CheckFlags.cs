using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Scoring;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// The rule options of <c>framing check</c> (the simple cases of the configuration file), added to the configuration's
/// rules; the drift options override the configuration's drift settings. Rules given as options have level
/// <c>error</c> and score rules count editorial matches.
/// </summary>
internal static class CheckFlags
{
    public static RepeatedOption EditorialPole { get; } = Option.Repeated("editorial-pole", "Report matches of this pole (or of both poles of a dimension) in the editorial voice (outside quotation marks and reported speech). Repeatable.", "DIMENSION[/POLE]");

    public static RepeatedOption EditorialEntry { get; } = Option.Repeated("editorial-entry", "Report matches of the lexicon entry with this pattern in the editorial voice (outside quotation marks and reported speech). Repeatable.", "PATTERN");

    public static RepeatedOption MaxDocumentScore { get; } = Option.Repeated("max-document-score", "Fail when a document's editorial score on a dimension or composite is above X. Repeatable.", "DIMENSION=X");

    public static RepeatedOption MinDocumentScore { get; } = Option.Repeated("min-document-score", "Fail when a document's editorial score is below X. Repeatable.", "DIMENSION=X");

    public static RepeatedOption GroupRange { get; } = Option.Repeated("group-range", "Fail when a group's editorial score leaves the range (either end may be empty). Repeatable.", "DIMENSION=MIN..MAX");

    public static Option<string?> Baseline { get; } = Option.OptionalText("baseline", "Compare group scores with this saved run (JSON of 'framing score --format json').", "FILE");

    /// <summary><c>--tolerance</c>: null when not given (then the configuration's, else <see cref="DriftSpec.DefaultTolerance"/>).</summary>
    public static Option<double?> Tolerance { get; } = new(
        "tolerance",
        "Largest allowed change of a group score since the baseline.",
        "X",
        null,
        text => Number(text) is { } t && DriftSpec.IsTolerance(t) ? t : throw new UsageException($"--tolerance must be a number from 0 to 2 (no score moves by more than 2), not '{text}'"),
        defaultHelp: DriftSpec.DefaultTolerance.ToString(CultureInfo.InvariantCulture));

    public static Option<string?> SaveBaseline { get; } = Option.OptionalText("save-baseline", "Write the current group scores as a baseline (the JSON of 'framing score --format json').", "FILE");

    public static OptionSpec[] Specs { get; } = [EditorialPole, EditorialEntry, MaxDocumentScore, MinDocumentScore, GroupRange, Baseline, Tolerance, SaveBaseline];

    /// <summary>Adds the rules and settings given as options to <paramref name="config"/>.</summary>
    public static void Apply(ParsedArguments args, CheckConfig config)
    {
        foreach (var value in args.GetAll(EditorialPole))
        {
            var slash = value.IndexOf('/', StringComparison.Ordinal);
            var (dimension, pole) = slash < 0 ? (value, null) : (value[..slash], value[(slash + 1)..]);
            if (dimension.Length == 0 || pole is { Length: 0 })
            {
                throw new UsageException($"--editorial-pole must be DIMENSION/POLE or DIMENSION (e.g. armed-opposition/terrorism), not '{value}'");
            }

            config.Editorial.Add(new EditorialRuleSpec(dimension, pole, null, RuleLevel.Error, RuleOrigin.Option("editorial-pole", value)));
        }

        foreach (var value in args.GetAll(EditorialEntry))
        {
            if (value.Trim().Length == 0)
            {
                throw new UsageException("--editorial-entry needs a lexicon entry's pattern (see 'framing lexicons show ID --entries')");
            }

            config.Editorial.Add(new EditorialRuleSpec(null, null, value, RuleLevel.Error, RuleOrigin.Option("editorial-entry", value)));
        }

        foreach (var value in args.GetAll(MaxDocumentScore))
        {
            var (dimension, limit) = Limit("max-document-score", value);
            config.DocumentScore.Add(new ScoreLimitSpec(dimension, null, limit, VoiceSelection.Editorial, RuleLevel.Error, RuleOrigin.Option("max-document-score", value)));
        }

        foreach (var value in args.GetAll(MinDocumentScore))
        {
            var (dimension, limit) = Limit("min-document-score", value);
            config.DocumentScore.Add(new ScoreLimitSpec(dimension, limit, null, VoiceSelection.Editorial, RuleLevel.Error, RuleOrigin.Option("min-document-score", value)));
        }

        foreach (var value in args.GetAll(GroupRange))
        {
            var (dimension, min, max) = Range(value);
            config.GroupScore.Add(new ScoreLimitSpec(dimension, min, max, VoiceSelection.Editorial, RuleLevel.Error, RuleOrigin.Option("group-range", value)));
        }

        ApplyDrift(args, config);
    }

    private static void ApplyDrift(ParsedArguments args, CheckConfig config)
    {
        var baseline = args.Get(Baseline);
        var tolerance = args.Get(Tolerance);
        if (baseline is null && tolerance is null)
        {
            return;
        }

        var drift = config.Drift;
        if (baseline is null && drift is null)
        {
            throw new UsageException("--tolerance needs --baseline (or rules.drift in the configuration file)");
        }

        config.Drift = drift is null
            ? new DriftSpec(baseline, tolerance ?? DriftSpec.DefaultTolerance, null, RuleLevel.Error, RuleOrigin.Option("baseline", baseline!))
            : drift with
            {
                Baseline = baseline ?? drift.Baseline,
                Tolerance = tolerance ?? drift.Tolerance,
                Origin = baseline is null ? drift.Origin : RuleOrigin.Option("baseline", baseline),
                BaselineLocation = baseline is null ? drift.BaselineLocation : null,
            };
    }

    private static (string Dimension, double Limit) Limit(string option, string value)
    {
        var eq = value.LastIndexOf('=');
        if (eq > 0 && Number(value[(eq + 1)..]) is { } limit)
        {
            return (value[..eq], ScoreLimit(option, value, value[(eq + 1)..], limit));
        }

        throw new UsageException($"--{option} must be DIMENSION=NUMBER (e.g. armed-opposition=0.5), not '{value}'");
    }

    private static (string Dimension, double? Min, double? Max) Range(string value)
    {
        var eq = value.LastIndexOf('=');
        var dots = eq < 0 ? -1 : value.IndexOf("..", eq, StringComparison.Ordinal);
        if (eq > 0 && dots > 0)
        {
            var (minText, maxText) = (value[(eq + 1)..dots], value[(dots + 2)..]);
            var min = minText.Length == 0 ? null : Number(minText);
            var max = maxText.Length == 0 ? null : Number(maxText);
            // Three dots ("0...1") would read as 0..0.1: a maximum that starts with a dot is refused.
            var valid = (minText.Length == 0 || min is not null) && (maxText.Length == 0 || max is not null) && (min is not null || max is not null) && !maxText.StartsWith('.');
            if (valid && min > max)
            {
                throw new UsageException($"--group-range {value}: the minimum is greater than the maximum");
            }

            if (valid)
            {
                return (value[..eq], min is { } low ? ScoreLimit("group-range", value, minText, low) : null, max is { } high ? ScoreLimit("group-range", value, maxText, high) : null);
            }
        }

        throw new UsageException($"--group-range must be DIMENSION=MIN..MAX (e.g. damascus-alignment=-0.2..0.2; either end may be empty), not '{value}'");
    }

    /// <summary>The limit, when it is a score (from -1 to 1): a limit outside would never be reached, or always be
    /// broken (a percentage typed for a share, 50 for 0.5), and the check would pass or fail whatever the texts say.</summary>
    private static double ScoreLimit(string option, string value, string text, double limit) =>
        ScoreLimitSpec.IsScore(limit)
            ? limit
            : throw new UsageException($"--{option} {value}: a limit must be a score from -1 to 1, not {text}");

    private static double? Number(string text) =>
        NumberText.TryReal(text, out var value)
            ? value
            : null;
}
