using System.Collections.Concurrent;
using System.Text;
using Framing.Text;

namespace Framing.Benchmarks;

/// <summary>The size of each <see cref="BenchmarkInput"/>: UTF-8 bytes and tokens per operation.</summary>
internal static class InputSizes
{
    private static readonly ConcurrentDictionary<BenchmarkInput, (double Bytes, double Tokens)> Cache = new();

    /// <summary>UTF-8 bytes and tokens (as <see cref="Tokenizer"/> counts them) of one operation's input.</summary>
    public static (double Bytes, double Tokens) Of(BenchmarkInput input) => Cache.GetOrAdd(input, Measure);

    /// <summary>The number of tokens of <paramref name="text"/>.</summary>
    public static int CountTokens(string text)
    {
        var output = new TokenizedText();
        Tokenizer.Instance.Tokenize(text, output);
        return output.TokenCount;
    }

    private static (double Bytes, double Tokens) Measure(BenchmarkInput input) => input switch
    {
        BenchmarkInput.ArabicArticle => OfText(SampleCorpus.Article("ar")),
        BenchmarkInput.EnglishArticle => OfText(SampleCorpus.Article("en")),
        BenchmarkInput.ArabicSampleDocument => Average(SampleCorpus.DocumentsIn("ar")),
        BenchmarkInput.EnglishSampleDocument => Average(SampleCorpus.DocumentsIn("en")),
        BenchmarkInput.SampleDocument => Average([.. SampleCorpus.Documents]),
        BenchmarkInput.RepeatedCorpus => OfCorpus(),
        _ => throw new ArgumentOutOfRangeException(nameof(input)),
    };

    private static (double Bytes, double Tokens) OfText(string text) => (Encoding.UTF8.GetByteCount(text), CountTokens(text));

    private static (double Bytes, double Tokens) Average(SampleDocument[] documents)
    {
        double bytes = 0;
        double tokens = 0;
        foreach (var document in documents)
        {
            var (b, t) = OfText(document.Text);
            bytes += b;
            tokens += t;
        }

        return (bytes / documents.Length, tokens / documents.Length);
    }

    private static (double Bytes, double Tokens) OfCorpus()
    {
        // Every copy of the sample corpus has the same texts, so tokens = copies x tokens of one copy.
        double tokensPerCopy = 0;
        foreach (var document in SampleCorpus.Documents)
        {
            tokensPerCopy += CountTokens(document.Text);
        }

        var copies = (double)SampleCorpus.RepeatedDocumentCount / SampleCorpus.Documents.Count;
        return (SampleCorpus.RepeatedJsonLines.Length, tokensPerCopy * copies);
    }
}
