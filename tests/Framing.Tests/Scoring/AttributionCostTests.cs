using System.Text;
using Framing.Scoring;
using Framing.Text;

namespace Framing.Tests.Scoring;

/// <summary>
/// Finding reported speech costs time linear in the tokens, however many speech cues a sentence or a paragraph holds:
/// a text of one long sentence with a cue every few words (a transcript without punctuation, "said" thousands of times)
/// took time quadratic in its length (80,000 cues in one sentence: 47 s). Counted in the tokens the searches look at,
/// not timed.
/// </summary>
public sealed class AttributionCostTests
{
    private const int Cues = 5_000;

    [Theory]
    [InlineData("said ", "")]                 // one sentence of cues: its last comma and first semicolon after each cue
    [InlineData("the army said ", "x, ")]     // a comma first: the clause before it
    [InlineData("said that we ", "")]         // an opener after each cue
    [InlineData("said: done; ", "")]          // colons and semicolons in one sentence
    [InlineData("said: done. ", "")]          // a colon per sentence, every sentence in one paragraph: its end
    [InlineData("rebels, army said. ", "")]   // closing attributions, one per sentence
    public void StepsAreLinearInTheTokens(string unit, string prefix)
    {
        var builder = new StringBuilder(prefix);
        for (var i = 0; i < Cues; i++)
        {
            builder.Append(unit);
        }

        AssertLinear(builder.ToString());
    }

    [Fact]
    public void ColonsInTheFirstSentenceOfALongParagraphFindItsEndOnce()
    {
        // One sentence of cues with colons, then many sentences in the same paragraph: the paragraph's end is found for
        // its first sentence once, not again for each cue of that sentence. (Mutation testing: with the paragraph's end
        // looked for again whenever a cue stands in the paragraph's first sentence, 25,020,000 steps for 15,000
        // tokens.)
        var builder = new StringBuilder();
        for (var i = 0; i < Cues; i++)
        {
            builder.Append("said: a; ");
        }

        for (var i = 0; i < Cues; i++)
        {
            builder.Append("done. ");
        }

        AssertLinear(builder.ToString());
    }

    private static void AssertLinear(string text)
    {
        var tokenized = new TokenizedText();
        Tokenizer.Instance.Tokenize(text, tokenized);
        var context = new DocumentContext();
        context.Reset(tokenized.TokenCount);
        var tokens = tokenized.Tokens;
        for (var t = 0; t < tokenized.TokenCount; t++)
        {
            if (text.AsSpan(tokens[t].Start, tokens[t].Length).SequenceEqual("said"))
            {
                context.AddCue(t, 1);
            }
        }

        Assert.Equal(Cues, context.CueStarts.Count);
        var steps = AttributionSpans.Compute(context, tokenized, text, window: 5, speakerAfterCue: false);
        Assert.True(steps <= 8L * tokenized.TokenCount, $"{steps} steps for {tokenized.TokenCount} tokens");
    }
}
