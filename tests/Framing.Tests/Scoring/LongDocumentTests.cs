using System.Text;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Tests.Scoring;

/// <summary>Long texts are scored in chunks that end at line breaks; the result must equal scoring them whole.</summary>
public sealed class LongDocumentTests
{
    private static readonly string[] Lines =
    [
        "The regime shelled rebel positions while «the terrorists» fled, a spokesman said.",
        "Government forces liberated the district. Opposition fighters withdrew.",
        "قوات النظام قصفت مواقع المعارضة، وقال مصدر إن «الإرهابيين» انسحبوا.",
        "A quiet line without any framing words at all.",
    ];

    [Fact]
    public void AChunkedTextScoresLikeTheSumOfItsParagraphs()
    {
        var scorer = Lexicon.Load("starter").Compile().CreateScorer(new ScoringOptions { CollectMatches = true });
        var text = new StringBuilder();
        var expectedTokens = 0L;
        var expectedCovered = 0L;
        var expectedCounts = new FramingCounts(3);
        var expectedStarts = new List<int>();
        var random = new Random(5);
        while (text.Length < 3 * DocumentScorer.ChunkCharacters)
        {
            var line = Lines[random.Next(Lines.Length)];
            var alone = scorer.Score("line", line, "en");
            expectedTokens += alone.Tokens;
            expectedCovered += alone.CoveredTokens;
            expectedCounts.Add(alone.Counts);
            expectedStarts.AddRange(alone.Matches.Select(m => text.Length + m.Start));
            text.Append(line).Append(random.Next(3) == 0 ? "\r\n" : "\n");
        }

        var whole = scorer.Score("doc", text.ToString(), "en");
        Assert.Equal(expectedTokens, whole.Tokens);
        Assert.Equal(expectedCovered, whole.CoveredTokens);
        Assert.Equal(expectedCounts.ExportCounts(), whole.Counts.ExportCounts());
        Assert.Equal(expectedCounts.ExportWeights(), whole.Counts.ExportWeights());
        Assert.Equal(expectedStarts, whole.Matches.Select(m => m.Start));
        var s = text.ToString();
        Assert.All(whole.Matches, m => Assert.Equal(s.Substring(m.Start, m.Length), m.Surface));

        // Token and sentence indices are global: they increase through the whole text.
        var firstTokens = whole.Matches.Select(m => m.FirstToken).ToList();
        Assert.Equal(firstTokens.Order().ToList(), firstTokens);
        Assert.True(whole.Matches[^1].FirstToken > whole.Tokens / 2);
        Assert.True(whole.Matches[^1].Sentence > 10_000);
    }

    [Fact]
    public void ATextWithoutLineBreaksIsScoredWhole()
    {
        var scorer = Lexicon.Load("starter").Compile().CreateScorer();
        var sentence = "The regime shelled the rebels. ";
        var text = string.Concat(Enumerable.Repeat(sentence, (DocumentScorer.ChunkCharacters / sentence.Length) + 100));
        var result = scorer.Score("doc", text, "en");
        var d = 1; // government-forces
        var count = (DocumentScorer.ChunkCharacters / sentence.Length) + 100;
        Assert.Equal(count, result.Counts.Count(d, PoleSide.B));
        Assert.Equal(5L * count, result.Tokens);
    }
}
