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
/// drifts. Rows whose group is gone, or without a score on either side, and the groups of the corpus that the baseline
/// does not have, are listed but never fail. A change just beyond
/// the tolerance that six digits would write as the tolerance (a baseline with more digits) is written in full.
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

    /// <summary>Compares the baseline's group scores with the corpus's.</summary>
    /// <param name="spec">The drift rule.</param>
    /// <param name="baseline">The saved scores.</param>
    /// <param name="lexicon">The lexicon.</param>
    /// <param name="tally">The corpus's group tallies.</param>
    /// <param name="findings">Receives a finding per group score that moved by more than the tolerance.</param>
    /// <param name="results">Receives every comparison.</param>
    /// <param name="saving">Whether this run saves a new baseline (then a baseline without a group of the corpus is
    /// only a warning on <paramref name="error"/>: the run replaces it).</param>
    /// <param name="error">Standard error.</param>
    public static void Evaluate(DriftSpec spec, Baseline baseline, Lexicon lexicon, CorpusTally tally, List<Finding> findings, List<ThresholdResult> results, bool saving, TextWriter error)
    {
        var voice = VoiceOf(spec, baseline);
        var table = ScoreTable.Build(tally, lexicon, voice);
        var current = table.ToDictionary(r => (r.Group, r.Dimension));
        CheckGroupsMeet(baseline, current.Keys.Select(k => k.Group).Distinct(StringComparer.Ordinal).ToList(), saving, error);
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
            var drifted = score is { } v && row.Score is { } was && Exceeds(v, was, spec.Tolerance);

            // A change just beyond the tolerance (a baseline with more than six significant digits) would be written
            // as the tolerance itself: then the figures are written in full.
            var inFull = drifted && CheckFigures.ReadAlike(Math.Abs(change!.Value), spec.Tolerance);
            results.Add(new ThresholdResult(CheckRules.ScoreDrift, spec.Level, row.Group, row.Dimension, voiceName, score, change is null ? "no-score" : drifted ? "fail" : "pass")
            {
                Baseline = row.Score,
                Tolerance = spec.Tolerance,
                InFull = inFull,
            });
            if (drifted)
            {
                findings.Add(new Finding(
                    CheckRules.ScoreDrift,
                    spec.Level,
                    $"group {row.Group} moved on {row.Dimension} from {CheckFigures.Text(row.Score!.Value, inFull)} to {CheckFigures.Text(score!.Value, inFull)} ({(change > 0 ? "+" : string.Empty)}{ChangeText(score.Value, row.Score.Value, inFull)}, {voiceName} voice), more than the tolerance {CheckFigures.Text(spec.Tolerance, inFull)}",
                    new FindingLocation(PortablePath.Of(row.Location.File), row.Location.Line, row.Location.Column))
                {
                    Group = row.Group,
                    Dimension = row.Dimension,
                    Score = score,
                    ScoreInFull = inFull,
                });
            }
        }

        // A group of the corpus that the baseline does not have (an outlet added since) has nothing to be compared
        // with: it is listed, on each dimension the baseline compares, as "new", and never fails.
        var baselineGroups = baseline.Rows.Select(r => r.Group).ToHashSet(StringComparer.Ordinal);
        var baselineDimensions = baseline.Rows.Select(r => r.Dimension).ToHashSet(StringComparer.Ordinal);
        foreach (var row in table)
        {
            if (!baselineGroups.Contains(row.Group) && baselineDimensions.Contains(row.Dimension))
            {
                var score = row.Score is { } s ? Rounded(s) : (double?)null;
                results.Add(new ThresholdResult(CheckRules.ScoreDrift, spec.Level, row.Group, row.Dimension, GroupScoreReport.VoiceName(voice), score, "new") { Tolerance = spec.Tolerance });
            }
        }
    }

    /// <summary>
    /// A baseline none of whose groups is in the corpus (saved with another <c>--by</c>, or of another corpus), or one
    /// without rows (saved from an empty corpus), would list every row as missing, or none, and pass whatever the
    /// scores: an input error, as an empty corpus is. Some groups
    /// missing (an outlet without articles this time) is normal. An empty corpus (<c>--allow-empty</c>) has no groups
    /// to compare, and a run that saves a new baseline only warns.
    /// </summary>
    private static void CheckGroupsMeet(Baseline baseline, IReadOnlyList<string> groups, bool saving, TextWriter error)
    {
        var baselineGroups = baseline.Rows.Select(r => r.Group).Distinct(StringComparer.Ordinal).ToList();
        var corpusGroups = groups.ToHashSet(StringComparer.Ordinal);
        if (corpusGroups.Count == 0 || baselineGroups.Any(corpusGroups.Contains))
        {
            return;
        }

        // A baseline without rows (saved from an empty corpus, or written by hand) would pass every corpus unchecked.
        var message = baselineGroups.Count == 0
            ? $"{baseline.File}: the baseline has no rows, so no score of the corpus's {Counted.Of(corpusGroups.Count, "group")} ({Sample(groups)}) would be compared with it"
            : $"{baseline.File}: none of the baseline's {Counted.Of(baselineGroups.Count, "group")} ({Sample(baselineGroups)}) is a group of the corpus ({Sample(groups)})";
        if (!saving)
        {
            throw new InputException(message + (baselineGroups.Count == 0 ? ": was it saved from an empty corpus? Save one from this corpus with --save-baseline" : ": was it saved with another --by or corpus?"));
        }

        error.WriteLine($"framing: warning: {message}; drift is not checked in this run, which saves a baseline");
    }

    private static string Sample(IReadOnlyList<string> names) =>
        string.Join(", ", names.Take(3).Select(n => $"'{n}'")) + (names.Count > 3 ? ", …" : string.Empty);

    /// <summary>The change from <paramref name="baseline"/> to <paramref name="score"/>: six significant digits, or in
    /// full as the difference of the two figures written in full (0.428571 − 0.37857098 is 0.05000002, where the
    /// difference of the doubles would show 0.050000020000000004).</summary>
    private static string ChangeText(double score, double baseline, bool inFull)
    {
        if (!inFull)
        {
            return CellFormat.FormatDouble(score - baseline);
        }

        var exact = Exact(score) - Exact(baseline);
        return exact.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Whether the change from <paramref name="baseline"/> to <paramref name="score"/> is more than the tolerance,
    /// compared on the figures as written (decimal), with no slack: at --tolerance 0 any change fails, and a change of
    /// exactly the tolerance passes (the doubles' difference, 0.45 − 0.4 = 0.04999999999999999, would decide by the
    /// noise of binary fractions).</summary>
    internal static bool Exceeds(double score, double baseline, double tolerance) =>
        Math.Abs(Exact(score) - Exact(baseline)) > Exact(tolerance);

    private static decimal Exact(double value) =>
        decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static double Rounded(double score) => double.Parse(CellFormat.FormatDouble(score), NumberStyles.Float, CultureInfo.InvariantCulture);
}
