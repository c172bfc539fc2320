using BenchmarkDotNet.Attributes;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Benchmarks;

/// <summary>
/// <see cref="DocumentScorer.Score"/> with the starter lexicon (tokenize, normalize, strip clitics, match the trie,
/// count), on one reused scorer as <see cref="CorpusScorer"/> uses it. The language is given, as the CLI does when a
/// corpus has a <c>language</c> field. Allocated bytes are per document.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class DocumentScorerBenchmarks
{
    private const int SampleDocumentsPerLanguage = 12;

    private DocumentScorer _scorer = null!;
    private string _arabic = string.Empty;
    private string _english = string.Empty;
    private SampleDocument[] _arabicDocuments = [];
    private SampleDocument[] _englishDocuments = [];

    /// <summary>Loads and compiles the starter lexicon and builds the inputs.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scorer = Lexicon.Load("starter").Compile().CreateScorer();
        _arabic = SampleCorpus.Article("ar");
        _english = SampleCorpus.Article("en");
        _arabicDocuments = SampleCorpus.DocumentsIn("ar");
        _englishDocuments = SampleCorpus.DocumentsIn("en");
        if (_arabicDocuments.Length != SampleDocumentsPerLanguage || _englishDocuments.Length != SampleDocumentsPerLanguage)
        {
            throw new InvalidOperationException($"the sample corpus must have {SampleDocumentsPerLanguage} documents per language (OperationsPerInvoke)");
        }

        // Warm the scorer's buffers to the largest document, so that no benchmark pays for their growth.
        _scorer.Score("warm-up", _english, "en");
        _scorer.Score("warm-up", _arabic, "ar");
    }

    /// <summary>Scores the Arabic article (12 sample documents joined).</summary>
    [Benchmark]
    [Processes(BenchmarkInput.ArabicArticle)]
    public DocumentResult ArabicArticle() => _scorer.Score("ar-article", _arabic, "ar");

    /// <summary>Scores the English article (12 sample documents joined).</summary>
    [Benchmark]
    [Processes(BenchmarkInput.EnglishArticle)]
    public DocumentResult EnglishArticle() => _scorer.Score("en-article", _english, "en");

    /// <summary>Scores each Arabic sample document; figures are per document.</summary>
    [Benchmark(OperationsPerInvoke = SampleDocumentsPerLanguage)]
    [Processes(BenchmarkInput.ArabicSampleDocument)]
    public long ArabicSampleDocument() => ScoreAll(_arabicDocuments);

    /// <summary>Scores each English sample document; figures are per document.</summary>
    [Benchmark(OperationsPerInvoke = SampleDocumentsPerLanguage)]
    [Processes(BenchmarkInput.EnglishSampleDocument)]
    public long EnglishSampleDocument() => ScoreAll(_englishDocuments);

    private long ScoreAll(SampleDocument[] documents)
    {
        long covered = 0;
        foreach (var document in documents)
        {
            covered += _scorer.Score(document.Id, document.Text, document.Language).CoveredTokens;
        }

        return covered;
    }
}
