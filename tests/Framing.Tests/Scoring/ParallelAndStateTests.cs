using Framing.Corpus;
using Framing.Lexicons;
using Framing.Scoring;
using Framing.Scoring.State;

namespace Framing.Tests.Scoring;

public sealed class ParallelAndStateTests
{
    private static readonly Lexicon Starter = Lexicon.Load("starter");

    private static List<CorpusItem> Items(int count)
    {
        var texts = new[] { "The regime shelled the rebels.", "Terrorists fled the Syrian Arab Army.", "قوات النظام قصفت المعارضة.", "الجيش العربي السوري حرر الحي من الإرهابيين." };
        var items = new List<CorpusItem>();
        for (var i = 0; i < count; i++)
        {
            var source = new DocumentSource("mem", i + 1);
            items.Add(i % 37 == 5
                ? CorpusItem.Rejected(new Diagnostic(source, "empty text"))
                : CorpusItem.Accepted(new Document("d" + i, new Dictionary<string, string> { ["outlet"] = "o" + (i % 4) }, texts[i % 4] + " " + texts[(i / 4) % 4], source)));
        }

        return items;
    }

    // What the caller is handed for a document: its id and group, and its result's figures.
    private static string Delivered(Document document, string group, DocumentResult result)
    {
        Assert.Equal(document.Id, result.Id);
        return $"{document.Id}/{group}/{result.Language}/{result.Tokens}/{result.CoveredTokens}:{string.Join(",", result.Counts.ExportCounts())}:{result.Counts.ExportWeights().Sum()}";
    }

    private static string Fingerprint(CorpusTally tally)
    {
        var rows = ScoreTable.Build(tally, Starter);
        var replicates = string.Join(";", tally.Groups.Select(g => string.Join(",", g.Replicates?.Export() ?? [])));
        return string.Join("\n", rows) + "|" + tally.ScoredDocuments + "|" + tally.RejectedDocuments + "|" + replicates;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(8)]
    public void ParallelScoringEqualsSequentialScoringInOrder(int parallelism)
    {
        var items = Items(1000);
        var compiled = Starter.Compile();
        var bootstrap = new BootstrapSettings(100, 3);
        var sequentialOrder = new List<string>();
        var sequentialRejected = new List<int>();
        var sequential = new CorpusScorer(compiled, null, bootstrap).Score(items, d => d.Fields["outlet"], null, (d, g, r) => sequentialOrder.Add(Delivered(d, g, r)), e => sequentialRejected.Add(e.Location.Line));
        var parallelOrder = new List<string>();
        var parallelRejected = new List<int>();
        var parallel = new CorpusScorer(compiled, null, bootstrap, parallelism).Score(items, d => d.Fields["outlet"], null, (d, g, r) => parallelOrder.Add(Delivered(d, g, r)), e => parallelRejected.Add(e.Location.Line));
        Assert.Equal(Fingerprint(sequential), Fingerprint(parallel));
        Assert.Equal(sequentialOrder, parallelOrder); // documents, groups and results, in corpus order
        Assert.Contains(parallelOrder, d => !d.EndsWith(":0", StringComparison.Ordinal)); // some documents have matches
        Assert.Equal(sequentialRejected, parallelRejected);
        Assert.Equal(27, parallel.RejectedDocuments); // i % 37 == 5 for i < 1000
    }

    /// <summary>Without per-document output the scorer makes no results (it adds each document's figures at once); the tally is the same.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void TalliesWithoutPerDocumentResultsEqualTalliesWithThem(int parallelism)
    {
        var items = Items(500);
        var compiled = Starter.Compile();
        var bootstrap = new BootstrapSettings(100, 3);
        var results = 0;
        var withResults = new CorpusScorer(compiled, null, bootstrap, parallelism).Score(items, d => d.Fields["outlet"], null, (_, _, _) => results++);
        var withoutResults = new CorpusScorer(compiled, null, bootstrap, parallelism).Score(items, d => d.Fields["outlet"]);
        Assert.Equal(Fingerprint(withResults), Fingerprint(withoutResults));
        Assert.Equal(withResults.ScoredDocuments, results);
        Assert.Equal(486, withoutResults.ScoredDocuments); // 500 less i % 37 == 5
    }

