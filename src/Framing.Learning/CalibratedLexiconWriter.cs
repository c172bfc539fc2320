using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Framing.Lexicons;

namespace Framing.Learning;

/// <summary>
/// Writes a calibrated lexicon file: the original file's text with its id suffixed <c>-calibrated</c>, a
/// <c>validation</c> section (status <c>not-validated</c>: the weights were fitted on these outlets) that holds the
/// evidence (documents, outlets, folds, per-fold and pooled AUCs), a neutral category added to a dimension that lacks one
/// when an entry moves there, and the <c>entries</c> section rewritten, one entry per line with the same patterns,
/// exclusions, examples and target rules, the calibrated pole and weight, and a note that says what calibration found.
/// Everything else (dimensions, composites, actors, speech cues, comments before the entries) is kept as written.
/// </summary>
public static class CalibratedLexiconWriter
{
    private static void CheckIsTheText(Lexicon lexicon, string originalYaml)
    {
        Lexicon original;
        try
        {
            original = Lexicon.Parse(originalYaml, "originalYaml");
        }
        catch (LexiconException e)
        {
            // The built-in languages may lack one that the lexicon was loaded with (a registry given to Lexicon.Load);
            // its registry, which already holds the file's own analyses, reads such a text.
            try
            {
                original = Lexicon.Parse(originalYaml, "originalYaml", lexicon.Languages);
            }
            catch (LexiconException)
            {
                throw new ArgumentException($"originalYaml is not the text of the calibrated lexicon '{lexicon.Id}' {lexicon.Metadata.Version}: it is not a valid lexicon ({e.Message})", nameof(originalYaml), e);
            }
        }

        if (!string.Equals(original.Fingerprint, lexicon.Fingerprint, StringComparison.Ordinal))
        {
            throw new ArgumentException($"originalYaml is not the text of the calibrated lexicon '{lexicon.Id}' {lexicon.Metadata.Version} but of '{original.Id}' {original.Metadata.Version}, or of another revision of it (their fingerprints differ): pass the text the calibrated lexicon was loaded from", nameof(originalYaml));
        }
    }

    private static readonly Regex TopLevelKey = new("^([a-z][a-z0-9-]*):", RegexOptions.CultureInvariant);

    /// <summary>The calibrated lexicon's YAML.</summary>
    /// <param name="report">The calibration.</param>
    /// <param name="originalYaml">The text of the original lexicon file (as <see cref="Lexicon.Load(string)"/> read it).</param>
    /// <param name="corpusName">The corpus's name, for the evidence.</param>
    /// <returns>The YAML text of a lexicon that <see cref="Lexicon.Parse"/> accepts.</returns>
    /// <exception cref="ArgumentException"><paramref name="originalYaml"/> is not the text of the calibrated lexicon
    /// (<see cref="CalibrationReport.Lexicon"/>): another lexicon, another version of it, or no lexicon at all. Its
    /// dimensions and sections would be written around the report's entries.</exception>
    public static string Write(CalibrationReport report, string originalYaml, string corpusName = "corpus")
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(originalYaml);
        ArgumentNullException.ThrowIfNull(corpusName);
        var lexicon = report.Lexicon;
        CheckIsTheText(lexicon, originalYaml);
        var needNeutral = report.Entries.Where(e => e.MovedToNeutral).Select(e => e.Entry.DimensionId).ToHashSet(StringComparer.Ordinal);
        needNeutral.RemoveWhere(d => lexicon.FindDimension(d)?.Neutral is not null);
        var lines = Lines(NeutralCategoryInsertion.Add(originalYaml, needNeutral, out var added));
        needNeutral.ExceptWith(added);
        var sections = Sections(lines);
        var output = new StringBuilder();
        output.Append("# Calibrated by 'framing calibrate' from ").Append(YamlText.Comment(lexicon.Id)).Append(' ').Append(YamlText.Comment(lexicon.Metadata.Version))
            .Append(" on ").Append(YamlText.Comment(corpusName)).Append(": entry weights fitted on outlets of known leaning (see 'validation').\n");
        var section = string.Empty;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (i == lines.Count - 1 && line.Length == 0)
            {
                break;
            }

