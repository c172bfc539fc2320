using System.Globalization;
using System.Text;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Learning;

/// <summary>
/// Writes a calibrated lexicon file: the original file's text with its id suffixed <c>-calibrated</c>, a
/// <c>validation</c> section (status <c>not-validated</c>: the weights were fitted on these outlets) that holds the
/// evidence (documents, outlets, the voices, grouping field and known leanings the weights were fitted on, folds,
/// per-fold and pooled AUCs), a neutral category added to a dimension that lacks one
/// when an entry moves there, and the <c>entries</c> section rewritten, one entry per line with the same patterns,
/// exclusions, examples and target rules, the calibrated pole and weight, and a note that says what calibration found.
/// Everything else (dimensions, composites, actors, speech cues, comments) is kept as written: the comment and blank
/// lines between the entries stay where they were, a comment after a one-line entry stays after its line, and a comment
/// inside an entry written over several lines follows its rewritten line. A calibrated lexicon calibrated again keeps its
/// id and title (no second suffix), and an entry's note has the earlier calibration's finding replaced.
/// The top-level keys are found with the YAML parser, however they are spelt (quoted, a space before the colon); a
/// layout the writer cannot rewrite line by line (a flow mapping, as JSON writes a lexicon; a top-level key that does not
/// start its line) is refused, and the text written is read back as a lexicon and checked (its id, and every entry's pole
/// and weight) before it is returned: either refusal is a <see cref="CalibratedLexiconException"/>, never a wrong file.
/// </summary>
public static class CalibratedLexiconWriter
{
    private static void CheckIsTheText(Lexicon lexicon, string originalYaml)
    {
        Lexicon original;
        try
        {
            original = CalibratedLexiconCheck.ParseLike(originalYaml, "originalYaml", lexicon);
        }
        catch (LexiconException e)
        {
            throw new ArgumentException($"originalYaml is not the text of the calibrated lexicon '{lexicon.Id}' {lexicon.Metadata.Version}: it is not a valid lexicon ({e.Message})", nameof(originalYaml), e);
        }

        if (!string.Equals(original.Fingerprint, lexicon.Fingerprint, StringComparison.Ordinal))
        {
            throw new ArgumentException($"originalYaml is not the text of the calibrated lexicon '{lexicon.Id}' {lexicon.Metadata.Version} but of '{original.Id}' {original.Metadata.Version}, or of another revision of it (their fingerprints differ): pass the text the calibrated lexicon was loaded from", nameof(originalYaml));
        }
    }

    /// <summary>Checks that the writer can rewrite a lexicon file's text, before a long calibration: it reads the text's
    /// layout as <see cref="Write"/> does.</summary>
    /// <param name="originalYaml">The text of the lexicon file.</param>
    /// <exception cref="CalibratedLexiconException">The writer cannot rewrite the text's layout: its top level is a flow
    /// mapping (as JSON writes it), a top-level key does not start its line, or a line ends the YAML document
    /// (<c>...</c>). The message says what to do: write the lexicon as block YAML, each top-level key at the start of its
    /// line.</exception>
    public static void CheckLayout(string originalYaml)
    {
        ArgumentNullException.ThrowIfNull(originalYaml);
        LexiconFileLayout.Read(WithoutByteOrderMark(originalYaml));
    }

