using BenchmarkDotNet.Attributes;
using Framing.Text;

namespace Framing.Benchmarks;

/// <summary>
/// <see cref="Tokenizer"/> over a realistic Arabic and English article (tokens, sentences and quoted spans in one
/// pass), into a reused <see cref="TokenizedText"/>. One operation = one article (see the MiB/s column).
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private readonly TokenizedText _output = new();
    private string _arabic = string.Empty;
    private string _english = string.Empty;

    /// <summary>Builds the articles from the embedded sample corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _arabic = SampleCorpus.Article("ar");
        _english = SampleCorpus.Article("en");
    }

    /// <summary>Tokenizes the Arabic article.</summary>
    [Benchmark]
    [Processes(BenchmarkInput.ArabicArticle)]
    public int Arabic()
    {
        Tokenizer.Instance.Tokenize(_arabic, _output);
        return _output.TokenCount;
    }

    /// <summary>Tokenizes the English article.</summary>
    [Benchmark]
    [Processes(BenchmarkInput.EnglishArticle)]
    public int English()
    {
        Tokenizer.Instance.Tokenize(_english, _output);
        return _output.TokenCount;
    }
}
