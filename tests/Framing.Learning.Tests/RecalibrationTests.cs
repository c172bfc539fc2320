using Framing.Lexicons;

namespace Framing.Learning.Tests;

/// <summary>
/// A calibrated lexicon calibrated again, and the comments among a lexicon's entries. Before, calibrating a calibrated
/// lexicon gave the id <c>x-calibrated-calibrated</c>, the title "… (calibrated) (calibrated)", two header comments and
/// an unused entry's note with two findings ("… weight unchanged. Calibration: no document … weight unchanged."); and the
/// comment lines between the entries (the 52 section headers of syria-conflict) were dropped.
/// </summary>
public sealed class RecalibrationTests
{
    private static CalibrationReport Calibrate(string yaml) =>
        new LexiconCalibrator(Lexicon.Parse(yaml, "p.yaml").Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), new CalibrationOptions { Learning = new LearningOptions { Replicates = 0 } })
            .Calibrate(PlantedSignal.Documents(), d => d.GetField("outlet")!);

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    [Fact]
    public void CalibratingACalibratedLexiconDoesNotStackItsMarks()
    {
        var once = CalibratedLexiconWriter.Write(Calibrate(PlantedSignal.Lexicon), PlantedSignal.Lexicon, "first.jsonl");
        var twice = CalibratedLexiconWriter.Write(Calibrate(once), once, "second.jsonl");

        var lexicon = Lexicon.Parse(twice, "c.yaml");
        Assert.Equal("planted-signal-calibrated", lexicon.Id);
        Assert.Equal("Planted signal (calibrated)", lexicon.Metadata.Title);
        Assert.Equal(1, Count(twice, "# Calibrated by 'framing calibrate'"));
        Assert.Contains("\" }\n\nvalidation:\n", twice, StringComparison.Ordinal); // one blank line before it, not one more each time
        Assert.StartsWith("# Calibrated by 'framing calibrate' from planted-signal-calibrated 1.0.0 on second.jsonl:", twice, StringComparison.Ordinal);
        Assert.Equal("used by nobody. Calibration: no document of either side uses it; weight unchanged.", lexicon.Entries.Single(e => e.Pattern == "phantoms").Note);
        var stalwarts = lexicon.Entries.Single(e => e.Pattern == "stalwarts").Note;
        Assert.StartsWith("planted on side A. Calibrated: weight 1 (was 1; documents A/B ", stalwarts, StringComparison.Ordinal);
        Assert.Equal(1, Count(stalwarts, "Calibrated: weight"));

        // "weather" was moved to neutral the first time: a neutral entry is not fitted, and its note keeps that finding.
        Assert.Equal(1, Count(lexicon.Entries.Single(e => e.Pattern == "weather").Note, "Calibration moved it from pole praise to neutral"));
    }

    [Fact]
    public void CommentLinesAmongTheEntriesAreKept()
    {
        var yaml = PlantedSignal.Lexicon.Replace(
            "  - { lang: en, pattern: guardians, dimension: stance, pole: blame, weight: 0.5, note: \"planted on side B\" }\n  - { lang: en, pattern: phantoms, dimension: stance, pole: blame, note: \"used by nobody\" }",
            "\n  # side B\n  - { lang: en, pattern: guardians, dimension: stance, pole: blame, weight: 0.5, note: \"planted on side B\" }   # a trailing comment\n"
            + "  # unused, a block entry\n  - lang: en\n    # inside the entry\n    pattern: phantoms\n    dimension: stance\n    pole: blame\n    note: |\n      used by nobody\n      # not a comment: the note's text\n  # after the last entry\n",
            StringComparison.Ordinal);
        Assert.NotEqual(PlantedSignal.Lexicon, yaml);
        var report = Calibrate(yaml);

        var written = CalibratedLexiconWriter.Write(report, yaml);

        var entries = written[written.IndexOf("\nentries:\n", StringComparison.Ordinal)..written.IndexOf("\nvalidation:\n", StringComparison.Ordinal)];
        var lines = entries.Split('\n').Where(l => l.TrimStart().StartsWith('#') || l.StartsWith("  - ", StringComparison.Ordinal)).Select(l => l.StartsWith("  - ", StringComparison.Ordinal) ? "entry " + l[(l.IndexOf("pattern: ", StringComparison.Ordinal) + 9)..l.IndexOf(", dimension", StringComparison.Ordinal)] + (l.EndsWith("# a trailing comment", StringComparison.Ordinal) ? " # a trailing comment" : string.Empty) : l).ToArray();
        Assert.Equal(
            [
                "  # planted signal, weak weight", "entry \"stalwarts\"", "entry \"weather\"", "  # side B", "entry \"guardians\" # a trailing comment",
                "  # unused, a block entry", "entry \"phantoms\"", "    # inside the entry", "  # after the last entry",
            ],
            lines);
        Assert.Contains("\n\n  # side B\n", entries, StringComparison.Ordinal); // the blank line before it too
        var lexicon = Lexicon.Parse(written, "c.yaml");
        Assert.StartsWith("used by nobody\n# not a comment: the note's text. Calibration: no document", lexicon.Entries.Single(e => e.Pattern == "phantoms").Note, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSectionCommentsOfSyriaConflictAreKept()
    {
        var text = BuiltInLexicons.TryReadText("syria-conflict")!;
        var report = new LexiconCalibrator(Lexicon.Parse(text, "syria-conflict.yaml").Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), new CalibrationOptions { Learning = new LearningOptions { Replicates = 0 } })
            .Calibrate(PlantedSignal.Documents(), d => d.GetField("outlet")!);

        var written = CalibratedLexiconWriter.Write(report, text);

        static string[] Comments(string yaml)
        {
            var start = yaml.IndexOf("\nentries:", StringComparison.Ordinal);
            var end = yaml.IndexOf("\nvalidation:\n", start, StringComparison.Ordinal);
            return [.. yaml[start..(end < 0 ? yaml.Length : end)].Split('\n').Where(l => l.TrimStart().StartsWith('#'))];
        }

        var comments = Comments(text);
        Assert.Equal(52, comments.Length);
        Assert.Equal(comments, Comments(written));
    }
}