    /// <summary>The calibrated lexicon's YAML.</summary>
    /// <param name="report">The calibration.</param>
    /// <param name="originalYaml">The text of the original lexicon file (as <see cref="Lexicon.Load(string)"/> read it).</param>
    /// <param name="corpusName">The corpus's name, for the evidence.</param>
    /// <param name="groupField">The document field that named each document's outlet (group), for the evidence; null
    /// when not stated.</param>
    /// <returns>The YAML text of a lexicon that <see cref="Lexicon.Parse"/> accepts, read back before it is returned: it
    /// has the calibrated id and every entry the pole and weight calibration decided.</returns>
    /// <exception cref="ArgumentException"><paramref name="originalYaml"/> is not the text of the calibrated lexicon
    /// (<see cref="CalibrationReport.Lexicon"/>): another lexicon, another version of it, or no lexicon at all. Its
    /// dimensions and sections would be written around the report's entries.</exception>
    /// <exception cref="CalibratedLexiconException">The writer cannot rewrite the text's layout (see
    /// <see cref="CheckLayout"/>), or the text it wrote does not read back as calibrated.</exception>
    public static string Write(CalibrationReport report, string originalYaml, string corpusName = "corpus", string? groupField = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(originalYaml);
        ArgumentNullException.ThrowIfNull(corpusName);
        var lexicon = report.Lexicon;
        originalYaml = WithoutByteOrderMark(originalYaml);
        CheckIsTheText(lexicon, originalYaml);
        LexiconFileLayout.Read(originalYaml);
        var needNeutral = report.Entries.Where(e => e.MovedToNeutral).Select(e => e.Entry.DimensionId).ToHashSet(StringComparer.Ordinal);
        needNeutral.RemoveWhere(d => lexicon.FindDimension(d)?.Neutral is not null);
        var layout = LexiconFileLayout.Read(NeutralCategoryInsertion.Add(originalYaml, needNeutral, out var added));
        needNeutral.ExceptWith(added);
        var lines = layout.Lines;

        // A calibrated lexicon calibrated again keeps its id and title, not a second suffix.
        var id = lexicon.Id.EndsWith(CalibratedSuffix, StringComparison.Ordinal) ? lexicon.Id : lexicon.Id + CalibratedSuffix;
        var title = lexicon.Metadata.Title.EndsWith(CalibratedTitle, StringComparison.Ordinal) ? lexicon.Metadata.Title : lexicon.Metadata.Title + CalibratedTitle;
        var decided = report.Entries.Select(e => Decided(e, needNeutral)).ToArray();
        var entryLines = report.Entries.Select((e, i) => EntryLine(e, decided[i], lexicon, needNeutral)).ToArray();
        var output = new StringBuilder();
        output.Append(Header).Append(YamlText.Comment(lexicon.Id)).Append(' ').Append(YamlText.Comment(lexicon.Metadata.Version))
            .Append(" on ").Append(YamlText.Comment(corpusName)).Append(": entry weights fitted on outlets of known leaning (see 'validation').\n");
        var entryAt = layout.Entries?.Starts.Select((line, e) => (line, e)).ToDictionary(p => p.line, p => p.e);
        var section = string.Empty;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if ((i == lines.Count - 1 && line.Length == 0) || (i == 0 && line.StartsWith(Header, StringComparison.Ordinal)))
            {
                continue; // the last line's break, and the header of an earlier calibration (the new one replaces it)
            }

            if (layout.Keys.TryGetValue(i, out var key))
            {
                section = key;
                switch (key)
                {
                    case "id":
                        output.Append("id: ").Append(id).Append('\n');
                        continue;
                    case "title":
                        output.Append("title: ").Append(YamlText.Quote(title)).Append('\n');
                        continue;
                    case "entries":
                        output.Append("entries:\n");
                        if (entryAt is null)
                        {
                            // Entries of a flow sequence: written one per line here, the sequence's lines left out.
                            foreach (var entryLine in entryLines)
                            {
                                output.Append(entryLine).Append('\n');
                            }
                        }

                        continue;
                }
            }

            if (section == "entries" && entryAt is not null)
            {
                // Each entry's line where it started; the comment and blank lines between the entries kept.
                if (entryAt.TryGetValue(i, out var e))
                {
                    output.Append(entryLines[e]);
                    if (layout.Entries!.TrailingComments.TryGetValue(i, out var comment))
                    {
                        output.Append("  ").Append(comment);
                    }

                    output.Append('\n');
                }
                else if (!layout.Entries!.ScalarLines.Contains(i) && EntryLayout.IsCommentOrBlank(line))
                {
                    output.Append(line).Append('\n');
                }

                continue;
            }

            // The replaced keys' own continuation lines (a folded title, the old entries and validation) are left out.
            if (section is "id" or "title" or "entries" or "validation")
            {
                continue;
            }

            output.Append(line).Append('\n');
        }

