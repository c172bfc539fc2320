using Framing.Lexicons;

namespace Framing.Learning.Tests;

/// <summary>
/// The calibrated lexicon for every spelling of the top-level keys that the lexicon loader accepts. The writer found
/// a key only when written exactly <c>key:</c> at the start of a line: a quoted <c>"entries":</c>, <c>"id":</c> or
/// <c>entries :</c> gave a file with the original, uncalibrated entries (and its id not suffixed) whose note claimed the
/// entries reweighted; a quoted <c>"validation":</c> a file with two validation keys; a JSON lexicon its text unchanged
/// with a validation block after the closing brace. Now the keys are found by the YAML parser, a layout the writer cannot
/// rewrite is refused, and the text written is read back and checked before it is returned.
/// </summary>
public sealed class CalibratedLexiconLayoutTests
{
    private const string PlantedJson = """
        {
          "id": "planted-signal",
          "version": "1.0.0",
          "title": "Planted signal",
          "description": "Entries planted in an invented corpus.",
          "license": "CC0-1.0",
          "authors": ["Tester"],
          "languages": ["en"],
          "dimensions": [
            { "id": "stance", "description": "How the defenders are named.",
              "poles": { "a": { "id": "praise", "label": "Praise", "description": "Praise." }, "b": { "id": "blame", "label": "Blame", "description": "Blame." } } }
          ],
          "entries": [
            { "lang": "en", "pattern": "stalwarts", "dimension": "stance", "pole": "praise", "weight": 0.2, "note": "planted on side A" },
            { "lang": "en", "pattern": "weather", "dimension": "stance", "pole": "praise", "weight": 1, "note": "planted noise", "exclude": ["weather report"] },
            { "lang": "en", "pattern": "guardians", "dimension": "stance", "pole": "blame", "weight": 0.5, "note": "planted on side B" },
            { "lang": "en", "pattern": "phantoms", "dimension": "stance", "pole": "blame", "note": "used by nobody" }
          ]
        }
        """;

