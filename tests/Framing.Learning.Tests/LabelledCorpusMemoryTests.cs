using Framing.Corpus;

namespace Framing.Learning.Tests;

/// <summary>
/// What calibrate and learn keep per document is its figures, not copies of what many documents share: an outlet's
/// name is kept once, and documents without scare markers share one array of zero weights.
/// </summary>
public sealed class LabelledCorpusMemoryTests
{
    [Fact]
    public void DocumentsShareTheirOutletsNameAndTheZeroScareWeights()
    {
        var corpus = new LabelledCorpus(PlantedSignal.Parse().Compile(), PlantedSignal.Leanings(), PlantedSignal.Sides(), LearningOptions.Default);

        // Each document's group is a string of its own, as a corpus reader makes it.
        corpus.Read(
            PlantedSignal.Documents().Select(CorpusItem.Accepted),
            d => new string(d.GetField("outlet")!.AsSpan()),
            null,
            null,
            null,
            CancellationToken.None);

        var documents = corpus.Documents;
        Assert.True(documents.Count > 10);
        foreach (var group in documents.GroupBy(d => d.Outlet, StringComparer.Ordinal))
        {
            var first = group.First();
            Assert.All(group, d => Assert.Same(first.Outlet, d.Outlet));
        }

        var withoutScare = documents.Where(d => d.ScareA.All(w => w == 0) && d.ScareB.All(w => w == 0)).ToList();
        Assert.NotEmpty(withoutScare);
        Assert.All(withoutScare, d => Assert.Same(withoutScare[0].ScareA, d.ScareA));
        Assert.All(withoutScare, d => Assert.Same(withoutScare[0].ScareA, d.ScareB));
    }
}
