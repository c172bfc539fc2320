using System.Globalization;
using Framing.Cli.Arguments;
using Framing.Cli.Output;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Cli.Commands.Check;

/// <summary>
/// The drift rule: each group score of the baseline is compared with the same group's current score (in the
/// baseline's voice); a change larger than the tolerance is a finding located at the baseline's row. Scores are
/// compared as the output writes them (six significant digits), so a run compared with its own saved baseline never
/// drifts. Rows whose group is gone, or without a score on either side, are listed but never fail.
/// </summary>
internal static class DriftRule
{
    public static VoiceSelection VoiceOf(DriftSpec spec, Baseline? baseline)
    {
        if (spec.Voice is { } voice && baseline is not null && baseline.Voice != voice)
        {
            throw spec.Origin.Error($"the baseline {baseline.File} counts {GroupScoreReport.VoiceName(baseline.Voice)} matches, not {GroupScoreReport.VoiceName(voice)}");
        }

        return spec.Voice ?? baseline?.Voice ?? VoiceSelection.All;
    }

    public static void Evaluate(DriftSpec spec, Baseline baseline, Lexicon lexicon, CorpusTally tally, List<Finding> findings, List<ThresholdResult> results)
    {
        if (baseline.LexiconId is { } id && !string.Equals(id, lexicon.Id, StringComparison.Ordinal))
        {
            throw new InputException($"{baseline.File}: the baseline was scored with lexicon '{id}', not '{lexicon.Id}'");
        }

        var voice = VoiceOf(spec, baseline);
        var current = ScoreTable.Build(tally, lexicon, voice).ToDictionary(r => (r.Group, r.Dimension));
        foreach (var row in baseline.Rows)
        {
            var voiceName = GroupScoreReport.VoiceName(voice);
            if (!current.TryGetValue((row.Group, row.Dimension), out var now))
            {
                results.Add(new ThresholdResult(CheckRules.ScoreDrift, spec.Level, row.Group, row.Dimension, voiceName, null, "missing") { Baseline = row.Score, Tolerance = spec.Tolerance });
                continue;
            }

            var score = now.Score is { } s ? Rounded(s) : (double?)null;
            var change = score - row.Score;
            var drifted = change is { } c && Math.Abs(c) > spec.Tolerance + 1e-9;
            results.Add(new ThresholdResult(CheckRules.ScoreDrift, spec.Level, row.Group, row.Dimension, voiceName, score, change is null ? "no-score" : drifted ? "fail" : "pass")
            {
                Baseline = row.Score,
                Tolerance = spec.Tolerance,
            });
            if (drifted)
            {
                findings.Add(new Finding(
                    CheckRules.ScoreDrift,
                    spec.Level,
                    $"group {row.Group} moved on {row.Dimension} from {CellFormat.FormatDouble(row.Score!.Value)} to {CellFormat.FormatDouble(score!.Value)} ({(change > 0 ? "+" : string.Empty)}{CellFormat.FormatDouble(change!.Value)}, {voiceName} voice), more than the tolerance {CellFormat.FormatDouble(spec.Tolerance)}",
                    new FindingLocation(row.Location.File.Replace('\\', '/'), row.Location.Line, row.Location.Column))
                {
                    Group = row.Group,
                    Dimension = row.Dimension,
                    Score = score,
                });
            }
        }
    }

    private static double Rounded(double score) => double.Parse(CellFormat.FormatDouble(score), NumberStyles.Float, CultureInfo.InvariantCulture);
}
