using Framing.Lexicons;

namespace Framing.Learning.Tests;

/// <summary>
/// Per-dimension calibration orients a dimension as its composites do. On the invented corpus of
/// <see cref="PlantedSignal"/>, "guardians" (side B's word) sits on pole a 'harsh' of a dimension 'tone' that the
/// composite takes with sign -1, so that the composite counts it for side B. Before, <c>--scale dimension</c> took side
/// A as pole a's camp of every dimension: "guardians" contradicted its pole and was moved to neutral, and the composite
/// lost it (while <c>--scale composite</c> kept it).
/// </summary>
public sealed class CalibrationOrientationTests
{
    private static string Lexicon(string components) => PlantedSignal.Lexicon
        .Replace(
            "entries:\n",
            "  - id: tone\n    description: Blame.\n    poles:\n      a: { id: harsh, label: Harsh, description: Harsh. }\n      b: { id: soft, label: Soft, description: Soft. }\ncomposites:\n" + components + "entries:\n",
            StringComparison.Ordinal)
        .Replace("pattern: guardians, dimension: stance, pole: blame", "pattern: guardians, dimension: tone, pole: harsh", StringComparison.Ordinal);

    private const string Reversed = "  - id: overall\n    description: Both.\n    components:\n      - { dimension: stance, sign: 1 }\n      - { dimension: tone, sign: -1 }\n";

    private const string Disagreeing = Reversed + "  - id: other\n    description: Tone the other way.\n    components:\n      - { dimension: tone, sign: 1 }\n";

    private static CalibrationReport Calibrate(string yaml, CalibrationScale scale) =>
        new LexiconCalibrator(
            Framing.Lexicons.Lexicon.Parse(yaml, "two.yaml").Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(),
            new CalibrationOptions { Scale = scale, Learning = new LearningOptions { Replicates = 0 } })
        .Calibrate(PlantedSignal.Documents(), d => d.GetField("outlet")!);

    [Theory]
    [InlineData(CalibrationScale.Dimension)]
    [InlineData(CalibrationScale.Composite)]
    public void ADimensionASignMinusOneCompositeTakesIsFittedWithItsPoleBAsSideAs(CalibrationScale scale)
    {
        var yaml = Lexicon(Reversed);
        var report = Calibrate(yaml, scale);

        var guardians = report.Entries.Single(e => e.Entry.Pattern == "guardians");
        Assert.Equal(CalibrationVerdict.Kept, guardians.Verdict);
        Assert.True(guardians.Coefficient < 0, $"coefficient {guardians.Coefficient}: side B's word");
        Assert.Empty(report.Warnings);
        var overall = report.Axes.Single(a => a.Id == "overall");
        Assert.True(overall.Calibrated.Auc > 0.85, $"composite AUC {overall.Calibrated.Auc}");
        if (scale == CalibrationScale.Dimension)
        {
            Assert.Equal(1000, guardians.CalibratedWeightMilli);

            // As in 'framing validate', the dimension row is the pole-A share: side A is pole b's camp, so it is below 0.5.
            Assert.True(report.Axes.Single(a => a.Id == "tone").Calibrated.Auc < 0.5);
        }

        var written = Framing.Lexicons.Lexicon.Parse(CalibratedLexiconWriter.Write(report, yaml), "c.yaml");
        Assert.Equal(PoleSide.A, written.Entries.Single(e => e.Pattern == "guardians").Side);
        Assert.Contains("orientation: side A is pole a's camp, except tone (its pole b 'soft' is side A's framing: composite 'overall' takes it with sign -1)", written.Metadata.Validation.Figures);
    }

    [Fact]
    public void ADimensionCompositesTakeWithOppositeSignsIsAWarning()
    {
        var yaml = Lexicon(Disagreeing);

        var perDimension = Calibrate(yaml, CalibrationScale.Dimension);
        var perComposite = Calibrate(yaml, CalibrationScale.Composite);

        // Per dimension it is fitted with pole a as side A's, as the sides name it: "guardians", side B's word, contradicts.
        Assert.Equal(CalibrationVerdict.Contradicts, perDimension.Entries.Single(e => e.Entry.Pattern == "guardians").Verdict);
        Assert.Equal(
            "dimension 'tone' enters composite 'overall' with sign -1 and composite 'other' with sign 1, so which camp its poles belong to is ambiguous: it is fitted with pole a 'harsh' as side A's framing, as the sides name it; check its entries' verdicts, and the composites' signs",
            Assert.Single(perDimension.Warnings));

        // Per composite, in the first composite that has it, with its sign there.
        Assert.Equal(CalibrationVerdict.Kept, perComposite.Entries.Single(e => e.Entry.Pattern == "guardians").Verdict);
        Assert.Contains("it is fitted in composite 'overall', the first, with pole b 'soft' as side A's framing", Assert.Single(perComposite.Warnings), StringComparison.Ordinal);

        var written = Framing.Lexicons.Lexicon.Parse(CalibratedLexiconWriter.Write(perDimension, yaml), "c.yaml");
        Assert.Contains("warning: " + perDimension.Warnings[0], written.Metadata.Validation.Figures);
        Assert.DoesNotContain(written.Metadata.Validation.Figures, f => f.StartsWith("orientation:", StringComparison.Ordinal));
    }
}
