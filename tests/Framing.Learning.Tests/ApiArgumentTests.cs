using Framing.Corpus;

namespace Framing.Learning.Tests;

/// <summary>What a caller embedding the learning verbs gets for a wrong argument: an exception that names it.</summary>
public sealed class ApiArgumentTests
{
    [Fact]
    public void ANullItemOfACallersSequenceIsNamedNotANullReference()
    {
        // A caller's own reader that yields null gave a NullReferenceException from inside the scorer.
        IReadOnlyList<CorpusItem> items = [CorpusItem.Accepted(PlantedSignal.Documents()[0]), null!];
        var compiled = PlantedSignal.Parse().Compile();
        foreach (var parallel in new[] { 1, 2 })
        {
            var options = new ClassifierOptions { Learning = new LearningOptions { MaxDegreeOfParallelism = parallel, Replicates = 0 } };
            var e = Assert.Throws<InvalidOperationException>(() => new SideClassifier(compiled, PlantedSignal.Leanings(), PlantedSignal.Sides(), options).Learn(() => items, d => d.GetField("outlet")!));
            Assert.StartsWith("an item of the corpus is null", e.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DocumentsAllRejectedAreSaidToBe()
    {
        // A language the lexicon lacks rejects every document; with documents in memory nothing said so.
        var documents = PlantedSignal.Documents();
        var e = Assert.Throws<LearningInputException>(() => new SideClassifier(PlantedSignal.Parse().Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides())
            .Learn(documents, d => d.GetField("outlet")!, _ => "xx"));
        Assert.Equal($"learning needs documents of both sides (side A 0, side B 0; {documents.Count} record(s) rejected)", e.Message);
    }

    [Fact]
    public void ANullCorpusNameOfTheCalibratedLexiconIsNamed()
    {
        var report = new LexiconCalibrator(PlantedSignal.Parse().Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), new CalibrationOptions { Learning = new LearningOptions { Replicates = 0 } })
            .Calibrate(PlantedSignal.Documents(), d => d.GetField("outlet")!);
        Assert.Equal("corpusName", Assert.Throws<ArgumentNullException>(() => CalibratedLexiconWriter.Write(report, PlantedSignal.Lexicon, null!)).ParamName);
    }
}
