using Framing.Text;

namespace Framing.Tests.Text;

/// <summary>Tokenizing into an output whose buffers have grown allocates nothing (the open quotations included).</summary>
public sealed class TokenizerAllocationTests
{
    [Fact]
    public void TokenizingAgainIntoTheSameOutputDoesNotAllocate()
    {
        var texts = new[]
        {
            "قال «المصدر» إن “الفصائل” انسحبت. ثم ‹عادت› «إلى «البلدة» القديمة»\nفقرة جديدة \"مفتوحة",
            "The \"so-called 'rebels'\" left „Aleppo“ — 「briefly」. Then „the army“ said: «no».",
            string.Concat(Enumerable.Repeat("«\"“‘‹ nested ", 20)) + " and never closed",
        };
        var output = new TokenizedText();

        Run(texts, output, 50); // warm up: buffers grow, JIT

        // The fewest bytes of three measured batches: an allocation per text or token shows in every batch, while a
        // one-off of the runtime's (a method moving up a compilation tier while the whole suite runs) shows in one at most.
        var allocated = long.MaxValue;
        for (var batch = 0; batch < 3 && allocated > 0; batch++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            Run(texts, output, 200);
            allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        Assert.True(allocated == 0, $"tokenizing 600 texts again allocated {allocated} bytes");
        Assert.True(output.QuoteCount > 0);
        Tokenizer.Instance.Tokenize(texts[0], output);
        Assert.Equal(0, output.OpenQuotes.Depth); // every paragraph closes what it left open
    }

    private static void Run(string[] texts, TokenizedText output, int rounds)
    {
        for (var r = 0; r < rounds; r++)
        {
            foreach (var text in texts)
            {
                Tokenizer.Instance.Tokenize(text, output);
            }
        }
    }
}