    [Fact]
    public void LargeDocumentsInBatchesOfTheirOwnScoreAsInSequence()
    {
        // Documents of 0.4 to 1.6 MB between small ones: each large one starts a batch of its own.
        var items = new List<CorpusItem>();
        var small = Items(60);
        for (var i = 0; i < small.Count; i++)
        {
            items.Add(small[i]);
            if (i % 10 == 3)
            {
                var source = new DocumentSource("mem", 1000 + i);
                var text = string.Concat(Enumerable.Repeat("The regime shelled the rebels near the city. قوات النظام قصفت المعارضة.\n", 5000 * (1 + (i % 4))));
                items.Add(CorpusItem.Accepted(new Document("big" + i, new Dictionary<string, string> { ["outlet"] = "o" + (i % 3) }, text, source)));
            }
        }

        var compiled = Starter.Compile();
        var bootstrap = new BootstrapSettings(50, 3);
        var sequentialOrder = new List<string>();
        var sequential = new CorpusScorer(compiled, null, bootstrap).Score(items, d => d.Fields["outlet"], null, (d, _, _) => sequentialOrder.Add(d.Id));
        var parallelOrder = new List<string>();
        var parallel = new CorpusScorer(compiled, null, bootstrap, 2).Score(items, d => d.Fields["outlet"], null, (d, _, _) => parallelOrder.Add(d.Id));
        Assert.Equal(Fingerprint(sequential), Fingerprint(parallel));
        Assert.Equal(sequentialOrder, parallelOrder);
        Assert.Equal(6, parallelOrder.Count(id => id.StartsWith("big", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The workers take their batches from the items themselves, one at a time: the enumeration is never entered by two
    /// threads at once, every item is scored once, and the enumerator is disposed when the run ends, however it ends.
    /// </summary>
    [Theory]
    [InlineData(2, Ending.Normally)]
    [InlineData(4, Ending.Normally)]
    [InlineData(4, Ending.ByTheConsumersException)]
    [InlineData(4, Ending.ByCancellation)]
    public void WorkersTakeTheItemsOneAtATimeAndReleaseThemAtTheEnd(int parallelism, Ending ending)
    {
        var items = new WatchedItems(Items(700));
        using var cancel = new CancellationTokenSource();
        var delivered = 0;
        void OnDocument(Document d, string g, DocumentResult r)
        {
            if (++delivered == 200)
            {
                if (ending == Ending.ByTheConsumersException)
                {
                    throw new InvalidOperationException("stop here");
                }

                if (ending == Ending.ByCancellation)
                {
                    cancel.Cancel();
                }
            }
        }

        var scorer = new CorpusScorer(Starter.Compile(), null, null, parallelism);
        CorpusTally? tally = null;
        var run = () => tally = scorer.Score(items, d => d.Fields["outlet"], null, OnDocument, null, cancel.Token);
        switch (ending)
        {
            case Ending.Normally:
                run();
                Assert.Equal(700 - 19, tally!.ScoredDocuments); // i % 37 == 5 for i < 700: 19 rejected
                Assert.Equal(700, items.Taken);
                break;
            case Ending.ByTheConsumersException:
                Assert.Equal("stop here", Assert.Throws<InvalidOperationException>(run).Message);
                break;
            default:
                Assert.ThrowsAny<OperationCanceledException>(run);
                break;
        }

        Assert.False(items.Overlapped, "two threads were inside the enumeration at once");
        Assert.Equal(1, items.Disposals);
    }

    /// <summary>
    /// Records of 20 MiB (as their sizes say) each make a batch of their own, and the in-flight budget of 64 MiB lets
    /// at most three of them be read ahead of the document the caller is handed: a fourth is read and waits.
    /// </summary>
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void LargeRecordsAreReadAheadOnlyAsFarAsTheBudgetAllows(int parallelism)
    {
        const long size = 20L << 20;
        var list = Enumerable.Range(0, 40)
            .Select(i => CorpusItem.AcceptedLent(Document.Create("d" + i, "The regime shelled the rebels.", ("outlet", "o" + (i % 2))), size))
            .ToList();
        var items = new WatchedItems(list);
        var readAhead = new List<int>();
        var delivered = 0;
        var tally = new CorpusScorer(Starter.Compile(), null, null, parallelism).Score(items, d => d.Fields["outlet"], null, (_, _, _) =>
        {
            readAhead.Add(items.Taken - delivered);
            delivered++;
        });

        Assert.Equal(40, tally.ScoredDocuments);
        Assert.Equal(40, readAhead.Count);
        Assert.True(CorpusScorer.InFlightBytes / size == 3, "the test assumes room for three records");
        Assert.All(readAhead, ahead => Assert.InRange(ahead, 1, 4)); // the one handed over, two more in flight, one waiting
        Assert.Contains(readAhead, ahead => ahead >= 3); // and the reader does get ahead
    }

    public enum Ending
    {
        Normally,
        ByTheConsumersException,
        ByCancellation,
    }

    private sealed class WatchedItems(List<CorpusItem> items) : IEnumerable<CorpusItem>
    {
        private int _inside;

        public int Taken { get; private set; }

        public bool Overlapped { get; private set; }

        public int Disposals { get; private set; }

        public IEnumerator<CorpusItem> GetEnumerator()
        {
            try
            {
                foreach (var item in items)
                {
                    if (Interlocked.Exchange(ref _inside, 1) == 1)
                    {
                        Overlapped = true;
                    }

                    Taken++;
                    Thread.SpinWait(200); // widen the window another thread would enter by
                    Volatile.Write(ref _inside, 0);
                    yield return item;
                }
            }
            finally
            {
                Disposals++;
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    [Fact]
    public void ReaderFailureReachesTheCallerAfterEarlierDocuments()
    {
        static IEnumerable<CorpusItem> Failing()
        {
            foreach (var item in Items(300))
            {
                yield return item;
            }

            throw new CorpusException(new Diagnostic(new DocumentSource("f", 301), "boom"));
        }

        var seen = 0;
        var e = Assert.Throws<CorpusException>(() => new CorpusScorer(Starter.Compile(), null, null, 4).Score(Failing(), d => d.Fields["outlet"], null, (_, _, _) => seen++));
        Assert.Equal("boom", e.Error.Message);
        Assert.Equal(300 - 8, seen); // every document before the failure was delivered (8 of the 300 records are rejected)
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void CancellingStopsTheRunWithoutDeliveringLaterDocuments(int parallelism)
    {
        // The caller cancels from its per-document callback: the run ends with OperationCanceledException (it does not
        // hang on its queues) and delivers nothing after the cancelling document.
        using var cancel = new CancellationTokenSource();
        var seen = new List<string>();
        var e = Assert.Throws<OperationCanceledException>(() => new CorpusScorer(Starter.Compile(), null, null, parallelism).Score(
            Items(3000),
            d => d.Fields["outlet"],
            null,
            (d, _, _) =>
            {
                seen.Add(d.Id);
                if (d.Id == "d200")
                {
                    cancel.Cancel();
                }
            },
            null,
            cancel.Token));
        Assert.Equal("d200", seen[^1]);
        Assert.Equal(cancel.Token, e.CancellationToken); // the caller's token, not the run's own linked one
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void ACancelledRunThrowsOperationCanceledExceptionOfTheCallersToken(int parallelism)
    {
        // Whichever thread sees the cancellation (before the run, a worker while it scores), the caller gets the
        // documented OperationCanceledException of its own token: in parallel it had been an AggregateException (a
        // token cancelled before the call) or carried the run's linked token.
        using var before = new CancellationTokenSource();
        before.Cancel();
        var e = Assert.Throws<OperationCanceledException>(() => new CorpusScorer(Starter.Compile(), null, null, parallelism).Score(
            Items(3000), d => d.Fields["outlet"], cancellationToken: before.Token));
        Assert.Equal(before.Token, e.CancellationToken);

        using var during = new CancellationTokenSource();
        e = Assert.Throws<OperationCanceledException>(() => new CorpusScorer(Starter.Compile(), null, null, parallelism).Score(
            Items(3000),
            d =>
            {
                if (d.Id == "d300")
                {
                    during.Cancel(); // on a worker's thread when in parallel
                }

                return d.Fields["outlet"];
            },
            cancellationToken: during.Token));
        Assert.Equal(during.Token, e.CancellationToken);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void AnExceptionFromTheConsumerStopsTheWorkersAndReachesTheCaller(int parallelism)
    {
        var seen = 0;
        var e = Assert.Throws<InvalidOperationException>(() => new CorpusScorer(Starter.Compile(), null, null, parallelism).Score(
            Items(3000),
            d => d.Fields["outlet"],
            null,
            (d, _, _) => _ = ++seen == 500 ? throw new InvalidOperationException("output failed at " + d.Id) : 0));
        Assert.StartsWith("output failed at d", e.Message, StringComparison.Ordinal);
        Assert.Equal(500, seen);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(4, false)]
    [InlineData(1, true)]
    [InlineData(4, true)]
    public void ACallbackFailureFailsItsDocumentAfterEveryEarlierDocument(int parallelism, bool inLanguageOf)
    {
        // groupOf and languageOf are per-document callbacks: an exception from either fails that document, so
        // every document before it is still delivered, whatever the degree of parallelism.
        static string Fail(Document d) => d.Id == "d100" ? throw new InvalidOperationException("callback failed on " + d.Id) : "o";
        var seen = new List<string>();
        var e = Assert.Throws<InvalidOperationException>(() => new CorpusScorer(Starter.Compile(), null, null, parallelism).Score(
            Items(300),
            inLanguageOf ? d => d.Fields["outlet"] : Fail,
            inLanguageOf ? d => Fail(d) == "o" ? null : null : null,
            (d, _, _) => seen.Add(d.Id)));
        Assert.Equal("callback failed on d100", e.Message);
        Assert.Equal(100 - 3, seen.Count); // d5, d42 and d79 are rejected records
        Assert.Equal("d99", seen[^1]);
    }

    [Fact]
    public void StateFilesRoundTripExactly()
    {
        var tally = new CorpusScorer(Starter.Compile(), null, new BootstrapSettings(50, 9)).Score(Items(200), d => d.Fields["outlet"]);
        var read = TestStates.RoundTrip(TestStates.Of(Starter, tally, new CorpusShard(2, 5)));
        Assert.Equal(Fingerprint(tally), Fingerprint(read.Tally));
        Assert.Equal(new CorpusShard(2, 5), read.Shard);
        Assert.Equal(Starter.Fingerprint, read.LexiconFingerprint);
        Assert.Equal(tally.Rejections, read.Tally.Rejections);
    }

    [Fact]
    public void FingerprintChangesWithAnyScoringContent()
    {
        var a = Lexicon.Load("starter").Fingerprint;
        Assert.Equal(a, Lexicon.Load("starter").Fingerprint);
        Assert.NotEqual(a, Lexicon.Load("syria-conflict").Fingerprint);
        Assert.Matches("^[0-9a-f]{64}$", a);
    }

    [Theory]
    [InlineData("1/1", true)]
    [InlineData("3/4", true)]
    [InlineData("0/4", false)]
    [InlineData("5/4", false)]
    [InlineData("1/0", false)]
    [InlineData("x", false)]
    [InlineData("+1/4", true)] // a number in an option is read by one rule: a leading sign is allowed ...
    [InlineData(" 1/4", false)] // ... spaces are not
    [InlineData("1/ 4", false)]
    [InlineData("-1/4", false)]
    public void ShardsParse(string text, bool valid) => Assert.Equal(valid, CorpusShard.TryParse(text, out _));

    [Fact]
    public void ShardsPartitionEveryRecordOnce()
    {
        var items = Items(103);
        var all = Enumerable.Range(1, 4).SelectMany(i => new CorpusShard(i, 4).Select(items)).ToList();
        Assert.Equal(103, all.Count);
        Assert.Equal(items.ToHashSet(), all.ToHashSet());
        Assert.Equal(26, new CorpusShard(1, 4).Select(items).Count());
    }
}
