using BenchmarkDotNet.Attributes;
using Framing.Text;

namespace Framing.Benchmarks;

/// <summary>
/// The default normalizers over every token of a realistic article, appending into one reused builder the way
/// <c>DocumentScorer</c> does. One operation = all tokens of the article (see the ns/token column).
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class NormalizerBenchmarks
{
    private readonly NormalizedTextBuilder _output = new(64 * 1024);
    private string _arabic = string.Empty;
    private string _english = string.Empty;
    private Token[] _arabicTokens = [];
    private Token[] _englishTokens = [];

    /// <summary>Builds the articles from the embedded sample corpus and tokenizes them once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _arabic = SampleCorpus.Article("ar");
        _english = SampleCorpus.Article("en");
        _arabicTokens = Tokenize(_arabic);
        _englishTokens = Tokenize(_english);
    }

    /// <summary><see cref="Normalizers.Arabic"/> (Arabic folding, then Latin folding) over the Arabic article's tokens.</summary>
    [Benchmark(Baseline = true)]
    [Processes(BenchmarkInput.ArabicArticle)]
    public int Arabic() => Normalize(Normalizers.Arabic, _arabic, _arabicTokens);

    /// <summary><see cref="ArabicNormalizer.Default"/> alone over the Arabic article's tokens (cost of the Latin step).</summary>
    [Benchmark]
    [Processes(BenchmarkInput.ArabicArticle)]
    public int ArabicOnly() => Normalize(ArabicNormalizer.Default, _arabic, _arabicTokens);

    /// <summary>
    /// <see cref="LatinNormalizer.Default"/> alone over the Arabic article's tokens: the second step of
    /// <see cref="Normalizers.Arabic"/>, which sees every Arabic letter.
    /// </summary>
    [Benchmark]
    [Processes(BenchmarkInput.ArabicArticle)]
    public int LatinOverArabic() => Normalize(LatinNormalizer.Default, _arabic, _arabicTokens);

    /// <summary><see cref="Normalizers.English"/> (<see cref="LatinNormalizer.Default"/>) over the English article's tokens.</summary>
    [Benchmark]
    [Processes(BenchmarkInput.EnglishArticle)]
    public int Latin() => Normalize(Normalizers.English, _english, _englishTokens);

    private static Token[] Tokenize(string text)
    {
        var output = new TokenizedText();
        Tokenizer.Instance.Tokenize(text, output);
        return output.Tokens.ToArray();
    }

    private int Normalize(TextNormalizer normalizer, string text, Token[] tokens)
    {
        _output.Clear();
        foreach (var token in tokens)
        {
            normalizer.Normalize(text.AsSpan(token.Start, token.Length), _output);
        }

        return _output.Length;
    }
}
