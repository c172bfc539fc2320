using Framing.Corpus;

namespace Framing.Learning.Tests;

/// <summary>
/// A group written with spaces around its name (<c>"a1 "</c>, a CSV cell with a trailing space) gets the leaning of the
/// row <c>a1</c>, and is the same outlet as <c>a1</c> for the folds, the outlet-cluster bootstrap and the outlet counts.
/// Before, it was a second outlet: half of a1's documents trained the model that scored the other half, which is the
/// house-style leak that cross-validation by outlet is there to prevent, and the bootstrap had twice the clusters.
/// </summary>
public sealed class OutletIdentityTests
{
    private static readonly LearningOptions Options = new() { Replicates = 200 };

    // Every other document of each outlet names it with spaces around (trailing or leading); the leaning field too.
    private static List<Document> Documents(bool spaced) =>
        PlantedSignal.Documents().Select((d, i) =>
        {
            var outlet = d.GetField("outlet")!;
            var written = !spaced || i % 2 == 0 ? outlet : i % 4 == 1 ? outlet + " " : " " + outlet;
            var leaning = outlet[0] switch { 'a' => "camp-a", 'b' => "camp-b", _ => "wire" };
            return new Document(d.Id, new Dictionary<string, string> { ["outlet"] = written, ["id"] = d.Id, ["leaning"] = leaning }, d.Text, d.Source);
        }).ToList();

    private static ClassifierReport Learn(KnownLeanings leanings, bool spaced) =>
        new SideClassifier(PlantedSignal.Parse().Compile(), leanings, PlantedSignal.Sides(), new ClassifierOptions { Learning = Options, MaximumN = 2, Top = 20 })
            .Learn(Documents(spaced), d => d.GetField("outlet")!);

    private static CalibrationReport Calibrate(KnownLeanings leanings, bool spaced) =>
        new LexiconCalibrator(PlantedSignal.Parse().Compile(), leanings, PlantedSignal.Sides(), new CalibrationOptions { Learning = Options })
            .Calibrate(Documents(spaced), d => d.GetField("outlet")!);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void LearnCountsAGroupWithSpacesAroundItsNameAsTheOutletOfItsLeaningsRow(bool fromField)
    {
        var leanings = fromField ? KnownLeanings.FromField("leaning") : PlantedSignal.Leanings();
        var plain = Learn(leanings, spaced: false);
        var spaced = Learn(leanings, spaced: true);

        Assert.Equal(["a1", "a2", "a3"], spaced.Documents.OutletsA);
        Assert.Equal(["b1", "b2", "b3"], spaced.Documents.OutletsB);
        Assert.Equal(6, spaced.Folds.Count);
        Assert.Equal(plain.Documents, spaced.Documents);
        Assert.Equal(plain.Classifier, spaced.Classifier);
        Assert.Equal(plain.FoldAucs, spaced.FoldAucs);
        Assert.Equal(plain.Comparisons, spaced.Comparisons);
        Assert.Equal(plain.Terms, spaced.Terms);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void CalibrateCountsAGroupWithSpacesAroundItsNameAsTheOutletOfItsLeaningsRow(bool fromField)
    {
        var leanings = fromField ? KnownLeanings.FromField("leaning") : PlantedSignal.Leanings();
        var plain = Calibrate(leanings, spaced: false);
        var spaced = Calibrate(leanings, spaced: true);

        Assert.Equal(["a1", "a2", "a3"], spaced.Documents.OutletsA);
        Assert.Equal(6, spaced.Folds.Count);
        Assert.Equal(plain.Documents, spaced.Documents);
        Assert.Equal(plain.Axes, spaced.Axes);
        Assert.Equal(plain.Entries, spaced.Entries);
    }

    [Fact]
    public void WithLeaningsFromAFieldAGroupWithSpacesAroundItsNameMustGiveItsOutletsLeaning()
    {
        // "a1 " is outlet a1, so a document of "a1 " that gives a1 another leaning is the error a document of "a1" gives.
        var documents = Documents(spaced: true).Select(d => d.GetField("outlet") == "a1 "
            ? new Document(d.Id, new Dictionary<string, string> { ["outlet"] = "a1 ", ["id"] = d.Id, ["leaning"] = "camp-b" }, d.Text, d.Source)
            : d).ToList();
        var classifier = new SideClassifier(PlantedSignal.Parse().Compile(), KnownLeanings.FromField("leaning"), PlantedSignal.Sides(), new ClassifierOptions { Learning = Options });

        var error = Assert.Throws<CorpusException>(() => classifier.Learn(documents, d => d.GetField("outlet")!));
        Assert.Contains("group 'a1 ' has leaning 'camp-b' here and 'camp-a'", error.Message, StringComparison.Ordinal);
    }
}
