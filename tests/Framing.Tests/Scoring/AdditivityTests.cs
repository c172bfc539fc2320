using Framing.Corpus;
using Framing.Lexicons;
using Framing.Matching;
using Framing.Scoring;

namespace Framing.Tests.Scoring;

/// <summary>
/// The product's key invariant: scoring parts of a corpus and merging their tallies gives exactly the figures of
/// scoring the whole corpus, in any merge order; and a document's figures never depend on the other documents.
/// </summary>
public sealed class AdditivityTests
{
    private const int DocumentCount = 200;

    private static readonly Lexicon Starter = Lexicon.Load("starter");
    private static readonly CompiledLexicon Compiled = Starter.Compile();
    private static readonly List<CorpusItem> Corpus = GeneratedCorpus.Items(Starter, seed: 20260117, DocumentCount);
    private static readonly VoiceSelection[] AllVoices = [VoiceSelection.All, VoiceSelection.Editorial, VoiceSelection.Quoted, VoiceSelection.Attributed];

    private static CorpusTally Score(IEnumerable<CorpusItem> items, ScoringOptions? options = null, Action<Document, string, DocumentResult>? onDocument = null) =>
        new CorpusScorer(Compiled, options).Score(items, d => d.GetField(GeneratedCorpus.GroupField)!, onDocument: onDocument);

    private static void AssertSameTables(CorpusTally expected, CorpusTally actual)
    {
        foreach (var voices in AllVoices)
        {
            var want = ScoreTable.Build(expected, Starter, voices);
            var got = ScoreTable.Build(actual, Starter, voices);
            Assert.Equal(want.Count, got.Count);
            for (var i = 0; i < want.Count; i++)
            {
                // ScoreRow is a record: equality covers every field, and the derived figures follow from them.
                Assert.Equal(want[i], got[i]);
                Assert.Equal(want[i].Score, got[i].Score);
                Assert.Equal(want[i].LogOdds, got[i].LogOdds);
                Assert.Equal(want[i].Coverage, got[i].Coverage);
            }
        }

        Assert.Equal(expected.ScoredDocuments, actual.ScoredDocuments);
        Assert.Equal(expected.RejectedDocuments, actual.RejectedDocuments);
        Assert.Equal(expected.Groups.Select(g => g.Group), actual.Groups.Select(g => g.Group));
        foreach (var (want, got) in expected.Groups.Zip(actual.Groups))
        {
            Assert.Equal((want.Documents, want.Tokens, want.CoveredTokens), (got.Documents, got.Tokens, got.CoveredTokens));
            Assert.Equal(want.Counts.ExportCounts(), got.Counts.ExportCounts());
            Assert.Equal(want.Counts.ExportWeights(), got.Counts.ExportWeights());
        }
    }

