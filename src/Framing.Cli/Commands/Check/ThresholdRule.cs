using Framing.Cli.Output;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// A score limit resolved against the lexicon: for each document (<c>document-score</c>) or for each group
/// (<c>group-score</c>), the score on a dimension or composite index in the chosen voice must stay within
/// [min, max]. A score without matches (no score) never breaks a limit.
/// </summary>
internal sealed class ThresholdRule
{
    private readonly ScoreLimitSpec _spec;
    private readonly int _row;

    private ThresholdRule(ScoreLimitSpec spec, int row)
    {
        _spec = spec;
        _row = row;
    }

    public static ThresholdRule Resolve(ScoreLimitSpec spec, Lexicon lexicon)
    {
        for (var d = 0; d < lexicon.Dimensions.Count; d++)
        {
            if (string.Equals(lexicon.Dimensions[d].Id, spec.Dimension, StringComparison.Ordinal))
            {
                return new ThresholdRule(spec, d);
            }
        }

        for (var c = 0; c < lexicon.Composites.Count; c++)
        {
            if (string.Equals(lexicon.Composites[c].Id, spec.Dimension, StringComparison.Ordinal))
            {
                return new ThresholdRule(spec, lexicon.Dimensions.Count + c);
            }
        }

        var known = lexicon.Dimensions.Select(d => d.Id).Concat(lexicon.Composites.Select(c => c.Id));
        throw spec.Origin.Error($"unknown dimension or composite index '{spec.Dimension}' in lexicon '{lexicon.Id}' (known: {string.Join(", ", known)})");
    }

    /// <summary>The limits without repeats: a limit given twice (an option repeating the configuration's, or the same
    /// option twice) is checked once, so a broken limit is one finding, not one per repeat, at the higher of the
    /// levels it was given (an option is an error; the configuration may say warning). The first one's place is
    /// kept.</summary>
    public static IEnumerable<ScoreLimitSpec> Distinct(IEnumerable<ScoreLimitSpec> specs) =>
        specs.GroupBy(s => (s.Dimension, s.Min, s.Max, s.Voice))
            .Select(g => g.First() with { Level = g.Max(s => s.Level) });

    /// <summary>Findings for the documents whose score breaks the limit.</summary>
    public static IEnumerable<Finding> EvaluateDocument(IReadOnlyList<ThresholdRule> rules, Lexicon lexicon, Document document, string group, DocumentResult result, DocumentLocator locator)
    {
        if (rules.Count == 0)
        {
            yield break;
        }

        var tally = new GroupTally(document.Id, lexicon.Dimensions.Count);
        tally.Add(result, identity: 0); // no bootstrap: the identity keys nothing
        var rowsByVoice = new Dictionary<VoiceSelection, IReadOnlyList<ScoreRow>>();
        foreach (var rule in rules)
        {
            var voice = rule._spec.Voice;
            if (!rowsByVoice.TryGetValue(voice, out var rows))
            {
                rowsByVoice[voice] = rows = ScoreTable.Build(tally, lexicon, voice);
            }

            var score = rows[rule._row].Score;
            if (rule.Breaks(score))
            {
                yield return new Finding(
                    CheckRules.DocumentScore,
                    rule._spec.Level,
                    $"document {document.Id} scores {rule.Figure(score!.Value, score.Value)} on {rule._spec.Dimension} ({GroupScoreReport.VoiceName(voice)} voice), {rule.Broken(score.Value)}",
                    locator.Whole())
                {
                    Document = document.Id,
                    Group = group,
                    Dimension = rule._spec.Dimension,
                    Score = score,
                    ScoreInFull = rule.ReadsAsItsLimit(score.Value),
                };
            }
        }
    }

    /// <summary>Every group's result, and a finding (at the rule's place in the configuration, if any) for each group out of range.</summary>
    public static void EvaluateGroups(IReadOnlyList<ThresholdRule> rules, Lexicon lexicon, CorpusTally tally, List<Finding> findings, List<ThresholdResult> results)
    {
        var rowsByVoice = new Dictionary<VoiceSelection, IReadOnlyList<ScoreRow>>();
        var perGroup = lexicon.Dimensions.Count + lexicon.Composites.Count;
        foreach (var rule in rules)
        {
            var voice = rule._spec.Voice;
            if (!rowsByVoice.TryGetValue(voice, out var rows))
            {
                rowsByVoice[voice] = rows = ScoreTable.Build(tally, lexicon, voice);
            }

            for (var g = 0; g < rows.Count / perGroup; g++)
            {
                var row = rows[(g * perGroup) + rule._row];
                var score = row.Score;
                var broken = rule.Breaks(score);
                var inFull = broken && rule.ReadsAsItsLimit(score!.Value);
                results.Add(new ThresholdResult(CheckRules.GroupScore, rule._spec.Level, row.Group, row.Dimension, GroupScoreReport.VoiceName(voice), score, score is null ? "no-score" : broken ? "fail" : "pass")
                {
                    Min = rule._spec.Min,
                    Max = rule._spec.Max,
                    InFull = inFull,
                });
                if (broken)
                {
                    var origin = rule._spec.Origin.Location is { } place ? new FindingLocation(PortablePath.Of(place.File), place.Line, place.Column) : null;
                    findings.Add(new Finding(
                        CheckRules.GroupScore,
                        rule._spec.Level,
                        $"group {row.Group} scores {rule.Figure(score!.Value, score.Value)} on {row.Dimension} ({GroupScoreReport.VoiceName(voice)} voice), {rule.Broken(score.Value)}",
                        origin)
                    {
                        Group = row.Group,
                        Dimension = row.Dimension,
                        Score = score,
                        ScoreInFull = inFull,
                    });
                }
            }
        }
    }

    private bool Breaks(double? score) => score is { } s && (s < _spec.Min || s > _spec.Max);

    private string Broken(double score)
    {
        var range = _spec is { Min: { } min, Max: { } max } ? $" (allowed {CellFormat.FormatDouble(min)}..{CellFormat.FormatDouble(max)})" : string.Empty;
        return score > _spec.Max
            ? $"above the maximum {Figure(_spec.Max!.Value, score)}{range}"
            : $"below the minimum {Figure(_spec.Min!.Value, score)}{range}";
    }

    /// <summary>Whether six significant digits write a breaking <paramref name="score"/> as the limit it broke
    /// ("scores 0.5, above the maximum 0.5" for 0.50000025).</summary>
    private bool ReadsAsItsLimit(double score) =>
        CheckFigures.ReadAlike(score, score > _spec.Max ? _spec.Max!.Value : _spec.Min!.Value);

    /// <summary>
    /// A figure of the message about <paramref name="score"/> (the score or the limit it broke): six significant
    /// digits, as the output writes scores, unless the score would then read as the limit itself; then both are
    /// written in full (shortest round-trip form), as the JSON report and the SARIF properties write them.
    /// </summary>
    private string Figure(double value, double score) => CheckFigures.Text(value, ReadsAsItsLimit(score));
}
