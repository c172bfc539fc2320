using Framing.Scoring;

namespace Framing.Tests.Scoring;

/// <summary>
/// Scoring does not allocate per token: once a scorer's buffers have grown, a document ten times longer (with labels,
/// actor names, speech cues, negation and scare markers in every sentence) allocates no more than a short one.
/// </summary>
public sealed class ScorerAllocationTests
{
    private const string English = "The army said ISIS terrorists of the Islamic State were not rebels, and the so-called Free Syrian Army fled. ";
    private const string Arabic = "وقال المصدر إن إرهابيي داعش غير الثوار، وانسحب ما يسمى «الجيش الحر» من البلدة. ";

    [Theory]
    [InlineData(English)]
    [InlineData(Arabic)]
    public void AllocationsDoNotGrowWithTheDocument(string sentence)
    {
        var scorer = Framing.Lexicons.Lexicon.Parse(ContextLexicon.Yaml, "context-test.yaml").Compile().CreateScorer();
        var shortText = string.Concat(Enumerable.Repeat(sentence, 20));
        var longText = string.Concat(Enumerable.Repeat(sentence, 200));
        for (var i = 0; i < 3; i++)
        {
            scorer.Score("warm", longText);
            scorer.Score("warm", shortText);
        }

        var shortBytes = Measure(scorer, shortText);
        var longBytes = Measure(scorer, longText);
        var result = scorer.Score("check", longText);

        Assert.True(result.Counts.OffTargetCount(ContextLexicon.Opposition, Framing.Lexicons.PoleSide.A) >= 200);
        Assert.True(result.Counts.NegatedCount(ContextLexicon.Opposition, Framing.Lexicons.PoleSide.B) >= 200);
        Assert.True(result.Counts.Count(ContextLexicon.Opposition, Framing.Lexicons.PoleSide.A) >= 200); // scare markers
        Assert.True(longBytes <= shortBytes + 256, $"short document: {shortBytes} bytes, ten times longer: {longBytes} bytes");
    }

    private static long Measure(DocumentScorer scorer, string text)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        scorer.Score("d", text);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