    private static void AssertSameResult(DocumentResult expected, DocumentResult actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Language, actual.Language);
        Assert.Equal(expected.Tokens, actual.Tokens);
        Assert.Equal(expected.CoveredTokens, actual.CoveredTokens);
        Assert.Equal(expected.Counts.ExportCounts(), actual.Counts.ExportCounts());
        Assert.Equal(expected.Counts.ExportWeights(), actual.Counts.ExportWeights());
        Assert.Equal(expected.Matches, actual.Matches);
    }

    [Fact]
    public void GeneratedCorpusExercisesTheLexicon()
    {
        var tally = Score(Corpus);
        Assert.Equal(DocumentCount, tally.ScoredDocuments);
        Assert.Equal(5, tally.RejectedDocuments);
        Assert.Equal(["alpha", "beta", "delta", "gamma"], tally.Groups.Select(g => g.Group));

        var rows = ScoreTable.Build(tally, Starter).Where(r => !r.IsComposite).ToList();
        Assert.True(rows.Sum(r => r.CountA + r.CountB) > 300, "too few matches for the test to mean anything");
        Assert.True(rows.Sum(r => r.CountNeutral) > 10);
        Assert.All(Starter.Dimensions, d => Assert.True(rows.Where(r => r.Dimension == d.Id).Sum(r => r.CountA) > 0 && rows.Where(r => r.Dimension == d.Id).Sum(r => r.CountB) > 0, d.Id));
        var quoted = ScoreTable.Build(tally, Starter, VoiceSelection.Quoted).Sum(r => r.CountA + r.CountB);
        Assert.True(quoted > 10, "the corpus should have quoted matches");

        var languages = new List<string>();
        Score(Corpus, onDocument: (_, _, r) => languages.Add(r.Language));
        Assert.True(languages.Count(l => l == "ar") > 50);
        Assert.True(languages.Count(l => l == "en") > 50);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(17)]
    [InlineData(18)]
    [InlineData(64)]
    [InlineData(103)]
    [InlineData(150)]
    [InlineData(204)]
    [InlineData(205)]
    public void MergingTheTalliesOfTwoPartsGivesTheWholeInEitherOrder(int split)
    {
        Assert.Equal(205, Corpus.Count);
        var whole = Score(Corpus);

        var forward = Score(Corpus.Take(split));
        forward.Merge(Score(Corpus.Skip(split)));
        AssertSameTables(whole, forward);

        var reverse = Score(Corpus.Skip(split));
        reverse.Merge(Score(Corpus.Take(split)));
        AssertSameTables(whole, reverse);
        Assert.Equal(ScoreTable.Build(forward, Starter), ScoreTable.Build(reverse, Starter));
    }

    [Fact]
    public void MergingManyPartsInAnyGroupingGivesTheWhole()
    {
        var whole = Score(Corpus);
        int[] cuts = [0, 23, 24, 90, 91, 160, 205];
        var parts = new List<CorpusTally>();
        for (var i = 0; i + 1 < cuts.Length; i++)
        {
            parts.Add(Score(Corpus.Skip(cuts[i]).Take(cuts[i + 1] - cuts[i])));
        }

        var left = new CorpusTally(Starter.Dimensions.Count);
        foreach (var part in parts)
        {
            left.Merge(part);
        }

        AssertSameTables(whole, left);

        // The same parts, merged right to left into fresh tallies.
        var right = new CorpusTally(Starter.Dimensions.Count);
        for (var i = cuts.Length - 2; i >= 0; i--)
        {
            right.Merge(Score(Corpus.Skip(cuts[i]).Take(cuts[i + 1] - cuts[i])));
        }

        AssertSameTables(whole, right);
    }

    [Fact]
    public void ScoringInAnotherOrderGivesTheSameTable()
    {
        var whole = Score(Corpus);
        var shuffled = Corpus.ToList();
        new Random(7).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(shuffled));
        AssertSameTables(whole, Score(shuffled));
    }

    [Fact]
    public void DocumentResultsDoNotDependOnOtherDocuments()
    {
        var options = new ScoringOptions { CollectMatches = true };
        var inCorpus = new Dictionary<string, DocumentResult>(StringComparer.Ordinal);
        Score(Corpus, options, (d, _, r) => inCorpus.Add(d.Id, r));

        var reversed = new Dictionary<string, DocumentResult>(StringComparer.Ordinal);
        Score(Enumerable.Reverse(Corpus), options, (d, _, r) => reversed.Add(d.Id, r));

        // The first documents again, after a long document that grows every buffer of a reused scorer.
        var reused = Compiled.CreateScorer(options);
        var longDocument = string.Join(' ', GeneratedCorpus.Documents(Corpus).Select(d => d.Text));
        Assert.True(reused.Score("long", longDocument).Tokens > 2000);

        Assert.Equal(DocumentCount, inCorpus.Count);
        foreach (var document in GeneratedCorpus.Documents(Corpus))
        {
            var alone = Compiled.CreateScorer(options).Score(document.Id, document.Text);
            AssertSameResult(alone, inCorpus[document.Id]);
            AssertSameResult(alone, reversed[document.Id]);
            AssertSameResult(alone, reused.Score(document.Id, document.Text));
        }
    }

    [Fact]
    public void OneCompiledLexiconSharedByFourThreadsGivesIdenticalResults()
    {
        var options = new ScoringOptions { CollectMatches = true };
        var documents = GeneratedCorpus.Documents(Corpus).ToArray();
        var baselineScorer = Compiled.CreateScorer(options);
        var baseline = documents.Select(d => baselineScorer.Score(d.Id, d.Text)).ToArray();
        Assert.True(baseline.Sum(r => r.Matches.Count) > 300);

        const int threads = 4;
        const int passes = 3;
        var results = new DocumentResult[threads][];
        var errors = new List<Exception>();
        using var barrier = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(t => new Thread(() =>
        {
            try
            {
                var scorer = Compiled.CreateScorer(options);
                barrier.SignalAndWait();
                for (var pass = 0; pass < passes; pass++)
                {
                    // Each thread walks the documents from a different starting point, so that different
                    // documents are scored at the same time.
                    var mine = new DocumentResult[documents.Length];
                    for (var k = 0; k < documents.Length; k++)
                    {
                        var i = (k + (t * documents.Length / threads)) % documents.Length;
                        mine[i] = scorer.Score(documents[i].Id, documents[i].Text);
                    }

                    results[t] = mine;
                }
            }
            catch (Exception e)
            {
                lock (errors)
                {
                    errors.Add(e);
                }
            }
        })).ToList();

        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());
        Assert.Empty(errors);
        for (var t = 0; t < threads; t++)
        {
            for (var i = 0; i < documents.Length; i++)
            {
                AssertSameResult(baseline[i], results[t][i]);
            }
        }
    }
}
