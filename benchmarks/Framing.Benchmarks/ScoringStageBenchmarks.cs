using BenchmarkDotNet.Attributes;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Benchmarks;

/// <summary>
/// The stages of <see cref="DocumentScorer.Score"/> on the Arabic article, switched on one at a time by the lexicon:
/// <c>NoMatch</c> (tokenize, normalize, token cache; a lexicon that never matches), <c>Match</c> (plus matching the
/// starter lexicon, which has no context rules), <c>MatchSyriaWithoutContextRules</c> (the syria-conflict entries and
/// actor names, without speech cues, negation, target links and scare markers) and <c>MatchAndContext</c> (the whole
/// syria-conflict lexicon). The differences between rows are the costs of the stages. One reused scorer per lexicon, as
/// a corpus run uses it (warm token cache); allocated bytes are per document.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class ScoringStageBenchmarks
{
    private DocumentScorer _never = null!;
    private DocumentScorer _starter = null!;
    private DocumentScorer _withoutContext = null!;
    private DocumentScorer _syria = null!;
    private string _arabic = string.Empty;

    /// <summary>Compiles the lexicons and warms each scorer on the article.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _arabic = SampleCorpus.Article("ar");
        _never = Warm(StageLexicons.NeverMatching());
        _starter = Warm(Lexicon.Load("starter"));
        _withoutContext = Warm(StageLexicons.SyriaConflictWithoutContextRules());
        _syria = Warm(Lexicon.Load("syria-conflict"));
    }

    /// <summary>Tokenize, normalize and look every token up; nothing matches.</summary>
    [Benchmark(Baseline = true)]
    [Processes(BenchmarkInput.ArabicArticle)]
    public DocumentResult NoMatch() => _never.Score("ar-article", _arabic, "ar");

    /// <summary>Plus matching the starter lexicon (no context rules).</summary>
    [Benchmark]
    [Processes(BenchmarkInput.ArabicArticle)]
    public DocumentResult Match() => _starter.Score("ar-article", _arabic, "ar");

    /// <summary>The syria-conflict entries and actor names, without the other context rules.</summary>
    [Benchmark]
    [Processes(BenchmarkInput.ArabicArticle)]
    public DocumentResult MatchSyriaWithoutContextRules() => _withoutContext.Score("ar-article", _arabic, "ar");

    /// <summary>The whole syria-conflict lexicon: matching plus every context rule.</summary>
    [Benchmark]
    [Processes(BenchmarkInput.ArabicArticle)]
    public DocumentResult MatchAndContext() => _syria.Score("ar-article", _arabic, "ar");

    private DocumentScorer Warm(Lexicon lexicon)
    {
        var scorer = lexicon.Compile().CreateScorer();
        scorer.Score("warm-up", _arabic, "ar");
        return scorer;
    }
}