    private static CalibrationReport Calibrate(string yaml) =>
        new LexiconCalibrator(Lexicon.Parse(yaml, "p.yaml").Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), new CalibrationOptions { Learning = new LearningOptions { Replicates = 0 } })
            .Calibrate(PlantedSignal.Documents(), d => d.GetField("outlet")!);

    private static string Spelt(string from, string to)
    {
        var yaml = PlantedSignal.Lexicon.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(PlantedSignal.Lexicon, yaml);
        return yaml;
    }

    public static TheoryData<string, string> Spellings() => new()
    {
        { "a quoted entries key", Spelt("entries:\n", "\"entries\":\n") },
        { "a space before the entries key's colon", Spelt("entries:\n", "entries :\n") },
        { "a single-quoted entries key", Spelt("entries:\n", "'entries':\n") },
        { "a quoted id key", Spelt("id: planted-signal\n", "\"id\": planted-signal\n") },
        { "a quoted title key", Spelt("title: Planted signal\n", "\"title\" : Planted signal\n") },
        { "a quoted validation key", Spelt("entries:\n", "\"validation\":\n  status: not-validated\n  note: old\nentries:\n") },
        { "a validation key with a space", Spelt("entries:\n", "validation :\n  status: not-validated\n  note: old\nentries:\n") },
        { "a comment after the entries key", Spelt("entries:\n", "entries:   # the entries\n") },
    };

    [Theory]
    [MemberData(nameof(Spellings))]
    public void EverySpellingOfTheKeysGivesTheCalibratedLexicon(string spelling, string yaml)
    {
        var report = Calibrate(yaml);

        var written = Lexicon.Parse(CalibratedLexiconWriter.Write(report, yaml), "c.yaml");

        Assert.True(written.Id == "planted-signal-calibrated", spelling);
        Assert.Equal("Planted signal (calibrated)", written.Metadata.Title);
        Assert.Equal(report.Entries.Count, written.Entries.Count);
        foreach (var (calibrated, entry) in report.Entries.Zip(written.Entries))
        {
            var side = calibrated.MovedToNeutral ? PoleSide.Neutral : calibrated.Entry.Side;
            var weight = calibrated.Verdict == CalibrationVerdict.Kept ? calibrated.CalibratedWeightMilli : calibrated.Entry.WeightMilli;
            Assert.True((side, weight) == (entry.Side, entry.WeightMilli), $"{spelling}: {entry.Pattern} {entry.Side} {entry.WeightMilli}");
        }

        Assert.Equal(PoleSide.Neutral, written.Entries.Single(e => e.Pattern == "weather").Side);
        Assert.NotEqual(200, written.Entries.Single(e => e.Pattern == "stalwarts").WeightMilli);
        Assert.NotEqual("old", written.Metadata.Validation.Note);
        Assert.StartsWith("Weights fitted by 'framing calibrate'", written.Metadata.Validation.Note, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Refused() => new()
    {
        { "JSON", PlantedJson, "its top level is a flow mapping" },
        { "an indented top level", string.Join('\n', PlantedSignal.Lexicon.Split('\n').Select(l => l.Length == 0 ? l : "  " + l)), "its top-level key at line 1 does not start its line" },
        { "an explicit key", Spelt("title: Planted signal\n", "? title\n: Planted signal\n"), "its top-level key at line 3 does not start its line" },
        { "a document end marker", PlantedSignal.Lexicon + "\n...\n", "line 20 ends its YAML document ('...')" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void ALayoutTheWriterCannotRewriteIsRefused(string layout, string yaml, string why)
    {
        Assert.NotNull(Lexicon.Parse(yaml, "p.yaml")); // the loader takes it
        var report = Calibrate(yaml);

        var early = Assert.Throws<CalibratedLexiconException>(() => CalibratedLexiconWriter.CheckLayout(yaml));
        var late = Assert.Throws<CalibratedLexiconException>(() => CalibratedLexiconWriter.Write(report, yaml));

        Assert.True(early.Message.Contains(why, StringComparison.Ordinal), $"{layout}: {early.Message}");
        Assert.Equal(early.Message, late.Message);
        Assert.StartsWith("the calibrated lexicon cannot be written from its text: ", early.Message, StringComparison.Ordinal);
        Assert.EndsWith("write the lexicon as block YAML, each top-level key at the start of its line ('id: …', 'entries:'), and calibrate that file", early.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AWrittenTextThatDoesNotReadBackAsCalibratedIsAnError()
    {
        // The safety net: the written text is read back and compared with what calibration decided.
        var report = Calibrate(PlantedSignal.Lexicon);
        var written = CalibratedLexiconWriter.Write(report, PlantedSignal.Lexicon);
        var lexicon = report.Lexicon;
        (PoleSide, int)[] decided = [.. report.Entries.Select(e => (e.MovedToNeutral ? PoleSide.Neutral : e.Entry.Side, e.Verdict == CalibrationVerdict.Kept ? e.CalibratedWeightMilli : e.Entry.WeightMilli))];
        CalibratedLexiconCheck.Verify(written, lexicon, "planted-signal-calibrated", "Planted signal (calibrated)", decided);

        var stalwarts = report.Entries.Single(e => e.Entry.Pattern == "stalwarts").CalibratedWeightMilli;
        var wrongWeight = written.Replace($"pattern: \"stalwarts\", dimension: stance, pole: praise, weight: {YamlText.Weight(stalwarts)},", "pattern: \"stalwarts\", dimension: stance, pole: praise, weight: 0.2,", StringComparison.Ordinal);
        Assert.NotEqual(written, wrongWeight);
        var weight = Assert.Throws<CalibratedLexiconException>(() => CalibratedLexiconCheck.Verify(wrongWeight, lexicon, "planted-signal-calibrated", "Planted signal (calibrated)", decided));
        Assert.Contains($"its entry \"stalwarts\" (line 16) has pole side a and weight 0.2, not the side a and weight {YamlText.Weight(stalwarts)} calibration decided", weight.Message, StringComparison.Ordinal);

        var id = Assert.Throws<CalibratedLexiconException>(() => CalibratedLexiconCheck.Verify(written.Replace("id: planted-signal-calibrated", "id: planted-signal", StringComparison.Ordinal), lexicon, "planted-signal-calibrated", "Planted signal (calibrated)", decided));
        Assert.Contains("its id is 'planted-signal', not 'planted-signal-calibrated'", id.Message, StringComparison.Ordinal);

        var broken = Assert.Throws<CalibratedLexiconException>(() => CalibratedLexiconCheck.Verify(written + "validation: {}\n", lexicon, "planted-signal-calibrated", "Planted signal (calibrated)", decided));
        Assert.Contains("it does not load", broken.Message, StringComparison.Ordinal);
    }
}
