using BenchmarkDotNet.Attributes;
using Framing.Corpus;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Benchmarks;

/// <summary>
/// <see cref="JsonLinesCorpusReader"/> and <see cref="CorpusScorer"/> over an in-memory JSON Lines corpus of about
/// 4 MiB (the sample corpus repeated with distinct ids), with the starter lexicon, grouping by <c>outlet</c> and
/// scoring texts in place as the CLI does (<see cref="CorpusScorer.ScoreInPlace"/>; <see cref="ReadAndScoreKeepingTexts"/>
/// makes a string of every text, as a run with per-document output does). One operation = the whole corpus (see the
/// MiB/s column, over the JSON Lines bytes).
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class EndToEndBenchmarks
{
    private CompiledLexicon _lexicon = null!;
    private byte[] _corpus = [];

    /// <summary>Loads and compiles the starter lexicon and builds the corpus.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _lexicon = Lexicon.Load("starter").Compile();
        _corpus = SampleCorpus.RepeatedJsonLines;
        var tally = Score(languageFromField: true);
        if (tally.ScoredDocuments != SampleCorpus.RepeatedDocumentCount || tally.RejectedDocuments != 0)
        {
            throw new InvalidOperationException($"expected {SampleCorpus.RepeatedDocumentCount} scored documents, got {tally.ScoredDocuments} (rejected {tally.RejectedDocuments})");
        }
    }

    /// <summary>Reads and parses the corpus only (UTF-8 check, JSON, fields): the reader's share of the total.</summary>
    [Benchmark]
    [Processes(BenchmarkInput.RepeatedCorpus)]
    public int ReadOnly()
    {
        var count = 0;
        foreach (var item in Reader().Read())
        {
            if (item.Document is not null)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Reads and scores the corpus, the language taken from each record's <c>language</c> field.</summary>
    [Benchmark(Baseline = true)]
    [Processes(BenchmarkInput.RepeatedCorpus)]
    public long ReadAndScore() => Score(languageFromField: true).ScoredDocuments;

    /// <summary>Reads and scores the corpus, the language detected from the script (corpora without a language field).</summary>
    [Benchmark]
    [Processes(BenchmarkInput.RepeatedCorpus)]
    public long ReadAndScoreDetectLanguage() => Score(languageFromField: false).ScoredDocuments;

    /// <summary>As <see cref="ReadAndScore"/>, each text decoded into a string of its own (not scored in place).</summary>
    [Benchmark]
    [Processes(BenchmarkInput.RepeatedCorpus)]
    public long ReadAndScoreKeepingTexts() => Score(languageFromField: true, inPlace: false).ScoredDocuments;

    private JsonLinesCorpusReader Reader() => new(new MemoryStream(_corpus, writable: false), "bench.jsonl");

    private CorpusTally Score(bool languageFromField, bool inPlace = true) => new CorpusScorer(_lexicon) { ScoreInPlace = inPlace }.Score(
        Reader().Read(),
        static document => document.GetField("outlet") ?? string.Empty,
        languageFromField ? static document => document.GetField("language") : null);
}