            if (sections.TryGetValue(i, out var key))
            {
                section = key;
                switch (key)
                {
                    case "id":
                        output.Append("id: ").Append(lexicon.Id).Append("-calibrated\n");
                        continue;
                    case "title":
                        output.Append("title: ").Append(YamlText.Quote(lexicon.Metadata.Title + " (calibrated)")).Append('\n');
                        continue;
                    case "entries":
                        output.Append("entries:\n");
                        foreach (var entry in report.Entries)
                        {
                            output.Append(EntryLine(entry, lexicon, needNeutral)).Append('\n');
                        }

                        continue;
                }
            }

            // The replaced keys' own continuation lines (a folded title, the old entries and validation) are left out.
            if (section is "id" or "title" or "entries" or "validation")
            {
                continue;
            }

            output.Append(line).Append('\n');
        }

        Validation(output, report, corpusName);
        return output.ToString();
    }

    /// <summary>
    /// The lines of the original file, split where the YAML parser that loaded it breaks lines: at <c>\n</c>,
    /// <c>\r\n</c>, a bare <c>\r</c> and the Unicode line and paragraph separators. Splitting at <c>\n</c> alone kept a
    /// file with classic Mac line ends as one line, and the calibrated file then held the old entries and validation too.
    /// </summary>
    private static string Reweighted(int entries) => string.Create(CultureInfo.InvariantCulture, $"{entries} {(entries == 1 ? "entry" : "entries")} reweighted");

    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                lines.Add(text[start..i]);
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add(text[start..]);
        return lines;
    }

    /// <summary>The line index of each top-level key.</summary>
    private static Dictionary<int, string> Sections(List<string> lines)
    {
        var sections = new Dictionary<int, string>();
        for (var i = 0; i < lines.Count; i++)
        {
            var match = TopLevelKey.Match(lines[i]);
            if (match.Success)
            {
                sections[i] = match.Groups[1].Value;
            }
        }

        return sections;
    }

    /// <summary>An entry's line. <paramref name="withoutNeutral"/>: dimensions that needed a neutral category the writer
    /// could not add (a file whose dimensions are not a sequence of mappings under a top-level <c>dimensions</c> key of
    /// its first document); their entries that calibration would move to neutral keep their pole at the lowest weight,
    /// 0.001, and say so.</summary>
    private static string EntryLine(CalibratedEntry calibrated, Lexicon lexicon, HashSet<string> withoutNeutral)
    {
        var e = calibrated.Entry;
        var dimension = lexicon.FindDimension(e.DimensionId)!;
        var stuck = calibrated.MovedToNeutral && withoutNeutral.Contains(e.DimensionId);
        var neutral = (calibrated.MovedToNeutral && !stuck) || e.Side == PoleSide.Neutral;
        var pole = neutral ? "neutral" : dimension.GetPole(e.Side)!.Id;
        var weight = calibrated.Verdict == CalibrationVerdict.Kept ? calibrated.CalibratedWeightMilli : stuck ? 1 : e.WeightMilli;
        var b = new StringBuilder("  - { lang: ").Append(YamlText.Id(e.Language))
            .Append(", pattern: ").Append(YamlText.Quote(e.Pattern))
            .Append(", dimension: ").Append(YamlText.Id(e.DimensionId))
            .Append(", pole: ").Append(YamlText.Id(pole))
            .Append(", weight: ").Append(YamlText.Weight(weight))
            .Append(", note: ").Append(YamlText.Quote(Note(calibrated, dimension) + (stuck ? " The dimension has no neutral category in this file, so it keeps its pole at weight 0.001." : string.Empty)));
        if (e.Examples.Count > 0)
        {
            b.Append(", examples: ").Append(YamlText.List(e.Examples, YamlText.Quote));
        }

        if (e.Exclusions.Count > 0)
        {
            b.Append(", exclude: ").Append(YamlText.List(e.Exclusions, YamlText.Quote));
        }

        if (e.Target is { } target)
        {
            b.Append(", target: { ").Append(target.Require.Count > 0 ? "require: " + YamlText.List(target.Require, YamlText.Id) : "forbid: " + YamlText.List(target.Forbid, YamlText.Id)).Append(" }");
        }

        if (e.TargetDefault is { } targetDefault)
        {
            b.Append(", target-default: ").Append(targetDefault == TargetDefault.Ignore ? "ignore" : "count");
        }

        return b.Append(" }").ToString();
    }

    private static string Note(CalibratedEntry c, Dimension dimension)
    {
        var e = c.Entry;
        var use = string.Create(CultureInfo.InvariantCulture, $"documents A/B {c.DocumentsA}/{c.DocumentsB}, outlets {c.Outlets}, coefficient {YamlText.Number(c.Coefficient)}");
        var finding = c.Verdict switch
        {
            CalibrationVerdict.Kept => $"Calibrated: weight {YamlText.Weight(c.CalibratedWeightMilli)} (was {YamlText.Weight(e.WeightMilli)}; {use}).",
            CalibrationVerdict.Zero => $"Calibration moved it from pole {dimension.GetPole(e.Side)!.Id} to neutral: its fitted weight is about 0 ({use}).",
            CalibrationVerdict.Contradicts => $"Calibration moved it from pole {dimension.GetPole(e.Side)!.Id} to neutral: its coefficient points to the other camp ({use}).",
            CalibrationVerdict.Unused => "Calibration: no document of either side uses it; weight unchanged.",
            _ => string.Empty,
        };
        return finding.Length == 0 ? e.Note : (e.Note.Length > 0 ? e.Note + (EndsSentence(e.Note) ? " " : ". ") : string.Empty) + finding;
    }

    /// <summary>Whether a note ends a sentence, so that the finding can follow it after a space (else after a full stop).</summary>
    private static bool EndsSentence(string note) => note[^1] is '.' or '!' or '?' or '…' or '؟' or '。';

    private static void Validation(StringBuilder output, CalibrationReport report, string corpusName)
    {
        var d = report.Documents;
        var figures = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"documents: side A ({string.Join(", ", report.Sides.SideA)}) {d.SideA} in {d.OutletsA.Count} outlets ({string.Join(", ", d.OutletsA)}); side B ({string.Join(", ", report.Sides.SideB)}) {d.SideB} in {d.OutletsB.Count} outlets ({string.Join(", ", d.OutletsB)})"),
            string.Create(CultureInfo.InvariantCulture, $"folds: {(report.Folds.IsLeaveOneOutletOut ? "leave one outlet out" : "k folds of outlets")}, {report.Folds.Count} folds, seed {report.Options.Learning.Seed}; L1 {report.Options.Learning.L1Regularization}, L2 {report.Options.Learning.L2Regularization}, minimum weight {report.Options.MinimumWeight}, one scale per {(report.Options.Scale == CalibrationScale.Composite ? "composite" : "dimension")}"),
        };
        foreach (var axis in report.Axes)
        {
            var perFold = report.Folds.IsLeaveOneOutletOut
                ? string.Empty
                : "; per fold (original/calibrated): " + string.Join(", ", axis.FoldAucs.Select(f => YamlText.Number(f.Original) + "/" + YamlText.Number(f.Calibrated)));
            figures.Add($"{axis.Id}: grouped-CV document AUC original {Auc(axis.Original)}, calibrated {Auc(axis.Calibrated)}{perFold}");
        }

        var moved = report.Entries.Count(e => e.MovedToNeutral);
        output.Append("\nvalidation:\n  status: not-validated\n");
        output.Append("  corpora: ").Append(YamlText.List([corpusName], YamlText.Quote)).Append('\n');
        output.Append("  figures:\n");
        foreach (var figure in figures)
        {
            output.Append("    - ").Append(YamlText.Quote(figure)).Append('\n');
        }

        output.Append("  note: ").Append(YamlText.Quote(string.Create(
            CultureInfo.InvariantCulture,
            $"Weights fitted by 'framing calibrate' on the outlets above ({Reweighted(report.Entries.Count(e => e.Verdict == CalibrationVerdict.Kept))}, {moved} moved to neutral): validate it on other outlets before relying on it. AUCs are cross-validated by outlet: each fold's documents are scored with weights fitted on the other folds."))).Append('\n');
    }

    private static string Auc(AxisAuc auc) => YamlText.Number(auc.Auc)
        + (auc.Low is { } low && auc.High is { } high ? $" [{YamlText.Number(low)}, {YamlText.Number(high)}]" : string.Empty);
}
