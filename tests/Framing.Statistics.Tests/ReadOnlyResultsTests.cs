using System.Collections;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Statistics.Scaling;
using Framing.Statistics.Terms;
using Framing.Statistics.Validation;

namespace Framing.Statistics.Tests;

/// <summary>
/// A list or dictionary that a public result hands out as a read-only interface is a read-only view: it cannot be cast
/// back to the array, list or dictionary behind it and changed (a model's word scores were its own dictionary, a keyness
/// table's and a validation report's rows the arrays they were built in).
/// </summary>
public sealed class ReadOnlyResultsTests
{
    [Fact]
    public void AWordscoresModelsScoresCannotBeChangedThroughACast()
    {
        var matrix = new FeatureMatrix();
        matrix.Add("pro", "the army liberated the city from the terrorists", "en");
        matrix.Add("anti", "regime forces seized the city from the rebels", "en");
        var model = WordscoresModel.Fit(matrix.References([new("pro", -1.0), new("anti", 1.0)]));
        Assert.NotEmpty(model.WordScores);
        AssertReadOnly(model.WordScores);
        AssertReadOnly(model.References);
        Assert.Throws<NotSupportedException>(() => ((IDictionary<string, double>)model.WordScores)["city"] = 5);
    }

    [Fact]
    public void KeynessRowsAndAPriorsBackgroundAreReadOnly()
    {
        var target = new Dictionary<string, long> { ["regime"] = 30, ["rebels"] = 5 };
        var reference = new Dictionary<string, long> { ["regime"] = 10, ["rebels"] = 25 };
        var table = KeynessTable.Compute(target, reference, 500, 500, KeynessMeasure.G2);
        AssertReadOnly(table.Rows);
        AssertReadOnly(LogOddsPrior.Informative(50, new Dictionary<string, long> { ["regime"] = 40 }).Background!);
    }

    [Fact]
    public void AValidationReportsRowsAreReadOnly()
    {
        var report = new LexiconValidator(PlantedCorpus.LoadLexicon().Compile(), KnownLeanings.FromGroups(PlantedCorpus.Leanings), SideSelection.Parse("camp-a", "camp-b"))
            .Validate(PlantedCorpus.Documents(), d => d.GetField("outlet")!);
        Assert.NotEmpty(report.Axes);
        AssertReadOnly(report.Axes);
        AssertReadOnly(report.Outlets);
        AssertReadOnly(report.Entries);
        AssertReadOnly(report.Sides.SideA);
    }

    [Fact]
    public void CoverageTopTermsAndLanguageCodesAreReadOnly()
    {
        // Both were fresh writable copies (a List and an array), against README's word for every list handed out.
        Document[] documents = [Document.Create("1", "the market and the bridge and the market", ("outlet", "o"))];
        var coverage = Framing.Verbs.FramingVerbs.Coverage(CorpusRun.FromDocuments(documents), Lexicon.Load("starter"));
        var top = Assert.Single(coverage.Groups).Top(Framing.Coverage.CoverageTermKind.Unigram, 3);
        Assert.NotEmpty(top);
        AssertReadOnly(top);
        Assert.Throws<ArgumentOutOfRangeException>(() => Assert.Single(coverage.Groups).Top((Framing.Coverage.CoverageTermKind)9, 3)); // gave the unigrams
        AssertReadOnly(Framing.Text.LanguageRegistry.Default.Codes);
    }

    private static void AssertReadOnly(object collection) =>
        Assert.False(
            collection is Array { Length: > 0 } or IList { IsReadOnly: false } or IDictionary { IsReadOnly: false },
            $"a writable {collection.GetType().Name}");
}
