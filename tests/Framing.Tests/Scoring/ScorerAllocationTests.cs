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

    /// <summary>
    /// Scoring into reused counts (as the corpus scorer does when no caller keeps the results) gives each document the
    /// counts a fresh scoring gives it, whatever the document before left there, and allocates no counts.
    /// </summary>
    [Fact]
    public void ReusedCountsHoldOnlyTheLastDocumentAndAreNotAllocated()
    {
        var lexicon = Framing.Lexicons.Lexicon.Parse(ContextLexicon.Yaml, "context-test.yaml").Compile();
        var scorer = lexicon.CreateScorer();
        var reused = scorer.Score("first", English).Counts.Clone();
        var texts = new[] { English + Arabic, Arabic, "No labels here at all.", English };
        foreach (var text in texts)
        {
            var fresh = lexicon.CreateScorer().Score("d", text);
            var result = scorer.Score("d", text, null, reused);
            Assert.Same(reused, result.Counts);
            for (var d = 0; d < lexicon.Dimensions.Count; d++)
            {
                foreach (var side in new[] { Framing.Lexicons.PoleSide.A, Framing.Lexicons.PoleSide.B })
                {
                    Assert.Equal(fresh.Counts.Count(d, side), result.Counts.Count(d, side));
                    Assert.Equal(fresh.Counts.WeightMilli(d, side), result.Counts.WeightMilli(d, side));
                    Assert.Equal(fresh.Counts.NegatedCount(d, side), result.Counts.NegatedCount(d, side));
                    Assert.Equal(fresh.Counts.OffTargetCount(d, side), result.Counts.OffTargetCount(d, side));
                }
            }
        }

        Assert.True(scorer.Score("d", "No labels here at all.", null, reused).Counts.IsEmpty);
        var before = GC.GetAllocatedBytesForCurrentThread();
        scorer.Score("d", English, "en", reused);
        var reusing = GC.GetAllocatedBytesForCurrentThread() - before;
        before = GC.GetAllocatedBytesForCurrentThread();
        scorer.Score("d", English, "en");
        var fresh2 = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(reusing + (4 * 8 * 9 * lexicon.Dimensions.Count) <= fresh2, $"reusing: {reusing} bytes, fresh counts: {fresh2} bytes");

        var other = new FramingCounts(lexicon.Dimensions.Count + 1);
        Assert.Throws<ArgumentException>(() => scorer.Score("d", English, null, other));
    }

    /// <summary>
    /// Scoring into counts without a result (as the corpus scorer does when no caller keeps the results) gives the
    /// figures a result holds, and allocates nothing once the scorer's buffers have grown.
    /// </summary>
    [Theory]
    [InlineData(English)]
    [InlineData(Arabic)]
    public void ScoringIntoCountsGivesTheResultsFiguresAndAllocatesNothing(string sentence)
    {
        var lexicon = Framing.Lexicons.Lexicon.Parse(ContextLexicon.Yaml, "context-test.yaml").Compile();
        var scorer = lexicon.CreateScorer();
        var text = string.Concat(Enumerable.Repeat(sentence, 20));
        var counts = scorer.Score("stale", English + Arabic).Counts.Clone(); // figures of another text, to be cleared
        for (var i = 0; i < 3; i++)
        {
            scorer.ScoreInto(text, null, counts, out _);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var tokens = scorer.ScoreInto(text, null, counts, out var covered);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        var expected = lexicon.CreateScorer().Score("d", text);
        Assert.Equal(0, allocated);
        Assert.Equal(expected.Tokens, tokens);
        Assert.Equal(expected.CoveredTokens, covered);
        Assert.True(covered > 0);
        Assert.Equal(expected.Counts.ExportCounts(), counts.ExportCounts());
        Assert.Equal(expected.Counts.ExportWeights(), counts.ExportWeights());
        Assert.Throws<ArgumentException>(() => scorer.ScoreInto(text, null, new FramingCounts(lexicon.Dimensions.Count + 1), out _));
    }
}