        Validation(output, report, corpusName, groupField);
        var written = output.ToString();
        CalibratedLexiconCheck.Verify(written, lexicon, id, title, decided);
        return written;
    }

    /// <summary>The start of the calibrated lexicon's first line.</summary>
    private const string Header = "# Calibrated by 'framing calibrate' from ";

    /// <summary>The suffix of a calibrated lexicon's id.</summary>
    private const string CalibratedSuffix = "-calibrated";

    /// <summary>The suffix of a calibrated lexicon's title.</summary>
    private const string CalibratedTitle = " (calibrated)";

    /// <summary>How each finding that <see cref="Note"/> adds to an entry's note begins: a note that holds one (an
    /// earlier calibration's) has it replaced, not a second added.</summary>
    private static readonly string[] Findings =
    [
        "Calibrated: weight ", "Calibration moved it from pole ", "Calibration: no document of either side uses it",
        "The dimension has no neutral category in this file",
    ];

    private static string WithoutByteOrderMark(string text) => text.StartsWith('\uFEFF') ? text[1..] : text;

    private static string Reweighted(int entries) => string.Create(CultureInfo.InvariantCulture, $"{entries} {(entries == 1 ? "entry" : "entries")} reweighted");

    /// <summary>The pole side and weight an entry is written with. <paramref name="withoutNeutral"/>: dimensions that
    /// needed a neutral category the writer could not add; their entries that calibration would move to neutral keep
    /// their pole at the lowest weight, 0.001.</summary>
    private static (PoleSide Side, int WeightMilli) Decided(CalibratedEntry calibrated, HashSet<string> withoutNeutral)
    {
        var e = calibrated.Entry;
        var stuck = calibrated.MovedToNeutral && withoutNeutral.Contains(e.DimensionId);
        var neutral = (calibrated.MovedToNeutral && !stuck) || e.Side == PoleSide.Neutral;
        var weight = calibrated.Verdict == CalibrationVerdict.Kept ? calibrated.CalibratedWeightMilli : stuck ? 1 : e.WeightMilli;
        return (neutral ? PoleSide.Neutral : e.Side, weight);
    }

    /// <summary>An entry's line, with the pole side and weight <see cref="Decided"/> gave it. <paramref name="withoutNeutral"/>:
    /// dimensions that needed a neutral category the writer could not add (a file whose dimensions are not a sequence of
    /// mappings under a top-level <c>dimensions</c> key of its first document); their entries that calibration would
    /// move to neutral keep their pole at the lowest weight, 0.001, and say so.</summary>
    private static string EntryLine(CalibratedEntry calibrated, (PoleSide Side, int WeightMilli) decided, Lexicon lexicon, HashSet<string> withoutNeutral)
    {
        var e = calibrated.Entry;
        var dimension = lexicon.FindDimension(e.DimensionId)!;
        var stuck = calibrated.MovedToNeutral && withoutNeutral.Contains(e.DimensionId);
        var pole = decided.Side == PoleSide.Neutral ? "neutral" : dimension.GetPole(decided.Side)!.Id;
        var weight = decided.WeightMilli;
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
        if (finding.Length == 0)
        {
            return e.Note;
        }

        var note = WithoutFinding(e.Note);
        return (note.Length > 0 ? note + (EndsSentence(note) ? " " : ". ") : string.Empty) + finding;
    }

    /// <summary>A note without an earlier calibration's finding: the note up to the first finding that starts it or
    /// follows a space.</summary>
    private static string WithoutFinding(string note)
    {
        var cut = Findings
            .Select(f => FindingAt(note, f))
            .Where(i => i >= 0)
            .DefaultIfEmpty(note.Length)
            .Min();
        return note[..cut].TrimEnd();
    }

    private static int FindingAt(string note, string finding)
    {
        for (var i = note.IndexOf(finding, StringComparison.Ordinal); i >= 0; i = note.IndexOf(finding, i + 1, StringComparison.Ordinal))
        {
            if (i == 0 || note[i - 1] == ' ')
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a note ends a sentence, so that the finding can follow it after a space (else after a full stop).</summary>
    private static bool EndsSentence(string note) => note[^1] is '.' or '!' or '?' or '…' or '؟' or '。';

    private static void Validation(StringBuilder output, CalibrationReport report, string corpusName, string? groupField)
    {
        var d = report.Documents;
        var figures = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"documents: side A ({string.Join(", ", report.Sides.SideA)}) {d.SideA} in {d.OutletsA.Count} outlets ({string.Join(", ", d.OutletsA)}); side B ({string.Join(", ", report.Sides.SideB)}) {d.SideB} in {d.OutletsB.Count} outlets ({string.Join(", ", d.OutletsB)})"),
            Selection(report, groupField),
            string.Create(CultureInfo.InvariantCulture, $"folds: {(report.Folds.IsLeaveOneOutletOut ? "leave one outlet out" : "k folds of outlets")}, {report.Folds.Count} folds, seed {report.Options.Learning.Seed}; L1 {report.Options.Learning.L1Regularization}, L2 {report.Options.Learning.L2Regularization}, minimum weight {report.Options.MinimumWeight}, one scale per {(report.Options.Scale == CalibrationScale.Composite ? "composite" : "dimension")}"),
        };
        if (CalibrationOrientation.Of(report.Lexicon).Reversed() is { Count: > 0 } reversed)
        {
            figures.Add("orientation: side A is pole a's camp, except " + string.Join("; ", reversed));
        }

        figures.AddRange(report.Warnings.Select(w => "warning: " + w));
        foreach (var axis in report.Axes)
        {
            var perFold = report.Folds.IsLeaveOneOutletOut
                ? string.Empty
                : "; per fold (original/calibrated): " + string.Join(", ", axis.FoldAucs.Select(f => YamlText.Number(f.Original) + "/" + YamlText.Number(f.Calibrated)));
            figures.Add($"{axis.Id}: grouped-CV document AUC original {Auc(axis.Original)}, calibrated {Auc(axis.Calibrated)}{perFold}");
        }

        var moved = report.Entries.Count(e => e.MovedToNeutral);
        // One blank line before the section: the kept blank lines of a last entries section (a calibrated file's own,
        // calibrated again) are not added to.
        var blank = output.Length >= 2 && output[^1] == '\n' && output[^2] == '\n';
        output.Append(blank ? string.Empty : "\n").Append("validation:\n  status: not-validated\n");
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

    /// <summary>What the weights were fitted on besides the documents: the voices of the matches, the field that grouped
    /// the documents into outlets and where the known leanings came from (weights fitted on quoted speech are not those
    /// of the editorial voice).</summary>
    private static string Selection(CalibrationReport report, string? groupField)
    {
        var parts = new List<string> { "voice " + report.Options.Learning.Voices.Name() };
        if (groupField is not null)
        {
            parts.Add($"outlets by field '{groupField}'");
        }

        if (report.LeaningsSource.Length > 0)
        {
            parts.Add("known leanings " + report.LeaningsSource);
        }

        return "fitted on: " + string.Join("; ", parts);
    }

    private static string Auc(AxisAuc auc) => YamlText.Number(auc.Auc)
        + (auc.Low is { } low && auc.High is { } high ? $" [{YamlText.Number(low)}, {YamlText.Number(high)}]" : string.Empty);
}
