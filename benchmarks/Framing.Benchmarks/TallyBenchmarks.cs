using BenchmarkDotNet.Attributes;
using Framing.Lexicons;
using Framing.Scoring;

namespace Framing.Benchmarks;

/// <summary>
/// Adding scored documents to the tallies (each with its identity, hashed beforehand, for the tally's sample of
/// documents): <see cref="CorpusTally.Add(string, DocumentResult, ulong)"/> without intervals (integer sums per group),
/// and with 2,000 bootstrap replicates (<see cref="ReplicateSums"/>: Poisson weights drawn per document, keyed by its
/// identity and id, and added to every replicate's sums). Inputs: the 24 sample documents scored with syria-conflict; figures are
/// per document (<c>OperationsPerInvoke = 24</c>).
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class TallyBenchmarks
{
    private const int Documents = 24;

    private (string Group, DocumentResult Result, ulong Identity)[] _results = [];
    private CorpusTally _plain = null!;
    private CorpusTally _bootstrapped = null!;

    /// <summary>Scores the sample documents once and creates the tallies.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var lexicon = Lexicon.Load("syria-conflict").Compile();
        var scorer = lexicon.CreateScorer();
        _results = [.. SampleCorpus.Documents.Select(d => (d.Outlet, scorer.Score(d.Id, d.Text, d.Language), DocumentSample.IdentityOf(d.Outlet, d.Id, d.Text)))];
        if (_results.Length != Documents)
        {
            throw new InvalidOperationException($"the sample corpus must have {Documents} documents (OperationsPerInvoke)");
        }

        _plain = new CorpusTally(lexicon.Dimensions.Count);
        _bootstrapped = new CorpusTally(lexicon.Dimensions.Count, new BootstrapSettings(2000));
        AddAll(_plain);
        AddAll(_bootstrapped);
    }

    /// <summary>Adds each document to its group's integer sums (no intervals).</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Documents)]
    [Processes(BenchmarkInput.SampleDocument)]
    public long Tally() => AddAll(_plain);

    /// <summary>Adds each document to its group's sums and to 2,000 bootstrap replicates.</summary>
    [Benchmark(OperationsPerInvoke = Documents)]
    [Processes(BenchmarkInput.SampleDocument)]
    public long TallyWithBootstrap() => AddAll(_bootstrapped);

    private long AddAll(CorpusTally tally)
    {
        foreach (var (group, result, identity) in _results)
        {
            tally.Add(group, result, identity);
        }

        return tally.ScoredDocuments;
    }
}
