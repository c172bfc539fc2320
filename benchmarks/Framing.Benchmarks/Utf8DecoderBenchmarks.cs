using System.Text;
using BenchmarkDotNet.Attributes;
using Framing.Text;

namespace Framing.Benchmarks;

/// <summary>
/// Strict UTF-8 decoding of the Arabic and English articles' bytes into a reused character buffer: the framework's
/// (<see cref="UTF8Encoding.GetChars(ReadOnlySpan{byte}, Span{char})"/>, which the JSON reader's <c>CopyString</c>
/// reaches) against <see cref="Utf8Decoder"/>, which the JSON Lines reader decodes document texts with. One operation
/// = one article (see the MiB/s column).
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class Utf8DecoderBenchmarks
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private byte[] _arabic = [];
    private byte[] _english = [];
    private char[] _chars = [];

    /// <summary>Encodes the articles of the embedded sample corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _arabic = Encoding.UTF8.GetBytes(SampleCorpus.Article("ar"));
        _english = Encoding.UTF8.GetBytes(SampleCorpus.Article("en"));
        _chars = new char[Math.Max(_arabic.Length, _english.Length)];
    }

    /// <summary>The framework decodes the Arabic article.</summary>
    [Benchmark(Baseline = true)]
    [Processes(BenchmarkInput.ArabicArticle)]
    public int ArabicFramework() => Strict.GetChars(_arabic, _chars);

    /// <summary><see cref="Utf8Decoder"/> decodes the Arabic article.</summary>
    [Benchmark]
    [Processes(BenchmarkInput.ArabicArticle)]
    public int ArabicDecoder() => Utf8Decoder.TryDecode(_arabic, _chars, out var written) ? written : -1;

    /// <summary>The framework decodes the English article.</summary>
    [Benchmark]
    [Processes(BenchmarkInput.EnglishArticle)]
    public int EnglishFramework() => Strict.GetChars(_english, _chars);

    /// <summary><see cref="Utf8Decoder"/> decodes the English article.</summary>
    [Benchmark]
    [Processes(BenchmarkInput.EnglishArticle)]
    public int EnglishDecoder() => Utf8Decoder.TryDecode(_english, _chars, out var written) ? written : -1;
}
